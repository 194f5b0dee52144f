import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { countChat } from './chat';
import { readTokenizerFiles } from './open-weight/custom';
import { loadOpenWeightTokenizer } from './open-weight/registry';
import { TINY_BPE, TINY_TEMPLATE } from './open-weight/testing/tiny';
import {
	chatFormatLabel,
	chatFormatNote,
	countPrompt,
	countPromptWithTemplate,
	explainPromptCount,
	promptChat,
	type PromptParts
} from './prompt';
import { loadEncoder } from './registry';

const PARTS: PromptParts = {
	system: 'You are the support assistant of a bicycle shop. Answer in one sentence.',
	fewShot: [
		{ user: 'Do you sell helmets?', assistant: 'Yes, from $40.' },
		{ user: 'Can I park inside?', assistant: 'Yes, by the back door.' }
	],
	user: 'What time do you open on Sunday?',
	answer: 'We open at 10 am on Sundays.'
};

describe('countPrompt', () => {
	it('adds up, part by part, to the chat formula over the whole conversation', async () => {
		const encoder = await loadEncoder('o200k_base');
		const counted = countPrompt(encoder, PARTS);
		expect(counted.trainingExample).toBe(countChat(encoder, promptChat(PARTS)).total);
		const request = promptChat({ ...PARTS, answer: '' });
		expect(counted.input).toBe(countChat(encoder, request).total);
		expect(counted.input).toBe(
			counted.system.total + counted.fewShot.total + counted.user.total + counted.format.tokens
		);
	});

	it('counts the answer content as the output tokens', async () => {
		const encoder = await loadEncoder('cl100k_base');
		const counted = countPrompt(encoder, PARTS);
		expect(counted.output).toBe(encoder.count(PARTS.answer));
		expect(counted.answer.total).toBe(counted.output + counted.answer.overhead);
	});

	it('counts each few-shot message and sums them', async () => {
		const encoder = await loadEncoder('o200k_base');
		const counted = countPrompt(encoder, PARTS);
		expect(counted.fewShotPairs).toHaveLength(2);
		expect(counted.fewShotPairs[0]!.user.content).toBe(encoder.count('Do you sell helmets?'));
		const pairsTotal = counted.fewShotPairs.reduce(
			(sum, pair) => sum + pair.user.total + pair.assistant.total,
			0
		);
		expect(counted.fewShot.total).toBe(pairsTotal);
	});

	it('leaves empty parts out instead of billing an empty message', async () => {
		const encoder = await loadEncoder('o200k_base');
		const counted = countPrompt(encoder, {
			system: '',
			fewShot: [{ user: '', assistant: '' }],
			user: 'Hi',
			answer: ''
		});
		expect(counted.system).toEqual({ content: 0, overhead: 0, total: 0 });
		expect(counted.fewShot.total).toBe(0);
		expect(counted.input).toBe(counted.user.total + 3);
		expect(counted.output).toBe(0);
	});

	it('explains its totals with the same numbers', async () => {
		const encoder = await loadEncoder('o200k_base');
		const counted = countPrompt(encoder, PARTS);
		const explanation = explainPromptCount(counted);
		expect(explanation.input).toBe(
			`system ${counted.system.total} + few-shot ${counted.fewShot.total} + user ${counted.user.total} + reply priming 3 = ${counted.input}`
		);
		expect(explanation.trainingExample).toBe(
			`input ${counted.input} + answer message ${counted.answer.total} = ${counted.trainingExample}`
		);
		expect(chatFormatLabel(counted.format)).toBe('Reply priming');
		expect(chatFormatNote(counted.format)).toBe(
			"Overhead is the chat format's: 3 tokens a message plus its role, and 3 to prime the reply."
		);
	});
});

describe('countPromptWithTemplate', () => {
	it('renders the request with the opening of the reply and the example with its answer (counted by hand)', () => {
		const template = `${TINY_TEMPLATE}{% if add_generation_prompt %}<s>b{% endif %}`;
		const read = readTokenizerFiles(
			JSON.stringify(TINY_BPE),
			JSON.stringify({ chat_template: template })
		);
		if (!read.ok) throw new Error(read.error);
		const parts = {
			system: 'c',
			fewShot: [{ user: 'a', assistant: 'b' }],
			user: 'ab',
			answer: 'abc'
		};
		const counted = countPromptWithTemplate(read.tokenizer, 'custom:tiny', parts);
		// Request: <s>b c</s><s>a a</s><s>b b</s><s>a ab</s><s>b = 9 word pieces + 9 special tokens.
		expect(counted.input).toBe(18);
		expect([counted.system, counted.fewShot, counted.user]).toEqual([
			{ content: 1, overhead: 0, total: 1 },
			{ content: 2, overhead: 0, total: 2 },
			{ content: 1, overhead: 0, total: 1 }
		]);
		expect(counted.format).toMatchObject({ kind: 'chat-template', tokens: 14, estimated: false });
		expect(chatFormatLabel(counted.format)).toBe('Chat template');
		expect(chatFormatNote(counted.format)).toBe(
			"Rendered with the file's chat template and tokenized; each special token counts as 1."
		);
		// Example: <s>b c</s><s>a a</s><s>b b</s><s>a ab</s><s>b abc</s> = 10 + 10.
		expect(counted.trainingExample).toBe(20);
		expect(counted.output).toBe(1);
		expect(explainPromptCount(counted)).toEqual({
			input: 'system 1 + few-shot 2 + user 1 + chat template and reply opening 14 = 18',
			trainingExample: 'contents 5 + chat template 15 = 20'
		});
		expect(counted.tokenizer).toBe('custom:tiny');
	});

	it("counts Qwen3's rendered request and example exactly", async () => {
		const qwen = await loadOpenWeightTokenizer('qwen3');
		const counted = countPromptWithTemplate(qwen, 'qwen3', PARTS);
		const request = promptChat({ ...PARTS, answer: '' });
		const rendered = qwen.renderChat(request, { addGenerationPrompt: true })!;
		expect(rendered.endsWith('<|im_end|>\n<|im_start|>assistant\n')).toBe(true);
		expect(counted.input).toBe(qwen.countChat(request, { addGenerationPrompt: true }).total);
		expect(counted.trainingExample).toBe(qwen.countChat(promptChat(PARTS)).total);
		expect(counted.system.content).toBe(qwen.count(PARTS.system));
		expect(counted.input).toBe(
			counted.system.total + counted.fewShot.total + counted.user.total + counted.format.tokens
		);
		expect(counted.tokenizerLabel).toBe('Qwen3');
		// Each ChatML turn adds <|im_start|>, the role, \n, <|im_end|>, \n: 5 tokens for 6 turns, + 3 to open the reply.
		expect(counted.format.tokens).toBe(6 * 5 + 3);
	});
});

describe('in French', () => {
	afterEach(() => useLocale('en'));

	it('explains the counts with French words and French numbers', async () => {
		const encoder = await loadEncoder('o200k_base');
		const long = { ...PARTS, system: PARTS.system.repeat(100) };
		const counted = countPrompt(encoder, long);
		useLocale('fr');
		const n = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
		expect(counted.system.total).toBeGreaterThan(999);
		expect(explainPromptCount(counted)).toEqual({
			input: `système ${n(counted.system.total)} + few-shot ${counted.fewShot.total} + utilisateur ${counted.user.total} + amorce de réponse 3 = ${n(counted.input)}`,
			trainingExample: `entrée ${n(counted.input)} + message de réponse ${counted.answer.total} = ${n(counted.trainingExample)}`
		});
		expect(chatFormatLabel(counted.format)).toBe('Amorce de réponse');
		expect(chatFormatNote(counted.format)).toBe(
			'Le surcoût vient du format de chat\u00a0: 3 tokens par message plus son rôle, et 3 pour amorcer la réponse.'
		);
	});

	it("says how a chat template's tokens were counted", () => {
		const read = readTokenizerFiles(
			JSON.stringify(TINY_BPE),
			JSON.stringify({ chat_template: TINY_TEMPLATE })
		);
		if (!read.ok) throw new Error(read.error);
		const counted = countPromptWithTemplate(read.tokenizer, 'custom:tiny', {
			system: 'c',
			fewShot: [],
			user: 'ab',
			answer: 'abc'
		});
		useLocale('fr');
		expect(chatFormatLabel(counted.format)).toBe('Modèle de chat');
		expect(chatFormatNote(counted.format)).toBe(
			'Rendu avec le modèle de chat du fichier puis tokenisé\u00a0; chaque token spécial compte pour 1.'
		);
		expect(explainPromptCount(counted).trainingExample).toMatch(
			/^contenus 3 \+ modèle de chat \d+ = \d+$/
		);
	});
});
