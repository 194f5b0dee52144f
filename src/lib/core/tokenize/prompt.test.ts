import { describe, expect, it } from 'vitest';
import { countChat } from './chat';
import { countPrompt, promptChat, type PromptParts } from './prompt';
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
			counted.system.total + counted.fewShot.total + counted.user.total + counted.replyPriming
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
		expect(counted.explanation.input).toBe(
			`system ${counted.system.total} + few-shot ${counted.fewShot.total} + user ${counted.user.total} + reply priming 3 = ${counted.input}`
		);
		expect(counted.explanation.trainingExample).toBe(
			`input ${counted.input} + answer message ${counted.answer.total} = ${counted.trainingExample}`
		);
	});
});
