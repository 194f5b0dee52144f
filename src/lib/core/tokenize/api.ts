import type { EncodingName } from './encodings';
import { countPrompt, type PromptCount, type PromptParts } from './prompt';
import { loadEncoder } from './registry';

export interface Progress {
	done: number;
	total: number;
	/** What is being done, for a person to read. */
	stage: string;
}

export type ProgressCallback = (progress: Progress) => void;

/**
 * The tokenizer worker's API: plain async functions over the core. The worker entry only exposes it, so the page,
 * the command line and the tests can call the very same functions.
 */
export const tokenizerApi = {
	/** Loads an encoding's ranks ahead of the first count. */
	async prepare(encoding: EncodingName): Promise<void> {
		await loadEncoder(encoding);
	},

	async countText(encoding: EncodingName, text: string): Promise<number> {
		return (await loadEncoder(encoding)).count(text);
	},

	async countPrompt(
		encoding: EncodingName,
		parts: PromptParts,
		onProgress?: ProgressCallback
	): Promise<PromptCount> {
		onProgress?.({ done: 0, total: 1, stage: `Loading ${encoding}` });
		const encoder = await loadEncoder(encoding);
		onProgress?.({ done: 0, total: 1, stage: 'Counting' });
		const counted = countPrompt(encoder, parts);
		onProgress?.({ done: 1, total: 1, stage: 'Counted' });
		return counted;
	}
};

export type TokenizerApi = typeof tokenizerApi;
