import { countMessage, CHAT_OVERHEAD, type ChatMessage } from './chat';
import { formatCount } from '../format';
import type { OpenWeightTokenizer } from './open-weight/tokenizer';
import type { Encoder } from './registry';
import type { TokenizerRef } from './tokenizers';

export interface FewShotPair {
	user: string;
	assistant: string;
}

/** A sample request as a person pastes it: the parts a per-request cost is built from. */
export interface PromptParts {
	system: string;
	fewShot: FewShotPair[];
	user: string;
	/** The expected answer: the output tokens of a request, the assistant turn of a training example. */
	answer: string;
}

/** Tokens of one part of a prompt: its contents, and the chat overhead of its messages. */
export interface PartCount {
	content: number;
	overhead: number;
	total: number;
}

/** The chat format's tokens that belong to no single part: reply priming, or a whole chat template's. */
export interface ChatFormatCount {
	/** 'Reply priming' or 'Chat template'. */
	label: string;
	tokens: number;
	/** How the format's tokens were counted, for a person to read. */
	note: string;
	/** true when no chat template rendered the request and the figure is ESTIMATED_CHAT_OVERHEAD's. */
	estimated: boolean;
}

export interface PromptCount {
	tokenizer: TokenizerRef;
	/** 'o200k_base', 'Llama 3', or the name given to a tokenizer the person added. */
	tokenizerLabel: string;
	system: PartCount;
	/** All few-shot examples together. */
	fewShot: PartCount;
	/** Each few-shot example's user and assistant messages, in order. */
	fewShotPairs: { user: PartCount; assistant: PartCount }[];
	user: PartCount;
	/** The answer's message as it stands in a training example. */
	answer: PartCount;
	/** Billed with every request besides the parts: OpenAI's reply priming, or a chat template's tokens. */
	format: ChatFormatCount;
	/** Prompt tokens of one request: system + few-shot + user + the format's tokens. */
	input: number;
	/** Completion tokens of one request: the answer's content. */
	output: number;
	/** The whole chat as one fine-tuning example: the input plus the answer's message. */
	trainingExample: number;
	explanation: { input: string; trainingExample: string };
}

/** An empty part sends no message, so it is left out of the chat. */
function message(role: string, content: string): ChatMessage[] {
	return content === '' ? [] : [{ role, content }];
}

function pairMessages(pair: FewShotPair): ChatMessage[] {
	return [...message('user', pair.user), ...message('assistant', pair.assistant)];
}

function countPart(encoder: Encoder, messages: readonly ChatMessage[]): PartCount {
	return sumParts(messages.map((m) => countMessage(encoder, m)));
}

function sumParts(counts: readonly PartCount[]): PartCount {
	return counts.reduce(
		(sum, count) => ({
			content: sum.content + count.content,
			overhead: sum.overhead + count.overhead,
			total: sum.total + count.total
		}),
		{ content: 0, overhead: 0, total: 0 }
	);
}

/** Each part of the prompt counted by `count` (role, text), and the few-shot examples added up. */
function countEachPart(
	parts: PromptParts,
	count: (role: 'system' | 'user' | 'assistant', text: string) => PartCount
) {
	const fewShotPairs = parts.fewShot.map((pair) => ({
		user: count('user', pair.user),
		assistant: count('assistant', pair.assistant)
	}));
	return {
		system: count('system', parts.system),
		fewShotPairs,
		fewShot: sumParts(fewShotPairs.flatMap((pair) => [pair.user, pair.assistant])),
		user: count('user', parts.user),
		answer: count('assistant', parts.answer)
	};
}

/** OpenAI's chat format: each message's overhead is its own, and 3 tokens prime the reply. */
export function countPrompt(encoder: Encoder, parts: PromptParts): PromptCount {
	const { system, fewShotPairs, fewShot, user, answer } = countEachPart(parts, (role, text) =>
		countPart(encoder, message(role, text))
	);
	const replyPriming = CHAT_OVERHEAD.replyPriming;
	const input = system.total + fewShot.total + user.total + replyPriming;
	const trainingExample = input + answer.total;
	return {
		tokenizer: encoder.encoding,
		tokenizerLabel: encoder.encoding,
		system,
		fewShot,
		fewShotPairs,
		user,
		answer,
		format: {
			label: 'Reply priming',
			tokens: replyPriming,
			note: `Overhead is the chat format's: ${CHAT_OVERHEAD.perMessage} tokens a message plus its role, and ${replyPriming} to prime the reply.`,
			estimated: false
		},
		input,
		output: answer.content,
		trainingExample,
		explanation: {
			input: `system ${formatCount(system.total)} + few-shot ${formatCount(fewShot.total)} + user ${formatCount(user.total)} + reply priming ${replyPriming} = ${formatCount(input)}`,
			trainingExample: `input ${formatCount(input)} + answer message ${formatCount(answer.total)} = ${formatCount(trainingExample)}`
		}
	};
}

function contentPart(tokenizer: OpenWeightTokenizer, text: string): PartCount {
	const content = tokenizer.count(text);
	return { content, overhead: 0, total: content };
}

/**
 * An open-weight model's chat format: the request (system, few-shot, user, then the opening of the reply) and the
 * training example (the whole chat with its answer) are each rendered with the model's chat template and tokenized.
 * A template's tokens cannot be split by part (it may trim, merge or move messages), so each part counts its content
 * and the template's tokens are one figure.
 */
export function countPromptWithTemplate(
	tokenizer: OpenWeightTokenizer,
	ref: TokenizerRef,
	parts: PromptParts
): PromptCount {
	const { system, fewShotPairs, fewShot, user, answer } = countEachPart(parts, (_role, text) =>
		contentPart(tokenizer, text)
	);
	const chat = promptChat(parts);
	const request = parts.answer === '' ? chat : chat.slice(0, -1);
	const inputChat = tokenizer.countChat(request, { addGenerationPrompt: true });
	const exampleChat = tokenizer.countChat(chat);
	const contents = system.total + fewShot.total + user.total;
	// The rendered request, not the sum of parts: a template that trims content can come out under it.
	const formatTokens = inputChat.total - contents;
	return {
		tokenizer: ref,
		tokenizerLabel: tokenizer.name,
		system,
		fewShot,
		fewShotPairs,
		user,
		answer,
		format: {
			label: 'Chat template',
			tokens: formatTokens,
			note: inputChat.method,
			estimated: inputChat.estimated || exampleChat.estimated
		},
		input: inputChat.total,
		output: answer.content,
		trainingExample: exampleChat.total,
		explanation: {
			input: `system ${formatCount(system.total)} + few-shot ${formatCount(fewShot.total)} + user ${formatCount(user.total)} + chat template and reply opening ${formatCount(formatTokens)} = ${formatCount(inputChat.total)}`,
			trainingExample: `contents ${formatCount(exampleChat.content)} + chat template ${formatCount(exampleChat.template)} = ${formatCount(exampleChat.total)}`
		}
	};
}

/** The request and its answer as one chat, in order: what a fine-tuning example built from this prompt holds. */
export function promptChat(parts: PromptParts): ChatMessage[] {
	return [
		...message('system', parts.system),
		...parts.fewShot.flatMap(pairMessages),
		...message('user', parts.user),
		...message('assistant', parts.answer)
	];
}
