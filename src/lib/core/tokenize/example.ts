import type { DatasetExample, DatasetMessage } from '../dataset/types';
import { CHAT_OVERHEAD, countMessage } from './chat';
import type { Encoder } from './registry';

export interface ExampleCount {
	/** Tokens of the example as a provider bills it. */
	total: number;
	/**
	 * Content tokens per role, every role of the example present (0 when its contents are empty). A null-prototype
	 * object: roles come from the data, so a role named `__proto__` or `constructor` is an ordinary key here.
	 */
	byRole: Record<string, number>;
	/** Content tokens of every assistant message. */
	assistant: number;
	/** Content tokens of assistant messages with weight ≠ 0 (what is trained on). */
	trainable: number;
	/** Tokens of tool calls in messages (compact JSON, an estimate). */
	toolCalls: number;
	/** Tokens of the example's tool definitions (compact JSON, an estimate). */
	toolDefinitions: number;
	/** Chat-format overhead: per-message tokens, roles, names, reply priming. */
	overhead: number;
	messages: number;
	imageParts: number;
}

/**
 * Tokens of one training example, by the chat formula of the OpenAI cookbook (see `chat.ts`): per message
 * 3 + role + content (+ 1 + name when named), and 3 per example for priming the reply.
 *
 * Tools are an estimate: a message's tool calls and the example's tool definitions are counted as the tokens of
 * their compact JSON text. Providers render them into the prompt in their own internal format, which is not
 * published, so the billed figure can differ by some tokens per call or definition.
 *
 * Image parts are counted in `imageParts` only: their tokens depend on the image and the model, not on text.
 * `total` = Σ `byRole` + `overhead` + `toolCalls` + `toolDefinitions`. A weight-0 assistant message is billed (in
 * `total` and `assistant`) but not trained on (left out of `trainable`).
 */
export function countExample(encoder: Encoder, example: DatasetExample): ExampleCount {
	return tallyExample(example, {
		message: (message) => countMessage(encoder, message),
		text: (text) => encoder.count(text),
		overhead: (_content, perMessage) => perMessage + CHAT_OVERHEAD.replyPriming
	});
}

/** How one tokenizer counts an example's parts; `overhead` turns the content and per-message sums into the format's. */
export interface ExampleTally {
	message(message: DatasetMessage): { content: number; overhead: number };
	text(text: string): number;
	overhead(content: number, perMessage: number): number;
}

/** An example's counts by role, trained-on share, tools and images, whatever the chat format's overhead rule. */
export function tallyExample(example: DatasetExample, tally: ExampleTally): ExampleCount {
	const byRole = Object.create(null) as Record<string, number>;
	let content = 0;
	let perMessage = 0;
	let assistant = 0;
	let trainable = 0;
	let toolCalls = 0;
	let imageParts = 0;

	for (const message of example.messages) {
		const counted = tally.message(message);
		content += counted.content;
		perMessage += counted.overhead;
		byRole[message.role] = (byRole[message.role] ?? 0) + counted.content;
		if (message.role === 'assistant') {
			assistant += counted.content;
			if (message.weight !== 0) trainable += counted.content;
		}
		if (message.toolCalls !== undefined) toolCalls += tally.text(message.toolCalls);
		imageParts += message.imageParts ?? 0;
	}

	const overhead = tally.overhead(content, perMessage);
	const toolDefinitions =
		example.toolDefinitions === undefined ? 0 : tally.text(example.toolDefinitions);
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
