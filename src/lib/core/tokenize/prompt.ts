import { countMessage, CHAT_OVERHEAD, type ChatMessage } from './chat';
import { formatCount } from '../format';
import { m } from '../i18n/locale';
import { describeChatCountMethod, type ChatCountMethod } from './open-weight/chat-method';
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

/**
 * The chat format's tokens that belong to no single part: OpenAI's reply priming, or a whole chat template's. Data
 * only: `chatFormatLabel` and `chatFormatNote` write it for a person, in the language of the moment.
 */
export type ChatFormatCount =
	| { kind: 'reply-priming'; tokens: number; estimated: false }
	| {
			kind: 'chat-template';
			tokens: number;
			/** How the request's template tokens were counted. */
			method: ChatCountMethod;
			/** true when no chat template rendered the request and the figure is ESTIMATED_CHAT_OVERHEAD's. */
			estimated: boolean;
	  };

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
		format: { kind: 'reply-priming', tokens: replyPriming, estimated: false },
		input,
		output: answer.content,
		trainingExample
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
			kind: 'chat-template',
			tokens: formatTokens,
			method: inputChat.method,
			estimated: inputChat.estimated || exampleChat.estimated
		},
		input: inputChat.total,
		output: answer.content,
		trainingExample: exampleChat.total
	};
}

/** The name of the chat format's own row: "Reply priming" or "Chat template", in the current language. */
export function chatFormatLabel(format: ChatFormatCount): string {
	return format.kind === 'reply-priming'
		? m.prompt_format_reply_priming()
		: m.prompt_format_chat_template();
}

/** How the chat format's tokens were counted, for a person to read, in the current language. */
export function chatFormatNote(format: ChatFormatCount): string {
	return format.kind === 'reply-priming'
		? m.prompt_note_priming({
				perMessage: formatCount(CHAT_OVERHEAD.perMessage),
				priming: formatCount(format.tokens)
			})
		: describeChatCountMethod(format.method);
}

/** How the input and the training example add up, with the count's own numbers, in the current language. */
export function explainPromptCount(count: PromptCount): { input: string; trainingExample: string } {
	const parts = {
		system: formatCount(count.system.total),
		fewShot: formatCount(count.fewShot.total),
		user: formatCount(count.user.total),
		input: formatCount(count.input)
	};
	if (count.format.kind === 'reply-priming') {
		return {
			input: m.prompt_explain_input_priming({
				...parts,
				priming: formatCount(count.format.tokens)
			}),
			trainingExample: m.prompt_explain_training_priming({
				input: parts.input,
				answer: formatCount(count.answer.total),
				total: formatCount(count.trainingExample)
			})
		};
	}
	// The rendered example's contents are its messages' texts, which are the parts' contents (a part's count under a
	// chat template is its content alone); the template's share is the rest.
	const contents =
		count.system.content + count.fewShot.content + count.user.content + count.answer.content;
	return {
		input: m.prompt_explain_input_template({ ...parts, format: formatCount(count.format.tokens) }),
		trainingExample: m.prompt_explain_training_template({
			content: formatCount(contents),
			template: formatCount(count.trainingExample - contents),
			total: formatCount(count.trainingExample)
		})
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
