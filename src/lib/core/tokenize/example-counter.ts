import type { DatasetExample } from '../dataset/types';
import { isEncodingName, type EncodingName } from './encodings';
import { countExample, tallyExample, type ExampleCount } from './example';
import type { OpenWeightTokenizer } from './open-weight/tokenizer';
import { loadEncoder } from './registry';
import { isCustomTokenizerRef, type TokenizerRef } from './tokenizers';

/** Counts one training example the way the chosen model's trainer or provider sees it. */
export interface ExampleCounter {
	count(example: DatasetExample): ExampleCount;
}

/**
 * An OpenAI encoding counts by the cookbook's chat formula; an open-weight tokenizer renders the example with its
 * model's chat template, and the template's tokens beyond the contents are the overhead. Open-weight tokenizers are
 * imported only when chosen: their data is megabytes.
 */
export async function loadExampleCounter(ref: TokenizerRef): Promise<ExampleCounter> {
	if (isEncodingName(ref)) {
		const encoder = await loadEncoder(ref);
		return { count: (example) => countExample(encoder, example) };
	}
	const tokenizer = await loadTemplateTokenizer(ref);
	return { count: (example) => countWithTemplate(tokenizer, example) };
}

/**
 * A tokenizer with a chat template: shipped (its data imported only now: megabytes) or brought by the person (found
 * through the thread's custom tokenizer reader).
 */
export async function loadTemplateTokenizer(
	ref: Exclude<TokenizerRef, EncodingName>
): Promise<OpenWeightTokenizer> {
	if (isCustomTokenizerRef(ref)) {
		const { loadCustomTokenizer } = await import('./custom-load');
		return loadCustomTokenizer(ref);
	}
	const { loadOpenWeightTokenizer } = await import('./open-weight/registry');
	return loadOpenWeightTokenizer(ref);
}

function countWithTemplate(tokenizer: OpenWeightTokenizer, example: DatasetExample): ExampleCount {
	const chat = tokenizer.countChat(
		example.messages.map(({ role, content }) => ({ role, content }))
	);
	return tallyExample(example, {
		message: (message) => ({
			content: message.content === '' ? 0 : tokenizer.count(message.content),
			overhead: 0
		}),
		text: (text) => tokenizer.count(text),
		// The template's tokens beyond the contents. One that trims contents can come out a token or two under
		// their sum; the overhead is never negative.
		overhead: (content) => Math.max(0, chat.total - content)
	});
}
