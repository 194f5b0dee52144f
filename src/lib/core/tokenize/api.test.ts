import { describe, expect, it } from 'vitest';
import { tokenizerApi, type Progress } from './api';
import { countPrompt } from './prompt';
import { loadEncoder } from './registry';

describe('tokenizerApi', () => {
	it('counts a prompt as the core does and reports progress to the end', async () => {
		const parts = { system: 'Be brief.', fewShot: [], user: 'Hello there', answer: 'Hi.' };
		const seen: Progress[] = [];
		const counted = await tokenizerApi.countPrompt('cl100k_base', parts, (p) => seen.push(p));
		expect(counted).toEqual(countPrompt(await loadEncoder('cl100k_base'), parts));
		expect(seen.at(-1)).toEqual({ done: 1, total: 1, stage: 'Counted' });
	});

	it('counts plain text', async () => {
		expect(await tokenizerApi.countText('o200k_base', 'hello world')).toBe(2);
	});
});
