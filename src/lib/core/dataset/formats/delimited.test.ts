import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from '../types';
import {
	DelimitedReader,
	delimitedRecordToExample,
	suggestColumnMapping,
	type DelimitedRecord
} from './delimited';
import { codesOf, expectSentences, onlyIssue } from './test-helpers';

/** Feeds the text line by line, as the file reader does (without line breaks, from line 1). */
function readAll(text: string, delimiter: ',' | '\t' = ','): (DelimitedRecord | DatasetIssue)[] {
	const reader = new DelimitedReader(delimiter);
	const out: (DelimitedRecord | DatasetIssue)[] = [];
	for (const [index, line] of text.split('\n').entries()) out.push(...reader.push(line, index + 1));
	const rest = reader.finish();
	if (Array.isArray(rest)) out.push(...rest);
	else out.push(rest);
	return out;
}

describe('DelimitedReader', () => {
	it('splits plain CSV rows', () => {
		expect(readAll('prompt,completion\nHi,Hello\n2+2,4')).toStrictEqual([
			{ fields: ['prompt', 'completion'], line: 1 },
			{ fields: ['Hi', 'Hello'], line: 2 },
			{ fields: ['2+2', '4'], line: 3 }
		]);
	});

	it('reads quoted fields with delimiters and escaped quotes', () => {
		expect(readAll('"a, b","say ""hi""",""\n"",x,"""quoted"""')).toStrictEqual([
			{ fields: ['a, b', 'say "hi"', ''], line: 1 },
			{ fields: ['', 'x', '"quoted"'], line: 2 }
		]);
	});

	it('joins a quoted field over several lines, re-inserting the line breaks', () => {
		const text = 'q,a\n"first line\n\nthird, with comma",done\nnext,row';
		expect(readAll(text)).toStrictEqual([
			{ fields: ['q', 'a'], line: 1 },
			{ fields: ['first line\n\nthird, with comma', 'done'], line: 2 },
			{ fields: ['next', 'row'], line: 5 }
		]);
	});

	it('keeps a quote inside an unquoted field, and text after a closing quote', () => {
		expect(readAll('5" screen,"a"b, "c"')).toStrictEqual([
			{ fields: ['5" screen', 'ab', ' "c"'], line: 1 }
		]);
	});

	it('skips blank lines between records and keeps empty fields', () => {
		expect(readAll('a,b\n\n,\nx,\n')).toStrictEqual([
			{ fields: ['a', 'b'], line: 1 },
			{ fields: ['', ''], line: 3 },
			{ fields: ['x', ''], line: 4 }
		]);
	});

	it('returns ragged rows as they are (the example check reports them)', () => {
		expect(readAll('a,b,c\n1,2\n1,2,3,4')).toStrictEqual([
			{ fields: ['a', 'b', 'c'], line: 1 },
			{ fields: ['1', '2'], line: 2 },
			{ fields: ['1', '2', '3', '4'], line: 3 }
		]);
	});

	it('reads TSV, where commas are text', () => {
		expect(readAll('prompt\tcompletion\na, b\t"tab\there"', '\t')).toStrictEqual([
			{ fields: ['prompt', 'completion'], line: 1 },
			{ fields: ['a, b', 'tab\there'], line: 2 }
		]);
	});

	it('reports an unterminated quote at the line where its record started', () => {
		const all = readAll('q,a\nok,fine\n"never closed,x\nmore\nlines');
		expect(all.slice(0, 2)).toStrictEqual([
			{ fields: ['q', 'a'], line: 1 },
			{ fields: ['ok', 'fine'], line: 2 }
		]);
		expect(all[2]).toStrictEqual({
			code: 'missing_field',
			line: 3,
			message:
				'The quoted field in the record that starts on line 3 is never closed: a closing double quote is missing, so the rest of the file was read as that one field.',
			excerpt: 'never closed,x\nmore\nlines'
		});
		expect(all).toHaveLength(3);
	});

	it('has nothing left at the end after complete records', () => {
		const reader = new DelimitedReader(',');
		expect(reader.push('a,b', 1)).toHaveLength(1);
		expect(reader.finish()).toEqual([]);
	});
});

describe('suggestColumnMapping', () => {
	it.each([
		[['prompt', 'completion'], { user: 'prompt', assistant: 'completion' }],
		[['Question', 'Answer'], { user: 'Question', assistant: 'Answer' }],
		[
			['id', 'System Prompt', 'USER', 'Assistant'],
			{ system: 'System Prompt', user: 'USER', assistant: 'Assistant' }
		],
		[
			['system', 'instruction', 'input', 'output'],
			{ system: 'system', user: 'instruction', assistant: 'output' }
		],
		[['query', 'reply'], { user: 'query', assistant: 'reply' }],
		[['input', 'response'], { user: 'input', assistant: 'response' }],
		[[' Prompt ', 'completion'], { user: ' Prompt ', assistant: 'completion' }]
	])('maps %j', (header, mapping) => {
		expect(suggestColumnMapping(header)).toStrictEqual(mapping);
	});

	it.each([[['text']], [['prompt', 'label']], [['title', 'answer']], [[]]])(
		'finds nothing in %j',
		(header) => {
			expect(suggestColumnMapping(header)).toBeNull();
		}
	);
});

describe('delimitedRecordToExample', () => {
	const header = ['id', 'system', 'question', 'answer'];
	const mapping = { system: 'system', user: 'question', assistant: 'answer' };

	it('turns a row into system, user and assistant messages', () => {
		const result = delimitedRecordToExample(
			['1', 'Be brief.', 'Why?', 'Because.'],
			header,
			mapping,
			4
		);
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'system', content: 'Be brief.' },
					{ role: 'user', content: 'Why?' },
					{ role: 'assistant', content: 'Because.' }
				]
			},
			issues: []
		});
	});

	it('leaves out a blank system cell, or a system column not mapped', () => {
		const blank = delimitedRecordToExample(['1', ' ', 'Why?', 'Because.'], header, mapping, 4);
		const unmapped = delimitedRecordToExample(
			['1', 'x', 'Why?', 'Because.'],
			header,
			{
				user: 'question',
				assistant: 'answer'
			},
			4
		);
		const expected = [
			{ role: 'user', content: 'Why?' },
			{ role: 'assistant', content: 'Because.' }
		];
		expect(blank.example?.messages).toStrictEqual(expected);
		expect(unmapped.example?.messages).toStrictEqual(expected);
	});

	it.each([
		[['1', 'x', 'y'], 'This row has 3 fields but the header has 4 columns.'],
		[['1', 'x', 'y', 'z', 'extra'], 'This row has 5 fields but the header has 4 columns.'],
		[['1'], 'This row has 1 field but the header has 4 columns.']
	])('missing_field for a ragged row %j', (fields, message) => {
		const issue = onlyIssue(delimitedRecordToExample(fields, header, mapping, 9));
		expect(issue).toMatchObject({ code: 'missing_field', line: 9, message });
	});

	it('warns on an empty user or assistant cell', () => {
		const emptyUser = delimitedRecordToExample(['1', '', '', 'Because.'], header, mapping, 2);
		const emptyAnswer = delimitedRecordToExample(['1', '', 'Why?', '  '], header, mapping, 3);
		expect(emptyUser.example?.messages).toHaveLength(2);
		expect(emptyUser.issues).toStrictEqual([
			{ code: 'empty_content', line: 2, message: 'The "question" cell (user) has empty content.' }
		]);
		expect(emptyAnswer.issues).toStrictEqual([
			{
				code: 'empty_content',
				line: 3,
				message: 'The "answer" cell (assistant) has empty content.'
			}
		]);
	});

	it('rejects a row whose user and assistant cells are both empty', () => {
		const issue = onlyIssue(delimitedRecordToExample(['7', 'x', '', ''], header, mapping, 5));
		expect(issue).toMatchObject({
			code: 'missing_field',
			message: 'This row\'s user column "question" and assistant column "answer" are both empty.'
		});
	});

	it('reports mapped columns that are not in the header', () => {
		const result = delimitedRecordToExample(
			['1', 'x', 'y', 'z'],
			header,
			{
				user: 'prompt',
				assistant: 'completion'
			},
			2
		);
		expect(codesOf(result)).toEqual(['missing_field']);
		expect(result.issues[0]?.message).toBe(
			'The columns "prompt" and "completion" chosen for the examples are not in the header.'
		);
		expectSentences(result);
	});
});
