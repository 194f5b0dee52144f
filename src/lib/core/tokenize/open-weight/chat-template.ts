/*
 * Chat templates: the Jinja text in a tokenizer_config.json that turns a conversation into the one string a model is
 * trained on. Rendered with @huggingface/jinja the way Hugging Face's apply_chat_template renders it: the messages,
 * the special tokens named in the config, no tools. A training example ends with its answer, so no generation prompt;
 * a request (the prompt panel's input) ends with one, as a serving stack adds it.
 */
import { Template } from '@huggingface/jinja';
import { m } from '../../i18n/locale';

/** A message as a chat template reads it. Only these two fields reach the template. */
export interface TemplateMessage {
	role: string;
	content: string;
}

/** The special-token names apply_chat_template passes to every template, as tokenizer_config.json names them. */
const SPECIAL_TOKEN_KEYS = [
	'bos_token',
	'eos_token',
	'unk_token',
	'sep_token',
	'pad_token',
	'cls_token',
	'mask_token'
] as const;

/** Hugging Face's name for the template used when a config lists several. */
const DEFAULT_TEMPLATE_NAME = 'default';

export type ChatTemplateSource = { ok: true; source: string | null } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The chat template of a tokenizer_config.json: its `chat_template` string, or the entry named 'default' when it lists
 * named templates. `source: null` when the config has none.
 */
export function chatTemplateOf(config: Record<string, unknown>): ChatTemplateSource {
	const template = Object.hasOwn(config, 'chat_template') ? config.chat_template : undefined;
	if (template === undefined || template === null) return { ok: true, source: null };
	if (typeof template === 'string') return { ok: true, source: template };
	if (Array.isArray(template)) {
		const named = template.find(
			(entry) => isRecord(entry) && entry.name === DEFAULT_TEMPLATE_NAME
		) as Record<string, unknown> | undefined;
		if (named && typeof named.template === 'string') return { ok: true, source: named.template };
		return {
			ok: false,
			error: m.tokenizers_template_list_no_default({ name: DEFAULT_TEMPLATE_NAME })
		};
	}
	return { ok: false, error: m.tokenizers_template_wrong_type() };
}

/** A special token as tokenizer_config.json writes it: a string, or an AddedToken object with `content`. */
function tokenText(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (isRecord(value) && typeof value.content === 'string') return value.content;
	return undefined;
}

/** The variables apply_chat_template adds to the messages: each special token the config names. */
export function specialTokenVariables(config: Record<string, unknown>): Record<string, unknown> {
	const variables: Record<string, unknown> = {};
	for (const key of SPECIAL_TOKEN_KEYS) {
		const text = Object.hasOwn(config, key) ? tokenText(config[key]) : undefined;
		if (text !== undefined) variables[key] = text;
	}
	const additional = config.additional_special_tokens;
	if (Object.hasOwn(config, 'additional_special_tokens') && Array.isArray(additional)) {
		variables.additional_special_tokens = additional
			.map(tokenText)
			.filter((text): text is string => text !== undefined);
	}
	return variables;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export class ChatTemplateError extends Error {}

/** A parsed chat template, ready to render conversations. */
export class ChatTemplate {
	readonly source: string;
	readonly #template: Template;
	readonly #variables: Record<string, unknown>;

	/** Throws ChatTemplateError when the Jinja does not parse. */
	constructor(source: string, config: Record<string, unknown>) {
		this.source = source;
		try {
			this.#template = new Template(source);
		} catch (error) {
			throw new ChatTemplateError(messageOf(error));
		}
		this.#variables = specialTokenVariables(config);
	}

	/**
	 * The conversation as the model sees it; with `addGenerationPrompt`, followed by the opening of the assistant's
	 * reply. Throws ChatTemplateError when the template refuses it.
	 */
	render(messages: readonly TemplateMessage[], addGenerationPrompt = false): string {
		try {
			const rendered: unknown = this.#template.render({
				...this.#variables,
				// Copies: the template sees role and content only, never other fields of the caller's objects.
				messages: messages.map((message) => ({ role: message.role, content: message.content })),
				tools: null,
				documents: null,
				add_generation_prompt: addGenerationPrompt
			});
			if (typeof rendered !== 'string') throw new Error(m.tokenizers_template_no_text());
			return rendered;
		} catch (error) {
			throw new ChatTemplateError(messageOf(error));
		}
	}
}
