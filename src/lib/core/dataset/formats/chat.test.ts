import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RecordResult } from '../types';
import { parseJsonRecord } from './json-record';
import { codesOf, expectSentences, onlyIssue } from './test-helpers';

function chat(record: unknown, line = 7): RecordResult {
	return parseJsonRecord(JSON.stringify(record), line, 'chat');
}

const system = { role: 'system', content: 'You answer briefly.' };
const user = { role: 'user', content: 'Is the shop open on Sunday?' };
const assistant = { role: 'assistant', content: 'No, from Monday to Saturday.' };

const weatherCall = {
	id: 'call_1',
	type: 'function',
	function: { name: 'get_weather', arguments: '{"city":"Oslo"}' }
};

describe('chat records', () => {
	it('normalises a valid record to the exact example, without issues', () => {
		const result = chat({
			messages: [
				system,
				{ role: 'user', content: 'Hi', name: 'ana' },
				{ role: 'assistant', content: 'Hello.', weight: 0 },
				{ role: 'user', content: 'Bye' },
				{ role: 'assistant', content: 'Goodbye.', weight: 1 }
			],
			metadata: { source: 'ignored' }
		});
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'system', content: 'You answer briefly.' },
					{ role: 'user', content: 'Hi', name: 'ana' },
					{ role: 'assistant', content: 'Hello.', weight: 0 },
					{ role: 'user', content: 'Bye' },
					{ role: 'assistant', content: 'Goodbye.', weight: 1 }
				]
			},
			issues: []
		});
	});

	it('accepts a developer message in place of a system message', () => {
		const result = chat({
			messages: [{ role: 'developer', content: 'Be brief.' }, user, assistant]
		});
		expect(result.issues).toEqual([]);
		expect(result.example?.messages[0]).toStrictEqual({ role: 'developer', content: 'Be brief.' });
	});

	it('joins text parts with a line break and counts image parts apart, with a warning', () => {
		const result = chat({
			messages: [
				system,
				{
					role: 'user',
					content: [
						{ type: 'text', text: 'What is in' },
						{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
						{ type: 'text', text: 'this picture?' },
						{ type: 'input_image', image_url: 'data:image/png;base64,AAAA' },
						{ type: 'image', source: 'x' }
					]
				},
				{ role: 'assistant', content: [{ type: 'text', text: 'A cat.' }] }
			]
		});
		expect(result.example?.messages).toStrictEqual([
			{ role: 'system', content: 'You answer briefly.' },
			{ role: 'user', content: 'What is in\nthis picture?', imageParts: 3 },
			{ role: 'assistant', content: 'A cat.' }
		]);
		expect(codesOf(result)).toEqual(['image_parts_not_counted']);
		expect(result.issues[0]?.message).toBe(
			'Message 2 has 3 image parts; images are billed too, but they are not counted here.'
		);
		expect(result.issues[0]?.line).toBe(7);
	});

	it('keeps tool calls and tool definitions as compact JSON text', () => {
		const tools = [
			{
				type: 'function',
				function: { name: 'get_weather', parameters: { type: 'object', properties: {} } }
			}
		];
		const result = chat({
			messages: [
				system,
				user,
				{ role: 'assistant', content: null, tool_calls: [weatherCall] },
				{ role: 'tool', tool_call_id: 'call_1', content: '{"temp":3}' },
				{ role: 'assistant', tool_calls: [{ ...weatherCall, id: 'call_2' }] },
				{ role: 'tool', tool_call_id: 'call_2', content: '{"temp":4}' },
				assistant
			],
			tools
		});
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'system', content: 'You answer briefly.' },
					{ role: 'user', content: 'Is the shop open on Sunday?' },
					{ role: 'assistant', content: '', toolCalls: JSON.stringify([weatherCall]) },
					{ role: 'tool', content: '{"temp":3}' },
					{
						role: 'assistant',
						content: '',
						toolCalls: JSON.stringify([{ ...weatherCall, id: 'call_2' }])
					},
					{ role: 'tool', content: '{"temp":4}' },
					{ role: 'assistant', content: 'No, from Monday to Saturday.' }
				],
				toolDefinitions:
					'[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{}}}}]'
			},
			issues: []
		});
	});

	it('reads legacy function calls and functions', () => {
		const functionCall = { name: 'lookup', arguments: '{"id":4}' };
		const result = chat({
			messages: [
				user,
				{ role: 'assistant', content: null, function_call: functionCall },
				{ role: 'function', name: 'lookup', content: 'found' },
				assistant
			],
			functions: [{ name: 'lookup', parameters: {} }]
		});
		expect(result.example).toStrictEqual({
			messages: [
				{ role: 'user', content: 'Is the shop open on Sunday?' },
				{
					role: 'assistant',
					content: '',
					toolCalls: '{"name":"lookup","arguments":"{\\"id\\":4}"}'
				},
				{ role: 'function', content: 'found', name: 'lookup' },
				{ role: 'assistant', content: 'No, from Monday to Saturday.' }
			],
			toolDefinitions: '[{"name":"lookup","parameters":{}}]'
		});
		expect(codesOf(result)).toEqual(['missing_system_message']);
	});

	it('treats null optional fields as absent', () => {
		const result = chat({
			messages: [
				system,
				{ role: 'user', content: 'Hi', name: null },
				{
					role: 'assistant',
					content: 'Hello.',
					tool_calls: null,
					function_call: null,
					refusal: null
				}
			],
			tools: null
		});
		expect(result).toStrictEqual({
			example: {
				messages: [
					{ role: 'system', content: 'You answer briefly.' },
					{ role: 'user', content: 'Hi' },
					{ role: 'assistant', content: 'Hello.' }
				]
			},
			issues: []
		});
	});
});

describe('chat validation errors', () => {
	it.each([
		['an array', '[1, 2]', 'The record is a list, not a JSON object.'],
		['a string', '"hello"', 'The record is text, not a JSON object.'],
		['a number', '42', 'The record is a number, not a JSON object.'],
		['null', 'null', 'The record is null, not a JSON object.']
	])('data_type for %s', (_, text, message) => {
		const issue = onlyIssue(parseJsonRecord(text, 3, 'chat'));
		expect(issue).toMatchObject({
			code: 'data_type',
			line: 3,
			message,
			excerpt: text.replace(/ /g, '')
		});
	});

	it.each([
		['absent', { prompt: 'x' }, 'The record has no messages list.'],
		[
			'not a list',
			{ messages: { role: 'user' } },
			"The record's messages is an object, not a list."
		],
		['empty', { messages: [] }, "The record's messages list is empty."]
	])('missing_messages_list when the list is %s', (_, record, message) => {
		const issue = onlyIssue(chat(record));
		expect(issue).toMatchObject({ code: 'missing_messages_list', line: 7, message });
	});

	it('does not take messages from a __proto__ key', () => {
		const text = `{"__proto__": {"messages": [${JSON.stringify(user)}, ${JSON.stringify(assistant)}]}}`;
		const issue = onlyIssue(parseJsonRecord(text, 1, 'chat'));
		expect(issue.code).toBe('missing_messages_list');
		expect(({} as Record<string, unknown>).messages).toBeUndefined();
	});

	it('ignores a top-level __proto__ or constructor key next to valid messages', () => {
		const messages = JSON.stringify([system, user, assistant]);
		const text = `{"__proto__": {"polluted": true}, "constructor": 1, "messages": ${messages}}`;
		const result = parseJsonRecord(text, 1, 'chat');
		expect(result.issues).toEqual([]);
		expect(result.example?.messages).toHaveLength(3);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it.each([
		['is not an object', ['hello'], 'Message 2 is text, not an object with a role and content.'],
		['is null', [null], 'Message 2 is null, not an object with a role and content.'],
		['has no role', [{ content: 'Hi' }], 'Message 2 has no role.'],
		['has no content', [{ role: 'user' }], 'Message 2 has no content.'],
		[
			'is an assistant message without content or tool calls',
			[{ role: 'assistant' }],
			'Message 2 has no content.'
		]
	])('message_missing_key when a message %s', (_, messages, message) => {
		const issue = onlyIssue(chat({ messages: [system, ...messages, assistant] }));
		expect(issue).toMatchObject({ code: 'message_missing_key', line: 7, message });
	});

	it('message_unrecognized_key names the key', () => {
		const issue = onlyIssue(chat({ messages: [system, { ...user, tone: 'warm' }, assistant] }));
		expect(issue.code).toBe('message_unrecognized_key');
		expect(issue.message).toBe(
			'Message 2 has the key "tone", which chat messages do not take (they take role, content, name, weight, function_call, tool_calls, tool_call_id and refusal).'
		);
		expect(issue.excerpt).toBe(
			'{"role":"user","content":"Is the shop open on Sunday?","tone":"warm"}'
		);
	});

	it('message_unrecognized_key for a __proto__ key in a message', () => {
		const text = `{"messages": [{"role": "user", "content": "Hi", "__proto__": {"role": "x"}}, ${JSON.stringify(assistant)}]}`;
		const issue = onlyIssue(parseJsonRecord(text, 2, 'chat'));
		expect(issue.code).toBe('message_unrecognized_key');
		expect(issue.message).toContain('Message 1 has the key "__proto__"');
	});

	it('message_unrecognized_key lists several keys in one issue', () => {
		const issue = onlyIssue(chat({ messages: [{ ...user, a: 1, b: 2 }, assistant] }));
		expect(issue.message).toContain('Message 1 has the keys "a", "b", which');
	});

	it.each([
		['an unknown role', 'bot', 'Message 2 has the role "bot"; '],
		['constructor', 'constructor', 'Message 2 has the role "constructor"; '],
		['__proto__', '__proto__', 'Message 2 has the role "__proto__"; '],
		['a role in capitals', 'User', 'Message 2 has the role "User"; '],
		['a number', 3, 'Message 2 has a role that is a number; ']
	])('unrecognized_role for %s', (_, role, start) => {
		const issue = onlyIssue(chat({ messages: [system, { role, content: 'Hi' }, assistant] }));
		expect(issue.code).toBe('unrecognized_role');
		expect(issue.message).toBe(
			`${start}the roles are system, developer, user, assistant, tool and function.`
		);
	});

	it.each([
		[
			'a number',
			{ role: 'user', content: 42 },
			'Message 2 has content that is a number; content must be text or a list of content parts.'
		],
		[
			'an object',
			{ role: 'user', content: { text: 'Hi' } },
			'Message 2 has content that is an object; content must be text or a list of content parts.'
		],
		[
			'null on a user message',
			{ role: 'user', content: null },
			'Message 2 has null content; only an assistant message that makes tool calls may have none.'
		],
		[
			'an audio part',
			{ role: 'user', content: [{ type: 'input_audio', input_audio: {} }] },
			'Message 2\'s content part 1 has the type "input_audio", which is neither a text part nor an image part.'
		],
		[
			'a text part without text',
			{
				role: 'user',
				content: [
					{ type: 'text', text: 'ok' },
					{ type: 'text', value: 'Hi' }
				]
			},
			"Message 2's content part 2 is a text part without a text string."
		],
		[
			'a part that is not an object',
			{ role: 'user', content: ['Hi'] },
			"Message 2's content part 1 is text, not a content part object."
		],
		[
			'a part without a type',
			{ role: 'user', content: [{ text: 'Hi' }] },
			"Message 2's content part 1 has no type."
		]
	])('missing_content for content that is %s', (_, message, text) => {
		const issue = onlyIssue(chat({ messages: [system, message, assistant] }));
		expect(issue).toMatchObject({ code: 'missing_content', line: 7, message: text });
	});

	it('example_missing_assistant_message', () => {
		const issue = onlyIssue(chat({ messages: [system, user] }));
		expect(issue).toStrictEqual({
			code: 'example_missing_assistant_message',
			line: 7,
			message: 'This example has no assistant message, so it has nothing to train on.'
		});
	});

	it.each([
		['0.5', 0.5, 'Message 3 has the weight 0.5; a weight must be 0 or 1.'],
		['true', true, 'Message 3 has the weight true; a weight must be 0 or 1.'],
		['"1"', '1', 'Message 3 has the weight "1"; a weight must be 0 or 1.'],
		['null', null, 'Message 3 has the weight null; a weight must be 0 or 1.']
	])('invalid_weight for a weight of %s', (_, weight, message) => {
		const issue = onlyIssue(chat({ messages: [system, user, { ...assistant, weight }] }));
		expect(issue).toMatchObject({ code: 'invalid_weight', message });
	});

	it('invalid_weight for a weight on a user message', () => {
		const issue = onlyIssue(chat({ messages: [system, { ...user, weight: 1 }, assistant] }));
		expect(issue).toMatchObject({
			code: 'invalid_weight',
			message: 'Message 2 (user) has a weight; only assistant messages take one.'
		});
	});

	it.each([
		[
			'not a list',
			{ role: 'assistant', content: null, tool_calls: weatherCall },
			"Message 3's tool_calls is an object; it must be a list of tool calls."
		],
		[
			'an empty list',
			{ role: 'assistant', content: 'x', tool_calls: [] },
			"Message 3's tool_calls list is empty."
		],
		[
			'a call of another type',
			{ role: 'assistant', tool_calls: [weatherCall, { ...weatherCall, type: 'code' }] },
			"Message 3's tool call 2 is not of the form"
		],
		[
			'a call with object arguments',
			{
				role: 'assistant',
				tool_calls: [{ ...weatherCall, function: { name: 'get_weather', arguments: {} } }]
			},
			"Message 3's tool call 1 is not of the form"
		],
		[
			'a call without id',
			{ role: 'assistant', tool_calls: [{ type: 'function', function: weatherCall.function }] },
			"Message 3's tool call 1 is not of the form"
		],
		[
			'a function_call without arguments',
			{ role: 'assistant', function_call: { name: 'get_weather' } },
			"Message 3's function_call must be an object with a name and arguments, both text."
		],
		[
			'both tool_calls and function_call',
			{ role: 'assistant', tool_calls: [weatherCall], function_call: weatherCall.function },
			'Message 3 has both tool_calls and function_call; a message uses one or the other.'
		],
		[
			'tool calls on a user message',
			{ role: 'user', content: 'Hi', tool_calls: [weatherCall] },
			'Message 3 (user) makes tool calls; only assistant messages make them.'
		]
	])('invalid_tool_call for %s', (_, message, start) => {
		const issue = onlyIssue(chat({ messages: [system, user, message, assistant] }));
		expect(issue.code).toBe('invalid_tool_call');
		expect(issue.message.startsWith(start)).toBe(true);
	});

	it.each([
		[
			'answers an unknown call',
			[
				{ role: 'assistant', tool_calls: [weatherCall] },
				{ role: 'tool', tool_call_id: 'call_9', content: 'x' }
			],
			'Message 4 answers the tool call "call_9", which no earlier assistant message made.'
		],
		[
			'comes before the call',
			[
				{ role: 'tool', tool_call_id: 'call_1', content: 'x' },
				{ role: 'assistant', tool_calls: [weatherCall] }
			],
			'Message 3 answers the tool call "call_1", which no earlier assistant message made.'
		],
		[
			'has no tool_call_id',
			[
				{ role: 'assistant', tool_calls: [weatherCall] },
				{ role: 'tool', content: 'x' }
			],
			'Message 4 is a tool reply without a tool_call_id naming the call it answers.'
		]
	])('invalid_tool_call when a tool reply %s', (_, messages, message) => {
		const issue = onlyIssue(chat({ messages: [system, user, ...messages, assistant] }));
		expect(issue).toMatchObject({ code: 'invalid_tool_call', message });
	});

	it('invalid_tool_call when tools is not a list', () => {
		const issue = onlyIssue(
			chat({ messages: [system, user, assistant], tools: { type: 'function' } })
		);
		expect(issue).toMatchObject({
			code: 'invalid_tool_call',
			message: 'The tools value is an object; it must be a list of definitions.'
		});
	});

	it('reports tools nested too deeply to write as text, without throwing', () => {
		const depth = 100_000;
		const tools = `[${'['.repeat(depth)}${']'.repeat(depth)}]`;
		const text = `{"messages": ${JSON.stringify([system, user, assistant])}, "tools": ${tools}}`;
		const issue = onlyIssue(parseJsonRecord(text, 1, 'chat'));
		expect(issue.code).toBe('invalid_tool_call');
		expect(issue.message).toBe('The tools list is nested too deeply to read.');
		expect(issue.excerpt?.length).toBeLessThanOrEqual(120);
	});

	it('excerpts deeply nested content briefly, without throwing', () => {
		const depth = 100_000;
		const content = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
		const text = `{"messages": [{"role": "user", "content": ${content}}, ${JSON.stringify(assistant)}]}`;
		const issue = onlyIssue(parseJsonRecord(text, 1, 'chat'));
		expect(issue.code).toBe('missing_content');
		expect(issue.excerpt).toBe('{"a":{"a":{"a":{"a":{"a":{"a":{…}}}}}}}');
	});

	it('reports every faulty message, and no warnings once there is an error', () => {
		const result = chat({
			messages: [{ role: 'user', content: '' }, { role: 'bot', content: 'x' }, { content: 'y' }]
		});
		expect(result.example).toBeNull();
		expect(codesOf(result)).toEqual(['unrecognized_role', 'message_missing_key']);
		expectSentences(result);
	});

	it('shortens long excerpts to about 120 characters', () => {
		const issue = onlyIssue(
			chat({ messages: [{ role: 'user', content: 'x'.repeat(5000), extra: 1 }, assistant] })
		);
		expect(issue.excerpt).toHaveLength(120);
		expect(issue.excerpt?.endsWith('…')).toBe(true);
	});
});

describe('chat warnings', () => {
	it('missing_system_message', () => {
		const result = chat({ messages: [user, assistant] });
		expect(result.example?.messages).toHaveLength(2);
		expect(result.issues).toStrictEqual([
			{ code: 'missing_system_message', line: 7, message: 'This example has no system message.' }
		]);
	});

	it('missing_user_message', () => {
		const result = chat({ messages: [system, assistant] });
		expect(result.example?.messages).toHaveLength(2);
		expect(result.issues).toStrictEqual([
			{ code: 'missing_user_message', line: 7, message: 'This example has no user message.' }
		]);
	});

	it('empty_content names each empty or whitespace-only message', () => {
		const result = chat({
			messages: [
				system,
				{ role: 'user', content: '' },
				{ role: 'assistant', content: ' \n\t' },
				{ role: 'user', content: [] },
				{ role: 'assistant', content: null, tool_calls: [weatherCall] },
				{ role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
				{ role: 'assistant', content: [{ type: 'image_url', image_url: { url: 'x' } }] }
			]
		});
		expect(result.example?.messages).toHaveLength(7);
		expect(result.issues.filter((issue) => issue.code === 'empty_content')).toStrictEqual([
			{ code: 'empty_content', line: 7, message: 'Message 2 (user) has empty content.' },
			{ code: 'empty_content', line: 7, message: 'Message 3 (assistant) has empty content.' },
			{ code: 'empty_content', line: 7, message: 'Message 4 (user) has empty content.' }
		]);
	});

	it('reads the cookbook checks on its toy examples: no system, no user', () => {
		const noSystem = chat({ messages: [user, assistant, user, assistant] }, 3);
		const noUser = chat({ messages: [system, assistant] }, 4);
		expect(codesOf(noSystem)).toEqual(['missing_system_message']);
		expect(noSystem.issues[0]?.line).toBe(3);
		expect(codesOf(noUser)).toEqual(['missing_user_message']);
		expect(noUser.issues[0]?.line).toBe(4);
	});
});

// The OpenAI cookbook's toy dataset, kept outside the project; its notebook warns on lines 3 and 4.
const COOKBOOK = fileURLToPath(
	new URL('../../../../../../shared/datasets/cookbook_toy_chat.jsonl', import.meta.url)
);

describe.skipIf(!existsSync(COOKBOOK))('the cookbook toy dataset', () => {
	it("reads all five examples, with the notebook's two warnings", () => {
		const lines = readFileSync(COOKBOOK, 'utf8').split('\n');
		const results = lines
			.map((text, index) => ({ text, line: index + 1 }))
			.filter(({ text }) => text.trim() !== '')
			.map(({ text, line }) => parseJsonRecord(text, line, 'chat'));
		expect(results).toHaveLength(5);
		expect(results.every((result) => result.example !== null)).toBe(true);
		expect(
			results.flatMap((result) => result.issues.map((issue) => [issue.code, issue.line]))
		).toEqual([
			['missing_system_message', 3],
			['missing_user_message', 4]
		]);
	});
});
