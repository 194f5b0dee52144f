import type { DatasetExample } from '../dataset/types';
import { isEncodingName } from './encodings';
import { countExample, type ExampleCount } from './example';
import type { OpenWeightTokenizer } from './open-weight/tokenizer';
import { loadEncoder } from './registry';
import type { TokenizerName } from './tokenizers';

/** Counts one training example the way the chosen model's trainer or provider sees it. */
export interface ExampleCounter {
	count(example: DatasetExample): ExampleCount;
}

/**
 * An OpenAI encoding counts by the cookbook's chat formula; an open-weight tokenizer renders the example with its
 * model's chat template, and the template's tokens beyond the contents are the overhead. Open-weight tokenizers are
 * imported only when chosen: their data is megabytes.
 */
export async function loadExampleCounter(name: TokenizerName): Promise<ExampleCounter> {
	if (isEncodingName(name)) {
		const encoder = await loadEncoder(name);
		return { count: (example) => countExample(encoder, example) };
	}
	const { loadOpenWeightTokenizer } = await import('./open-weight/registry');
	const tokenizer = await loadOpenWeightTokenizer(name);
	return { count: (example) => countWithTemplate(tokenizer, example) };
}

function countWithTemplate(tokenizer: OpenWeightTokenizer, example: DatasetExample): ExampleCount {
	const byRole = Object.create(null) as Record<string, number>;
	let content = 0;
	let assistant = 0;
	let trainable = 0;
	let toolCalls = 0;
	let imageParts = 0;
	for (const message of example.messages) {
		const tokens = message.content === '' ? 0 : tokenizer.count(message.content);
		content += tokens;
		byRole[message.role] = (byRole[message.role] ?? 0) + tokens;
		if (message.role === 'assistant') {
			assistant += tokens;
			if (message.weight !== 0) trainable += tokens;
		}
		if (message.toolCalls !== undefined) toolCalls += tokenizer.count(message.toolCalls);
		imageParts += message.imageParts ?? 0;
	}
	const chat = tokenizer.countChat(
		example.messages.map(({ role, content: text }) => ({ role, content: text }))
	);
	// A template that trims contents can come out a token or two under their sum; the overhead is never negative.
	const overhead = Math.max(0, chat.total - content);
	const toolDefinitions =
		example.toolDefinitions === undefined ? 0 : tokenizer.count(example.toolDefinitions);
	return {
		total: content + overhead + toolCalls + toolDefinitions,
		byRole,
		assistant,
		trainable,
		toolCalls,
		toolDefinitions,
		overhead,
		messages: example.messages.length,
		imageParts
	};
}
