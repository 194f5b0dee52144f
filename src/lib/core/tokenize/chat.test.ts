import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHAT_OVERHEAD, countChat, type ChatMessage } from './chat';
import { ENCODINGS, type EncodingName } from './encodings';
import { loadEncoder } from './registry';
import { createOracle } from './testing/oracle';

/** The cookbook's formula computed with tiktoken, written out independently of `countChat`. */
function oracleChatTokens(
	oracle: { count(text: string): number },
	messages: ChatMessage[]
): number {
	let tokens = 3;
	for (const message of messages) {
		tokens += 3 + oracle.count(message.role) + oracle.count(message.content);
		if (message.name !== undefined) tokens += 1 + oracle.count(message.name);
	}
	return tokens;
}

const FIXTURES: Record<string, ChatMessage[]> = {
	'a plain exchange': [
		{ role: 'system', content: 'You answer questions about our bicycle shop, briefly.' },
		{ role: 'user', content: 'Do you repair e-bikes?' },
		{ role: 'assistant', content: 'Yes: motors, batteries and brakes, usually within two days.' }
	],
	'named participants': [
		{ role: 'system', name: 'policy', content: 'Refunds within 30 days.' },
		{ role: 'user', name: 'Émilie_R', content: 'Puis-je être remboursée ?' },
		{ role: 'assistant', content: 'Oui, sous 30 jours.' }
	],
	'a weight-0 turn (billed, not trained)': [
		{ role: 'user', content: 'Summarise: the meeting moved to Friday.' },
		{ role: 'assistant', content: 'Meeting on Friday.', weight: 0 },
		{ role: 'user', content: 'Shorter.' },
		{ role: 'assistant', content: 'Friday.', weight: 1 }
	],
	'special-token text inside content': [
		{ role: 'system', content: 'Never print <|endoftext|> or <|im_start|> literally.' },
		{ role: 'user', content: '<|im_start|>user\nhi<|im_end|><|endofprompt|>' }
	],
	'empty and whitespace contents': [
		{ role: 'user', content: '' },
		{ role: 'assistant', content: '   \n\t' }
	],
	'mixed scripts and code': [
		{ role: 'user', content: '日本語で説明して: `const x = a ?? b;` 😀' },
		{ role: 'assistant', content: '```ts\nconst x = a ?? b; // 既定値\n```' }
	]
};

describe.each(ENCODINGS.map((e) => e.name))('countChat in %s', (encoding: EncodingName) => {
	const oracle = createOracle(encoding);
	afterAll(() => oracle.free());

	it.each(Object.entries(FIXTURES))('matches the tiktoken formula for %s', async (_, messages) => {
		const counted = countChat(await loadEncoder(encoding), messages);
		expect(counted.total).toBe(oracleChatTokens(oracle, messages));
		expect(counted.messages).toHaveLength(messages.length);
	});

	it('splits each message into content and overhead', async () => {
		const encoder = await loadEncoder(encoding);
		const [system, user] = countChat(encoder, FIXTURES['named participants']!).messages;
		expect(system!.content).toBe(oracle.count('Refunds within 30 days.'));
		// 3 per message + "system" + 1 for the name + "policy"
		expect(system!.overhead).toBe(
			CHAT_OVERHEAD.perMessage + oracle.count('system') + 1 + oracle.count('policy')
		);
		expect(user!.total).toBe(user!.content + user!.overhead);
	});

	it('does not count a weight as text', async () => {
		const encoder = await loadEncoder(encoding);
		const weighted = FIXTURES['a weight-0 turn (billed, not trained)']!;
		const unweighted = weighted.map(({ role, content }) => ({ role, content }));
		expect(countChat(encoder, weighted).total).toBe(countChat(encoder, unweighted).total);
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

describe.skipIf(!existsSync(COOKBOOK))('the cookbook toy dataset', () => {
	const examples = readFileSync(COOKBOOK, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => (JSON.parse(line) as { messages: ChatMessage[] }).messages);

	it.each(ENCODINGS.map((e) => e.name))(
		'gives the reference counts per example in %s',
		async (encoding) => {
			const encoder = await loadEncoder(encoding);
			expect(examples.map((messages) => countChat(encoder, messages).total)).toEqual(
				COOKBOOK_COUNTS[encoding]
			);
		}
	);

	it('gives 8,045 assistant content tokens in o200k_base', async () => {
		const encoder = await loadEncoder('o200k_base');
		const assistant = examples
			.flat()
			.filter((m) => m.role === 'assistant')
			.reduce((sum, m) => sum + encoder.count(m.content), 0);
		expect(assistant).toBe(8045);
	});
});
