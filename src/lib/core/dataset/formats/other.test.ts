import { describe, expect, it } from 'vitest';
import type { DatasetFormat, RecordResult } from '../types';
import { parseJsonRecord } from './json-record';
import { codesOf, expectSentences, onlyIssue } from './test-helpers';

function read(format: DatasetFormat, record: unknown, line = 5): RecordResult {
	return parseJsonRecord(JSON.stringify(record), line, format);
}

describe('preference records', () => {
	const input = {
		messages: [
			{ role: 'system', content: 'Answer in French.' },
			{ role: 'user', content: 'Hello?' }
		]
	};
	const preferred_output = [{ role: 'assistant', content: 'Bonjour !' }];
	const non_preferred_output = [{ role: 'assistant', content: 'Hello!' }];

	it('normalises to the input messages followed by both outputs', () => {
		const result = read('preference', { input, preferred_output, non_preferred_output });
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'system', content: 'Answer in French.' },
					{ role: 'user', content: 'Hello?' },
					{ role: 'assistant', content: 'Bonjour !' },
					{ role: 'assistant', content: 'Hello!' }
				]
			},
			issues: []
		});
	});

	it('reads tool definitions from the input', () => {
		const tools = [{ type: 'function', function: { name: 'f' } }];
		const result = read('preference', {
			input: { ...input, tools },
			preferred_output,
			non_preferred_output
		});
		expect(result.example?.toolDefinitions).toBe('[{"type":"function","function":{"name":"f"}}]');
	});

	it('does not require an assistant message in the input, and warns as chat does', () => {
		const result = read('preference', {
			input: { messages: [{ role: 'user', content: ' ' }] },
			preferred_output,
			non_preferred_output: [{ role: 'assistant', content: '' }]
		});
		expect(result.example?.messages).toHaveLength(3);
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'This example has no system message.',
			'Message 1 of input.messages (user) has empty content.',
			'Message 1 of non_preferred_output (assistant) has empty content.'
		]);
	});

	it.each([
		['no input', { preferred_output, non_preferred_output }],
		['an input without messages', { input: {}, preferred_output, non_preferred_output }],
		[
			'an empty input messages list',
			{ input: { messages: [] }, preferred_output, non_preferred_output }
		],
		['an input that is a list', { input: input.messages, preferred_output, non_preferred_output }]
	])('missing_field for %s', (_, record) => {
		const issue = onlyIssue(read('preference', record));
		expect(issue).toMatchObject({
			code: 'missing_field',
			line: 5,
			message: 'The record needs an input object with a non-empty messages list.'
		});
	});

	it.each([
		[
			'no preferred output',
			{ input, non_preferred_output },
			'The record needs preferred_output, a non-empty list of assistant messages.'
		],
		[
			'empty outputs',
			{ input, preferred_output: [], non_preferred_output: [] },
			'The record needs preferred_output and non_preferred_output, non-empty lists of assistant messages.'
		],
		[
			'a non-preferred output that is text',
			{ input, preferred_output, non_preferred_output: 'Hello!' },
			'The record needs non_preferred_output, a non-empty list of assistant messages.'
		]
	])('missing_field for %s', (_, record, message) => {
		expect(onlyIssue(read('preference', record))).toMatchObject({ code: 'missing_field', message });
	});

	it('missing_field for a user message among the outputs', () => {
		const issue = onlyIssue(
			read('preference', {
				input,
				preferred_output,
				non_preferred_output: [{ role: 'user', content: 'Hi' }]
			})
		);
		expect(issue).toMatchObject({
			code: 'missing_field',
			message:
				'Message 1 of non_preferred_output has the role "user"; non_preferred_output holds assistant messages only.'
		});
	});

	it('validates input and output messages by the chat rules, naming where they are', () => {
		const result = read('preference', {
			input: { messages: [{ role: 'user', content: 'Hi', mood: 1 }] },
			preferred_output: [{ role: 'assistant', content: 'x', weight: 2 }],
			non_preferred_output
		});
		expect(codesOf(result)).toEqual(['message_unrecognized_key', 'invalid_weight']);
		expect(result.issues[0]?.message).toContain('Message 1 of input.messages has the key "mood"');
		expect(result.issues[1]?.message).toBe(
			'Message 1 of preferred_output has the weight 2; a weight must be 0 or 1.'
		);
	});

	it('data_type for a record that is not an object', () => {
		expect(onlyIssue(read('preference', [1])).code).toBe('data_type');
	});
});

describe('prompt-completion records', () => {
	it('normalises to a user and an assistant message', () => {
		const result = read('prompt-completion', {
			prompt: 'Capital of France?',
			completion: ' Paris'
		});
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'user', content: 'Capital of France?' },
					{ role: 'assistant', content: ' Paris' }
				]
			},
			issues: []
		});
	});

	it.each([
		['no prompt', { completion: 'x' }, 'The record has no prompt field.'],
		[
			'a prompt that is a number',
			{ prompt: 1, completion: 'x' },
			"The record's prompt is a number; it must be text."
		],
		['no completion', { prompt: 'x' }, 'The record has no completion field.'],
		[
			'a null completion',
			{ prompt: 'x', completion: null },
			"The record's completion is null; it must be text."
		]
	])('missing_field for %s', (_, record, message) => {
		expect(onlyIssue(read('prompt-completion', record))).toMatchObject({
			code: 'missing_field',
			line: 5,
			message
		});
	});

	it('reports both missing fields', () => {
		const result = read('prompt-completion', { text: 'x' });
		expect(codesOf(result)).toEqual(['missing_field', 'missing_field']);
		expectSentences(result);
	});

	it('warns on an empty prompt or completion', () => {
		const result = read('prompt-completion', { prompt: '', completion: '' });
		expect(result.example?.messages).toHaveLength(2);
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'The prompt (user) has empty content.',
			'The completion (assistant) has empty content.'
		]);
	});
});

describe('alpaca records', () => {
	it('joins instruction and input with a blank line', () => {
		const result = read('alpaca', {
			instruction: 'Translate to German.',
			input: 'Good morning',
			output: 'Guten Morgen'
		});
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'user', content: 'Translate to German.\n\nGood morning' },
					{ role: 'assistant', content: 'Guten Morgen' }
				]
			},
			issues: []
		});
	});

	it('leaves an empty or absent input out, and reads an optional system', () => {
		const empty = read('alpaca', { instruction: 'Say hi.', input: '', output: 'Hi' });
		const withSystem = read('alpaca', { instruction: 'Say hi.', output: 'Hi', system: 'Be warm.' });
		expect(empty.example?.messages).toStrictEqual([
			{ role: 'user', content: 'Say hi.' },
			{ role: 'assistant', content: 'Hi' }
		]);
		expect(withSystem.example?.messages).toStrictEqual([
			{ role: 'system', content: 'Be warm.' },
			{ role: 'user', content: 'Say hi.' },
			{ role: 'assistant', content: 'Hi' }
		]);
		expect(withSystem.issues).toEqual([]);
	});

	it.each([
		['no instruction', { output: 'x' }, 'The record has no instruction field.'],
		['no output', { instruction: 'x', input: 'y' }, 'The record has no output field.'],
		[
			'a list output',
			{ instruction: 'x', output: ['y'] },
			"The record's output is a list; it must be text."
		],
		[
			'an input that is a number',
			{ instruction: 'x', input: 3, output: 'y' },
			"The record's input is a number; it must be text."
		],
		[
			'a system that is an object',
			{ instruction: 'x', output: 'y', system: {} },
			"The record's system is an object; it must be text."
		]
	])('missing_field for %s', (_, record, message) => {
		expect(onlyIssue(read('alpaca', record))).toMatchObject({ code: 'missing_field', message });
	});

	it('warns on an empty instruction or output', () => {
		const result = read('alpaca', { instruction: ' ', input: null, output: '' });
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'The instruction (user) has empty content.',
			'The output (assistant) has empty content.'
		]);
	});
});

describe('sharegpt records', () => {
	it('maps speakers to chat roles, with the top-level system first', () => {
		const result = read('sharegpt', {
			system: 'You are a guide.',
			conversations: [
				{ from: 'human', value: 'Where is the museum?' },
				{ from: 'gpt', value: 'Let me look.' },
				{ from: 'observation', value: '{"street":"Main"}' },
				{ from: 'Assistant', value: 'On Main Street.' },
				{ from: 'user', value: 'Thanks.' },
				{ from: 'model', value: 'You are welcome.', weight: 1 }
			]
		});
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'system', content: 'You are a guide.' },
					{ role: 'user', content: 'Where is the museum?' },
					{ role: 'assistant', content: 'Let me look.' },
					{ role: 'tool', content: '{"street":"Main"}' },
					{ role: 'assistant', content: 'On Main Street.' },
					{ role: 'user', content: 'Thanks.' },
					{ role: 'assistant', content: 'You are welcome.' }
				]
			},
			issues: []
		});
	});

	it.each([
		['system', 'system'],
		['chatgpt', 'assistant'],
		['bard', 'assistant'],
		['tool', 'tool'],
		['function', 'tool'],
		['function_call', 'tool']
	])('reads the speaker %s as %s', (from, role) => {
		const result = read('sharegpt', {
			conversations: [
				{ from, value: 'x' },
				{ from: 'gpt', value: 'y' }
			]
		});
		expect(result.example?.messages[0]).toStrictEqual({ role, content: 'x' });
	});

	it.each([
		['narrator', 'Message 1 of conversations is from "narrator"; '],
		['constructor', 'Message 1 of conversations is from "constructor"; '],
		['__proto__', 'Message 1 of conversations is from "__proto__"; ']
	])('unrecognized_role for the speaker %s', (from, start) => {
		const issue = onlyIssue(
			read('sharegpt', {
				conversations: [
					{ from, value: 'x' },
					{ from: 'gpt', value: 'y' }
				]
			})
		);
		expect(issue.code).toBe('unrecognized_role');
		expect(issue.message.startsWith(start)).toBe(true);
	});

	it.each([
		['absent', { messages: [] }, 'The record has no conversations list.'],
		['empty', { conversations: [] }, "The record's conversations list is empty."],
		['text', { conversations: 'hi' }, "The record's conversations is text, not a list."]
	])('missing_messages_list when conversations is %s', (_, record, message) => {
		expect(onlyIssue(read('sharegpt', record))).toMatchObject({
			code: 'missing_messages_list',
			message
		});
	});

	it.each([
		[
			'not an object',
			['hi'],
			'message_missing_key',
			'Message 1 of conversations is text, not an object with from and value.'
		],
		[
			'without from',
			[{ value: 'hi' }],
			'message_missing_key',
			'Message 1 of conversations has no from.'
		],
		[
			'without from and value',
			[{ role: 'user' }],
			'message_missing_key',
			'Message 1 of conversations has no from and no value.'
		],
		[
			'with a list value',
			[{ from: 'human', value: ['hi'] }],
			'missing_content',
			'Message 1 of conversations has a value that is a list; it must be text.'
		]
	])('a turn %s', (_, turns, code, message) => {
		const issue = onlyIssue(
			read('sharegpt', { conversations: [...turns, { from: 'gpt', value: 'y' }] })
		);
		expect(issue).toMatchObject({ code, message });
	});

	it('needs an assistant turn', () => {
		const issue = onlyIssue(read('sharegpt', { conversations: [{ from: 'human', value: 'hi' }] }));
		expect(issue.code).toBe('example_missing_assistant_message');
	});

	it('warns like chat: no system, no user, empty turns', () => {
		const result = read('sharegpt', { conversations: [{ from: 'gpt', value: '' }] });
		expect(result.example?.messages).toStrictEqual([{ role: 'assistant', content: '' }]);
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'This example has no system message.',
			'This example has no user message.',
			'Message 1 of conversations (assistant) has empty content.'
		]);
	});

	it('missing_field for a system that is not text', () => {
		const issue = onlyIssue(
			read('sharegpt', {
				system: 1,
				conversations: [
					{ from: 'human', value: 'x' },
					{ from: 'gpt', value: 'y' }
				]
			})
		);
		expect(issue).toMatchObject({
			code: 'missing_field',
			message: "The record's system is a number; it must be text."
		});
	});
});

describe('parseJsonRecord', () => {
	it('refuses the delimited formats, which are read by DelimitedReader', () => {
		expect(() => parseJsonRecord('{}', 1, 'csv')).toThrow(/DelimitedReader/);
	});
});
