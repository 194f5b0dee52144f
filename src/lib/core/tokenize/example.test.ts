import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetExample } from '../dataset/types';
import { ENCODINGS, type EncodingName } from './encodings';
import { countExample, type ExampleCount } from './example';
import { loadEncoder } from './registry';
import { createOracle } from './testing/oracle';

type Oracle = { count(text: string): number };

/** The cookbook's formula with tool text, computed with tiktoken and written out independently of `countExample`. */
function oracleExampleTokens(oracle: Oracle, example: DatasetExample): number {
	let tokens = 3;
	for (const message of example.messages) {
		tokens += 3 + oracle.count(message.role) + oracle.count(message.content);
		if (message.name !== undefined) tokens += 1 + oracle.count(message.name);
		if (message.toolCalls !== undefined) tokens += oracle.count(message.toolCalls);
	}
	if (example.toolDefinitions !== undefined) tokens += oracle.count(example.toolDefinitions);
	return tokens;
}

const WEATHER_CALL = JSON.stringify([
	{
		id: 'call_1',
		type: 'function',
		function: { name: 'get_weather', arguments: '{"city":"Lyon","unit":"celsius"}' }
	}
]);
const WEATHER_TOOL = JSON.stringify([
	{
		type: 'function',
		function: {
			name: 'get_weather',
			description: 'Current weather in a city.',
			parameters: {
				type: 'object',
				properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius'] } },
				required: ['city']
			}
		}
	}
]);

const FIXTURES: Record<string, DatasetExample> = {
	'a plain exchange': {
		messages: [
			{ role: 'system', content: 'You answer questions about our bicycle shop, briefly.' },
			{ role: 'user', content: 'Do you repair e-bikes?' },
			{ role: 'assistant', content: 'Yes: motors, batteries and brakes, usually within two days.' }
		]
	},
	'named participants': {
		messages: [
			{ role: 'system', name: 'policy', content: 'Refunds within 30 days.' },
			{ role: 'user', name: 'Émilie_R', content: 'Puis-je être remboursée ?' },
			{ role: 'assistant', content: 'Oui, sous 30 jours.' }
		]
	},
	'weighted assistant turns': {
		messages: [
			{ role: 'user', content: 'Summarise: the meeting moved to Friday.' },
			{ role: 'assistant', content: 'The meeting is now on Friday.', weight: 0 },
			{ role: 'user', content: 'Shorter.' },
			{ role: 'assistant', content: 'Friday.', weight: 1 },
			{ role: 'user', content: 'In French.' },
			{ role: 'assistant', content: 'Vendredi.' }
		]
	},
	'a tool call, its result and the tool definitions': {
		messages: [
			{ role: 'user', content: 'Weather in Lyon?' },
			{ role: 'assistant', content: '', toolCalls: WEATHER_CALL },
			{ role: 'tool', content: '{"temperature":21,"sky":"clear"}' },
			{ role: 'assistant', content: 'Clear and 21 °C in Lyon.' }
		],
		toolDefinitions: WEATHER_TOOL
	},
	'image parts beside text': {
		messages: [
			{ role: 'user', content: 'What is in these pictures?', imageParts: 2 },
			{ role: 'assistant', content: 'A red bicycle, then a blue one.' },
			{ role: 'user', content: 'And this one?', imageParts: 1 },
			{ role: 'assistant', content: 'A tandem.' }
		]
	},
	'mixed scripts, code and special-token text': {
		messages: [
			{ role: 'system', content: 'Never print <|endoftext|> literally.' },
			{ role: 'user', content: '日本語で説明して: `const x = a ?? b;` 😀' },
			{ role: 'assistant', content: '```ts\nconst x = a ?? b; // 既定値\n```' }
		]
	}
};

function contentSum(count: ExampleCount): number {
	return Object.values(count.byRole).reduce((sum, tokens) => sum + tokens, 0);
}

describe.each(ENCODINGS.map((e) => e.name))('countExample in %s', (encoding: EncodingName) => {
	const oracle = createOracle(encoding);
	afterAll(() => oracle.free());

	it.each(Object.entries(FIXTURES))('matches the tiktoken formula for %s', async (_, example) => {
		const counted = countExample(await loadEncoder(encoding), example);
		expect(counted.total).toBe(oracleExampleTokens(oracle, example));
		expect(counted.total).toBe(
			contentSum(counted) + counted.overhead + counted.toolCalls + counted.toolDefinitions
		);
		expect(counted.messages).toBe(example.messages.length);
	});

	it('splits content by role and counts the overhead of roles and names', async () => {
		const counted = countExample(await loadEncoder(encoding), FIXTURES['named participants']!);
		expect({ ...counted.byRole }).toEqual({
			system: oracle.count('Refunds within 30 days.'),
			user: oracle.count('Puis-je être remboursée ?'),
			assistant: oracle.count('Oui, sous 30 jours.')
		});
		expect(counted.overhead).toBe(
			3 * 3 +
				oracle.count('system') +
				oracle.count('user') +
				oracle.count('assistant') +
				(1 + oracle.count('policy')) +
				(1 + oracle.count('Émilie_R')) +
				3
		);
		expect(counted.assistant).toBe(oracle.count('Oui, sous 30 jours.'));
		expect(counted.toolCalls).toBe(0);
		expect(counted.toolDefinitions).toBe(0);
	});

	it('bills weight-0 assistant content but leaves it out of the trainable tokens', async () => {
		const encoder = await loadEncoder(encoding);
		const counted = countExample(encoder, FIXTURES['weighted assistant turns']!);
		const [zero, one, unweighted] = ['The meeting is now on Friday.', 'Friday.', 'Vendredi.'].map(
			(text) => oracle.count(text)
		);
		expect(counted.assistant).toBe(zero! + one! + unweighted!);
		expect(counted.byRole.assistant).toBe(counted.assistant);
		expect(counted.trainable).toBe(one! + unweighted!);
		// The weight changes what is trained on, never what is billed.
		const unweightedExample = {
			messages: FIXTURES['weighted assistant turns']!.messages.map(({ role, content }) => ({
				role,
				content
			}))
		};
		const plain = countExample(encoder, unweightedExample);
		expect(counted.total).toBe(plain.total);
		expect(plain.trainable).toBe(plain.assistant);
	});

	it('counts tool calls and tool definitions as the tokens of their JSON text', async () => {
		const example = FIXTURES['a tool call, its result and the tool definitions']!;
		const counted = countExample(await loadEncoder(encoding), example);
		expect(counted.toolCalls).toBe(oracle.count(WEATHER_CALL));
		expect(counted.toolDefinitions).toBe(oracle.count(WEATHER_TOOL));
		expect(counted.toolCalls).toBeGreaterThan(10);
		expect(counted.toolDefinitions).toBeGreaterThan(30);
		// The calling message has empty content: its role is listed with 0 content tokens.
		expect(counted.byRole.assistant).toBe(oracle.count('Clear and 21 °C in Lyon.'));
		expect(counted.byRole.tool).toBe(oracle.count('{"temperature":21,"sky":"clear"}'));
		expect(counted.assistant).toBe(counted.byRole.assistant);
		expect(counted.trainable).toBe(counted.assistant);
	});

	it('counts image parts in imageParts only, not as tokens', async () => {
		const encoder = await loadEncoder(encoding);
		const example = FIXTURES['image parts beside text']!;
		const counted = countExample(encoder, example);
		expect(counted.imageParts).toBe(3);
		const withoutImages = {
			messages: example.messages.map(({ role, content }) => ({ role, content }))
		};
		const textOnly = countExample(encoder, withoutImages);
		expect(textOnly.imageParts).toBe(0);
		expect({ ...counted, imageParts: 0 }).toEqual(textOnly);
	});

	it('keeps roles named like Object properties as ordinary keys', async () => {
		const encoder = await loadEncoder(encoding);
		const counted = countExample(encoder, {
			messages: [
				{ role: '__proto__', content: 'one two three' },
				{ role: 'constructor', content: 'four' },
				{ role: 'toString', content: '' },
				{ role: '__proto__', content: 'five' }
			]
		});
		expect(Object.getPrototypeOf(counted.byRole)).toBeNull();
		expect(Object.keys(counted.byRole)).toEqual(['__proto__', 'constructor', 'toString']);
		expect(counted.byRole['__proto__']).toBe(oracle.count('one two three') + oracle.count('five'));
		expect(counted.byRole['constructor']).toBe(oracle.count('four'));
		expect(counted.byRole['toString']).toBe(0);
		expect(({} as Record<string, unknown>)['__proto__']).toBe(Object.prototype);
		expect(counted.total).toBe(contentSum(counted) + counted.overhead);
	});

	it('gives an example of no messages the reply priming alone', async () => {
		const counted = countExample(await loadEncoder(encoding), { messages: [] });
		expect(counted).toEqual({
			total: 3,
			byRole: Object.create(null) as Record<string, number>,
			assistant: 0,
			trainable: 0,
			toolCalls: 0,
			toolDefinitions: 0,
			overhead: 3,
			messages: 0,
			imageParts: 0
		});
	});
});

// The OpenAI cookbook's toy dataset and the figures its notebook prints, kept outside the project.
const COOKBOOK = fileURLToPath(
	new URL('../../../../../shared/datasets/cookbook_toy_chat.jsonl', import.meta.url)
);
const COOKBOOK_COUNTS: Record<EncodingName, number[]> = {
	o200k_base: [43, 106, 26, 27, 8031],
	cl100k_base: [45, 111, 26, 28, 8032]
};

describe.skipIf(!existsSync(COOKBOOK))('countExample on the cookbook toy dataset', () => {
	const examples: DatasetExample[] = readFileSync(COOKBOOK, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as DatasetExample);

	it.each(ENCODINGS.map((e) => e.name))(
		'gives the reference counts per example in %s',
		async (encoding) => {
			const encoder = await loadEncoder(encoding);
			expect(examples.map((example) => countExample(encoder, example).total)).toEqual(
				COOKBOOK_COUNTS[encoding]
			);
		}
	);

	it('gives 8,045 assistant content tokens in o200k_base, all trainable', async () => {
		const encoder = await loadEncoder('o200k_base');
		const counts = examples.map((example) => countExample(encoder, example));
		expect(counts.reduce((sum, count) => sum + count.assistant, 0)).toBe(8045);
		expect(counts.reduce((sum, count) => sum + count.trainable, 0)).toBe(8045);
		expect(counts.reduce((sum, count) => sum + count.messages, 0)).toBe(
			examples.reduce((sum, example) => sum + example.messages.length, 0)
		);
	});
});
