import { m } from '../i18n/locale';
import { isEncodingName } from './encodings';
import { loadTemplateTokenizer } from './example-counter';
import { countPrompt, countPromptWithTemplate, type PromptCount, type PromptParts } from './prompt';
import { loadEncoder } from './registry';
import { shippedTokenizerLabel, type TokenizerRef } from './tokenizers';

export interface Progress {
	done: number;
	total: number;
	/** What is being done, for a person to read (in the language of the thread that counts). */
	stage: string;
}

export type ProgressCallback = (progress: Progress) => void;

function countingStage(ref: TokenizerRef): string {
	const shipped = shippedTokenizerLabel(ref);
	return shipped === null
		? m.prompt_counting_with_yours()
		: m.prompt_counting_with({ tokenizer: shipped });
}

async function countPromptWith(ref: TokenizerRef, parts: PromptParts): Promise<PromptCount> {
	if (isEncodingName(ref)) return countPrompt(await loadEncoder(ref), parts);
	return countPromptWithTemplate(await loadTemplateTokenizer(ref), ref, parts);
}

/**
 * The tokenizer worker's API: plain async functions over the core. The worker entry only exposes it, so the page,
 * the command line and the tests can call the very same functions.
 */
export const tokenizerApi = {
	async countText(ref: TokenizerRef, text: string): Promise<number> {
		if (isEncodingName(ref)) return (await loadEncoder(ref)).count(text);
		return (await loadTemplateTokenizer(ref)).count(text);
	},

	async countPrompt(
		ref: TokenizerRef,
		parts: PromptParts,
		onProgress?: ProgressCallback
	): Promise<PromptCount> {
		const [counted] = await tokenizerApi.countPrompts([ref], parts, onProgress);
		return counted;
	},

	/**
	 * The same prompt under several tokenizers: the panel's choice first, then each one the sheet's scenarios use.
	 * Each loads on first use (an open-weight one takes a second or two). The first one's failure is the count's
	 * failure; another's leaves null in its place, so the panel's counts still arrive.
	 */
	async countPrompts(
		refs: readonly [TokenizerRef, ...TokenizerRef[]],
		parts: PromptParts,
		onProgress?: ProgressCallback
	): Promise<[PromptCount, ...(PromptCount | null)[]]> {
		const [first, ...others] = refs;
		const report = (done: number, ref: TokenizerRef) =>
			onProgress?.({ done, total: refs.length, stage: countingStage(ref) });
		report(0, first);
		const counted: [PromptCount, ...(PromptCount | null)[]] = [await countPromptWith(first, parts)];
		for (const [index, ref] of others.entries()) {
			report(index + 1, ref);
			counted.push(await countPromptWith(ref, parts).catch(() => null));
		}
		onProgress?.({ done: refs.length, total: refs.length, stage: m.prompt_counted() });
		return counted;
	}
};

export type TokenizerApi = typeof tokenizerApi;
