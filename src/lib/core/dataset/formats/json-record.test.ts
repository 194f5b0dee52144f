import { describe, expect, it } from 'vitest';
import { jsonSyntaxIssue, parseJsonRecord } from './json-record';
import { onlyIssue } from './test-helpers';

describe('JSON syntax errors', () => {
	it('gives the 1-based column from the engine position, with the reason as a sentence', () => {
		const issue = onlyIssue(parseJsonRecord('{"messages": [], }', 12, 'chat'));
		expect(issue).toStrictEqual({
			code: 'invalid_json',
			line: 12,
			column: 18,
			message:
				'This record is not valid JSON: expected double-quoted property name (line 12, column 18).',
			excerpt: '{"messages": [], }'
		});
	});

	it('places an early end of input at the end of the text', () => {
		const issue = onlyIssue(parseJsonRecord('{"prompt": "a"', 3, 'prompt-completion'));
		expect(issue).toMatchObject({ code: 'invalid_json', line: 3, column: 15 });
		expect(issue.message).toBe(
			"This record is not valid JSON: expected ',' or '}' after property value (line 3, column 15)."
		);
	});

	it('counts lines inside a record that spans several (an element of a JSON array)', () => {
		const text = '{\n  "instruction": "x",\n  "output": "y" "z"\n}';
		const issue = onlyIssue(parseJsonRecord(text, 40, 'alpaca'));
		expect(issue).toMatchObject({ code: 'invalid_json', line: 42, column: 17 });
	});

	it('shows about 120 characters around the error', () => {
		const text = `{"messages": "${'a'.repeat(200)}" x "${'b'.repeat(200)}"}`;
		const issue = onlyIssue(parseJsonRecord(text, 1, 'chat'));
		expect(issue.column).toBe(217);
		expect(issue.excerpt).toBe(`…${'a'.repeat(57)}" x "${'b'.repeat(56)}…`);
	});

	it('leaves the column out when the engine names no place', () => {
		const issue = onlyIssue(parseJsonRecord('{"messages": nope}', 9, 'chat'));
		expect(issue).toStrictEqual({
			code: 'invalid_json',
			line: 9,
			message: "This record is not valid JSON: unexpected token 'o'.",
			excerpt: '{"messages": nope}'
		});
	});

	it('reads "(line L column C)" from newer engines', () => {
		const text = '{\n  "a": 1,\n  }';
		const message = 'Expected double-quoted property name in JSON at position 13 (line 3 column 3)';
		expect(jsonSyntaxIssue(text, 10, message)).toStrictEqual({
			code: 'invalid_json',
			line: 12,
			column: 3,
			message:
				'This record is not valid JSON: expected double-quoted property name (line 12, column 3).',
			excerpt: text
		});
	});

	it('reads Firefox messages', () => {
		const message =
			"JSON.parse: expected ',' or '}' after property value in object at line 1 column 9 of the JSON data";
		const issue = jsonSyntaxIssue('{"a": 1 "b": 2}', 4, message);
		expect(issue).toMatchObject({ line: 4, column: 9 });
		expect(issue.message).toBe(
			"This record is not valid JSON: expected ',' or '}' after property value in object (line 4, column 9)."
		);
	});

	it('drops the echo of the input from V8 messages', () => {
		const issue = jsonSyntaxIssue(
			'{"a": x}',
			1,
			'Unexpected token \'x\', "{"a": x}" is not valid JSON'
		);
		expect(issue.message).toBe("This record is not valid JSON: unexpected token 'x'.");
		expect(issue.column).toBeUndefined();
	});
});
