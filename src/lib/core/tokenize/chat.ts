import type { Encoder } from './registry';

/**
 * Chat-format overhead, from the OpenAI cookbook's token counting for chat models, which providers' fine-tuning
 * estimators follow: every message costs 3 tokens on top of its values, a `name` 1 more, and every example 3 for
 * priming the reply.
 */
export const CHAT_OVERHEAD = {
	perMessage: 3,
	perName: 1,
	replyPriming: 3
} as const;

export interface ChatMessage {
	role: string;
	content: string;
	name?: string;
	/** 0 = billed but not trained on. Not text: never counted. */
	weight?: 0 | 1;
}

export interface MessageCount {
	role: string;
	/** Tokens of the content alone. */
	content: number;
	/** Per-message overhead, the role's tokens, and the name's tokens plus 1 when a name is given. */
	overhead: number;
	total: number;
}

export interface ChatCount {
	messages: MessageCount[];
	replyPriming: number;
	total: number;
}

export function countMessage(encoder: Encoder, message: ChatMessage): MessageCount {
	const content = encoder.count(message.content);
	let overhead = CHAT_OVERHEAD.perMessage + encoder.count(message.role);
	if (message.name !== undefined) overhead += CHAT_OVERHEAD.perName + encoder.count(message.name);
	return { role: message.role, content, overhead, total: content + overhead };
}

/** Tokens of one chat example as a provider bills it: Σ messages + reply priming. */
export function countChat(encoder: Encoder, messages: readonly ChatMessage[]): ChatCount {
	const counted = messages.map((message) => countMessage(encoder, message));
	const replyPriming: number = CHAT_OVERHEAD.replyPriming;
	return {
		messages: counted,
		replyPriming,
		total: counted.reduce((sum, message) => sum + message.total, replyPriming)
	};
}
