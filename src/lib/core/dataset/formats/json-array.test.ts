import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../types';
import { readJsonArrayElements, type JsonArrayElement } from './json-array';

function elements(text: string): (JsonArrayElement | DatasetIssue)[] {
	return [...readJsonArrayElements(text)];
}

describe('readJsonArrayElements', () => {
	it('yields each element with the line where it starts', () => {
		const text = [
			'[',
			'  {',
			'    "instruction": "Say \\"hi\\", then stop]",',
			'    "output": "hi {"',
			'  },',
			'  {"instruction": "Two\\\\", "output": "lines\\nin one string"}, 42,',
			'',
			'  "text", [1, [2]], null',
			']'
		].join('\n');
		expect(elements(text)).toStrictEqual([
			{
				text: '{\n    "instruction": "Say \\"hi\\", then stop]",\n    "output": "hi {"\n  }',
				line: 2
			},
			{ text: '{"instruction": "Two\\\\", "output": "lines\\nin one string"}', line: 6 },
			{ text: '42', line: 6 },
			{ text: '"text"', line: 8 },
			{ text: '[1, [2]]', line: 8 },
			{ text: 'null', line: 8 }
		]);
	});

	it('reads an empty array, a byte order mark and trailing whitespace', () => {
		expect(elements('\uFEFF [ ]\n\n')).toEqual([]);
		expect(elements('[{"a":1}]\r\n')).toStrictEqual([{ text: '{"a":1}', line: 1 }]);
	});

	it('leaves element syntax to the record parser', () => {
		expect(elements('[{"a" 1}]')).toStrictEqual([{ text: '{"a" 1}', line: 1 }]);
	});

	it.each([
		['a file that is not an array', '{"a": 1}', 1, 1, "A JSON array file must start with '['."],
		['a missing comma', '[\n {"a": 1}\n {"b": 2}\n]', 3, 2, "Expected ',' or ']' after element 1."],
		[
			'a trailing comma',
			'[{"a": 1},\n]',
			2,
			1,
			'There is a comma after the last element (element 1).'
		],
		['an empty element', '[1,,2]', 1, 4, 'An array element is missing here.'],
		[
			'a mismatched bracket',
			'[\n {"a": [1}\n]',
			2,
			10,
			"Found '}' where ']' should close a bracket."
		],
		[
			'an unclosed element',
			'[\n {"a": [1]',
			2,
			2,
			'This element is not closed before the end of the file.'
		],
		[
			'an unclosed string',
			'[\n "abc',
			2,
			2,
			'This string is not closed before the end of the file.'
		],
		[
			'an unclosed array',
			'[{"a": 1}',
			1,
			10,
			"The array is not closed: the file ends before its ']'."
		],
		['text after the array', '[1]\nx', 2, 1, "There is more text after the array's closing ']'."]
	])('yields one invalid_json issue and stops for %s', (_, text, line, column, message) => {
		const all = elements(text);
		const issue = all.at(-1);
		expect(issue).toMatchObject({ code: 'invalid_json', line, column, message });
		expect(all.filter((item) => 'code' in item)).toHaveLength(1);
	});

	it('yields the elements before a syntax error', () => {
		const all = elements('[{"a": 1}, {"b": 2} {"c": 3}]');
		expect(all.slice(0, 2)).toStrictEqual([
			{ text: '{"a": 1}', line: 1 },
			{ text: '{"b": 2}', line: 1 }
		]);
		expect(all).toHaveLength(3);
	});

	it('follows deep nesting without recursion', () => {
		const depth = 200_000;
		const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
		const all = elements(`[\n${deep},\n1]`);
		expect(all).toHaveLength(2);
		expect(all[0]).toMatchObject({ line: 2 });
		expect(all[1]).toStrictEqual({ text: '1', line: 3 });
	});

	it('excerpts the text around an error, shortened', () => {
		const text = `[${'{"a": 1},'.repeat(30)} {"b": 2} {"c": 3}]`;
		const issue = elements(text).at(-1) as DatasetIssue;
		expect(issue).toMatchObject({ code: 'invalid_json', line: 1, column: 282 });
		expect(issue.excerpt).toBe(`…${'{"a": 1},'.repeat(30).slice(-49)} {"b": 2} {"c": 3}]`);
	});
});
