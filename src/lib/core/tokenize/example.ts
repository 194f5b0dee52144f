import type { DatasetExample } from '../dataset/types';
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
	const byRole = Object.create(null) as Record<string, number>;
	let content = 0;
	let assistant = 0;
	let trainable = 0;
	let toolCalls = 0;
	let overhead: number = CHAT_OVERHEAD.replyPriming;
	let imageParts = 0;

	for (const message of example.messages) {
		const counted = countMessage(encoder, message);
		content += counted.content;
		overhead += counted.overhead;
		byRole[message.role] = (byRole[message.role] ?? 0) + counted.content;
		if (message.role === 'assistant') {
			assistant += counted.content;
			if (message.weight !== 0) trainable += counted.content;
		}
		if (message.toolCalls !== undefined) toolCalls += encoder.count(message.toolCalls);
		imageParts += message.imageParts ?? 0;
	}

	const toolDefinitions =
		example.toolDefinitions === undefined ? 0 : encoder.count(example.toolDefinitions);
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
