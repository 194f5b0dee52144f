/*
 * Exact token counts under an open-weight model's own tokenizer (a Hugging Face tokenizer.json, run by
 * @huggingface/tokenizers) and its chat template. Used for the shipped tokenizers and for ones a person brings.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { CountMemo } from '../count-memo';
import { ChatTemplate, ChatTemplateError, type TemplateMessage } from './chat-template';
import {
	ESTIMATED_CHAT_OVERHEAD,
	type ChatCountMethod,
	type ChatTemplateOrigin
} from './chat-method';

// Part of this module's answers; described for people by chat-method.ts, which does not load the engine.
export {
	ESTIMATED_CHAT_OVERHEAD,
	type ChatCountMethod,
	type ChatTemplateOrigin
} from './chat-method';

export type OpenWeightChatMessage = TemplateMessage;

export interface OpenWeightChatCount {
	/**
	 * Tokens of the conversation as the chat template renders it (or the estimate, see `estimated`). As in Hugging
	 * Face's apply_chat_template, special-token text inside a message reads as that special token here, while
	 * `content` counts it as text.
	 */
	total: number;
	/** Σ count(message content): the messages' own text. */
	content: number;
	/**
	 * total − content: what the template adds (role headers, turn markers, separators). Attributed, not separately
	 * tokenized: a template that trims content or merges it with a neighbouring marker shifts a token or two.
	 */
	template: number;
	/** true when no chat template could render the conversation and `total` uses ESTIMATED_CHAT_OVERHEAD. */
	estimated: boolean;
	/** How `total` was obtained; `describeChatCountMethod` says it to a person. */
	method: ChatCountMethod;
}

export interface OpenWeightTokenizer {
	/** Whose tokenizer this is, for explanations ('Qwen3', 'Custom tokenizer'). */
	readonly name: string;
	/** Tokens the model knows, added tokens included. */
	readonly vocabularySize: number;
	readonly hasChatTemplate: boolean;
	/** Tokens of plain text: no special tokens added, special-token text (`<|im_start|>`) counted as ordinary text. */
	count(text: string): number;
	/** The token ids `count` counts. */
	encode(text: string): number[];
	/** The conversation as the chat template renders it; null without a template. Throws when the template refuses it. */
	renderChat(messages: readonly OpenWeightChatMessage[], options?: ChatCountOptions): string | null;
	/** Tokens of one training example (or request): the rendered conversation, its content and the template's share. */
	countChat(
		messages: readonly OpenWeightChatMessage[],
		options?: ChatCountOptions
	): OpenWeightChatCount;
}

export interface ChatCountOptions {
	/** Counts a request: the conversation followed by the opening of the assistant's reply (a ChatML-style estimate
	 * takes `<|im_start|>assistant\n`, 3 tokens). */
	addGenerationPrompt?: boolean;
}

/** The parts of an added-token entry of tokenizer.json this module reads. */
export interface AddedTokenData {
	id: number;
	content: string;
	special: boolean;
	normalized?: boolean;
}

/** A tokenizer.json: the added tokens are read here, everything else goes to @huggingface/tokenizers as it is. */
export interface TokenizerJsonData {
	model: unknown;
	added_tokens?: readonly AddedTokenData[];
	[key: string]: unknown;
}

export interface OpenWeightTokenizerSource {
	name: string;
	tokenizerJson: TokenizerJsonData;
	tokenizerConfig: Record<string, unknown>;
	/** The chat template's Jinja; null when there is none. */
	chatTemplate: string | null;
	/** Whose template it is, for `method`. */
	templateOrigin: ChatTemplateOrigin;
}

const NO_MESSAGES: OpenWeightChatCount = {
	total: 0,
	content: 0,
	template: 0,
	estimated: false,
	method: { kind: 'no-messages' }
};

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Vocabulary entries of the model plus added tokens that are not among them. */
export function vocabularySizeOf(json: TokenizerJsonData): number {
	const model = json.model as { vocab?: unknown };
	const vocab = model.vocab;
	let size = 0;
	let has: (content: string) => boolean = () => false;
	if (Array.isArray(vocab)) {
		size = vocab.length;
		const pieces = new Set(vocab.map((entry: unknown) => (Array.isArray(entry) ? entry[0] : '')));
		has = (content) => pieces.has(content);
	} else if (typeof vocab === 'object' && vocab !== null) {
		size = Object.keys(vocab).length;
		has = (content) => Object.hasOwn(vocab, content);
	}
	for (const token of json.added_tokens ?? []) if (!has(token.content)) size++;
	return size;
}

class HuggingFaceOpenWeightTokenizer implements OpenWeightTokenizer {
	readonly name: string;
	readonly vocabularySize: number;
	readonly hasChatTemplate: boolean;
	readonly #source: OpenWeightTokenizerSource;
	/** Recognises every added token: the rendered chat, where the template's markers are special tokens. */
	readonly #withSpecialTokens: Tokenizer;
	/** Special tokens left out, so their text is ordinary text: content. Built on first need. */
	#withoutSpecialTokens: Tokenizer | null = null;
	readonly #specialTokenText: RegExp | null;
	readonly #specialTokenFirstCharacters: string[];
	/** A special token matched after normalisation could hide in text that does not contain it as written. */
	readonly #specialTokensMatchNormalized: boolean;
	readonly #template: ChatTemplate | null;
	readonly #memo = new CountMemo();

	constructor(source: OpenWeightTokenizerSource) {
		this.#source = source;
		this.name = source.name;
		this.#withSpecialTokens = new Tokenizer(source.tokenizerJson, source.tokenizerConfig);
		this.vocabularySize = vocabularySizeOf(source.tokenizerJson);
		const special = (source.tokenizerJson.added_tokens ?? []).filter((token) => token.special);
		this.#specialTokenText =
			special.length === 0
				? null
				: new RegExp(special.map((token) => escapeRegExp(token.content)).join('|'), 'u');
		this.#specialTokenFirstCharacters = [
			...new Set(special.map((token) => String.fromCodePoint(token.content.codePointAt(0) ?? 0)))
		];
		this.#specialTokensMatchNormalized = special.some((token) => token.normalized === true);
		this.#template =
			source.chatTemplate === null
				? null
				: new ChatTemplate(source.chatTemplate, source.tokenizerConfig);
		this.hasChatTemplate = this.#template !== null;
	}

	/**
	 * Text without any special token's text encodes the same with or without the special tokens, so the second
	 * tokenizer is built only for text that holds one: its memory and build time are spent rarely.
	 */
	#contentTokenizer(text: string): Tokenizer {
		if (this.#specialTokenText === null) return this.#withSpecialTokens;
		const mayHoldSpecialToken =
			this.#specialTokensMatchNormalized ||
			(this.#specialTokenFirstCharacters.some((first) => text.includes(first)) &&
				this.#specialTokenText.test(text));
		if (!mayHoldSpecialToken) return this.#withSpecialTokens;
		if (this.#withoutSpecialTokens === null) {
			const json = this.#source.tokenizerJson;
			this.#withoutSpecialTokens = new Tokenizer(
				{ ...json, added_tokens: (json.added_tokens ?? []).filter((token) => !token.special) },
				this.#source.tokenizerConfig
			);
		}
		return this.#withoutSpecialTokens;
	}

	encode(text: string): number[] {
		if (text === '') return [];
		return this.#contentTokenizer(text).encode(text, { add_special_tokens: false }).ids;
	}

	count(text: string): number {
		if (text === '') return 0;
		return this.#memo.count(text, (uncounted) => this.encode(uncounted).length);
	}

	renderChat(
		messages: readonly OpenWeightChatMessage[],
		options: ChatCountOptions = {}
	): string | null {
		return this.#template === null
			? null
			: this.#template.render(messages, options.addGenerationPrompt === true);
	}

	countChat(
		messages: readonly OpenWeightChatMessage[],
		options: ChatCountOptions = {}
	): OpenWeightChatCount {
		if (messages.length === 0) return NO_MESSAGES;
		const content = messages.reduce((sum, message) => sum + this.count(message.content), 0);
		const request = options.addGenerationPrompt === true;
		if (this.#template === null) return this.#estimate(messages, content, null, request);
		let rendered: string;
		try {
			rendered = this.#template.render(messages, request);
		} catch (error) {
			if (!(error instanceof ChatTemplateError)) throw error;
			return this.#estimate(
				messages,
				content,
				{ template: this.#source.templateOrigin, error: error.message },
				request
			);
		}
		// As apply_chat_template(tokenize=True): the template writes its own special tokens, none are added.
		const total =
			rendered === ''
				? 0
				: this.#withSpecialTokens.encode(rendered, { add_special_tokens: false }).ids.length;
		return {
			total,
			content,
			template: total - content,
			estimated: false,
			method: { kind: 'rendered', template: this.#source.templateOrigin }
		};
	}

	#estimate(
		messages: readonly OpenWeightChatMessage[],
		content: number,
		refused: { template: ChatTemplateOrigin; error: string } | null,
		request: boolean
	): OpenWeightChatCount {
		const { perMessage, perConversation, generationPrompt } = ESTIMATED_CHAT_OVERHEAD;
		const template = messages.reduce<number>(
			(sum, message) => sum + perMessage + this.count(message.role),
			perConversation + (request ? generationPrompt : 0)
		);
		return {
			total: content + template,
			content,
			template,
			estimated: true,
			method: { kind: 'estimated', refused, request }
		};
	}
}

/** Builds the counter. Throws when the tokenizer or the chat template cannot be built. */
export function createOpenWeightTokenizer(source: OpenWeightTokenizerSource): OpenWeightTokenizer {
	return new HuggingFaceOpenWeightTokenizer(source);
}
