/*
 * Bring your own tokenizer: a Hugging Face tokenizer.json (and, for the chat template, its tokenizer_config.json or
 * chat_template.jinja) chosen by the person. The files are untrusted: checked before anything is built, and every
 * refusal says what is wrong.
 */
import { z } from 'zod';
import { numberFormat } from '../../format';
import { m } from '../../i18n/locale';
import { ChatTemplate, ChatTemplateError, chatTemplateOf } from './chat-template';
import {
	createOpenWeightTokenizer,
	vocabularySizeOf,
	type AddedTokenData,
	type OpenWeightTokenizer,
	type TokenizerJsonData
} from './tokenizer';

/** Larger than any common tokenizer.json (Gemma 3's is about 33 MB); counted in characters, about bytes for JSON. */
export const MAX_TOKENIZER_JSON_CHARS = 64 * 1024 * 1024;
/** tokenizer_config.json and chat templates are small (Gemma 3's config, with every added token, is 1.1 MB). */
export const MAX_TOKENIZER_CONFIG_CHARS = 8 * 1024 * 1024;
/** The tokenizer models @huggingface/tokenizers runs. */
export const SUPPORTED_MODEL_TYPES = ['BPE', 'Unigram', 'WordPiece'] as const;
/** Far above any real vocabulary; refuses ids that would make sparse arrays of billions of slots. */
const MAX_TOKEN_ID = 16_777_216;

export interface CustomTokenizerSummary {
	modelType: string;
	vocabularySize: number;
	hasChatTemplate: boolean;
}

export type TokenizerFilesRead =
	| { ok: true; tokenizer: OpenWeightTokenizer; summary: CustomTokenizerSummary }
	| { ok: false; error: string };

const tokenId = z.number().int().nonnegative().max(MAX_TOKEN_ID);

const addedToken = z.object({
	id: tokenId,
	content: z.string().min(1),
	special: z.boolean(),
	normalized: z.boolean().optional()
});

/** Pipeline parts are objects named by `type`; their own checks belong to @huggingface/tokenizers. */
const component = z.object({ type: z.string() }).nullable().optional();

const tokenizerFile = z.object({
	model: z.object({ type: z.string().optional() }),
	added_tokens: z.array(addedToken).optional(),
	normalizer: component,
	pre_tokenizer: component,
	post_processor: component,
	decoder: component
});

const vocabularyMap = z.record(z.string(), tokenId);

const MODEL_SCHEMAS: Record<(typeof SUPPORTED_MODEL_TYPES)[number], z.ZodType> = {
	BPE: z.object({
		vocab: vocabularyMap,
		merges: z.array(z.union([z.string(), z.tuple([z.string(), z.string()])]))
	}),
	Unigram: z.object({
		vocab: z.array(z.tuple([z.string(), z.number()])).min(1),
		unk_id: tokenId.nullable().optional()
	}),
	WordPiece: z.object({ vocab: vocabularyMap, unk_token: z.string() })
};

function describe(error: z.ZodError, prefix: string): string {
	return error.issues
		.slice(0, 3)
		.map((issue) => {
			const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}

/** A size in characters as megabytes of 2²⁰, with one decimal: "65.0 MB" ("65,0 Mo" in French). */
function megabytes(chars: number): string {
	const value = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
		chars / (1024 * 1024)
	);
	return m.unit_mb({ value });
}

function parseJson(
	text: string,
	file: string,
	limit: number
): { ok: true; value: unknown } | { ok: false; error: string } {
	if (text.length > limit) {
		return {
			ok: false,
			error: m.tokenizers_file_too_large({
				file,
				size: megabytes(text.length),
				limit: megabytes(limit)
			})
		};
	}
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, error: m.tokenizers_invalid_json({ file, reason }) };
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTokenizerJson(
	text: string
): { ok: true; json: TokenizerJsonData; modelType: string } | { ok: false; error: string } {
	const parsed = parseJson(text, 'tokenizer.json', MAX_TOKENIZER_JSON_CHARS);
	if (!parsed.ok) return parsed;
	const data = parsed.value;
	if (!isRecord(data) || !isRecord(data.model)) {
		const looksLikeConfig =
			isRecord(data) && ('chat_template' in data || 'tokenizer_class' in data);
		return {
			ok: false,
			error: looksLikeConfig ? m.tokenizers_config_not_tokenizer() : m.tokenizers_no_model_section()
		};
	}
	const file = tokenizerFile.safeParse(data);
	if (!file.success) {
		return { ok: false, error: m.tokenizers_malformed({ details: describe(file.error, '') }) };
	}
	const modelType = file.data.model.type;
	if (modelType === undefined) {
		return { ok: false, error: m.tokenizers_no_model_type() };
	}
	if (!(SUPPORTED_MODEL_TYPES as readonly string[]).includes(modelType)) {
		return {
			ok: false,
			error: m.tokenizers_unsupported_type({
				type: modelType,
				supported: SUPPORTED_MODEL_TYPES.join(', ')
			})
		};
	}
	const type = modelType as (typeof SUPPORTED_MODEL_TYPES)[number];
	const model = MODEL_SCHEMAS[type].safeParse(data.model);
	if (!model.success) {
		return {
			ok: false,
			error: m.tokenizers_malformed({ details: describe(model.error, 'model') })
		};
	}
	// Hugging Face always writes the pipeline parts, null when unused; @huggingface/tokenizers requires the keys.
	const json: TokenizerJsonData = {
		normalizer: null,
		pre_tokenizer: null,
		post_processor: null,
		decoder: null,
		...data,
		model: data.model,
		// The file's own entries: their lstrip, rstrip and single_word flags matter, and were checked above.
		added_tokens: Array.isArray(data.added_tokens) ? (data.added_tokens as AddedTokenData[]) : []
	};
	return { ok: true, json, modelType };
}

function readTemplate(
	configText: string | undefined,
	templateText: string | undefined
):
	| { ok: true; config: Record<string, unknown>; template: string | null }
	| { ok: false; error: string } {
	let config: Record<string, unknown> = {};
	let template: string | null = null;
	if (configText !== undefined) {
		const parsed = parseJson(configText, 'tokenizer_config.json', MAX_TOKENIZER_CONFIG_CHARS);
		if (!parsed.ok) return parsed;
		if (!isRecord(parsed.value)) {
			return { ok: false, error: m.tokenizers_config_not_object() };
		}
		config = parsed.value;
		const source = chatTemplateOf(config);
		if (!source.ok) {
			return {
				ok: false,
				error: m.tokenizers_file_error({ file: 'tokenizer_config.json', error: source.error })
			};
		}
		template = source.source;
	}
	if (templateText !== undefined) {
		if (templateText.length > MAX_TOKENIZER_CONFIG_CHARS) {
			return {
				ok: false,
				error: m.tokenizers_template_too_large({
					size: megabytes(templateText.length),
					limit: megabytes(MAX_TOKENIZER_CONFIG_CHARS)
				})
			};
		}
		// A chat_template.jinja file wins over the config's template, as in Hugging Face's loader.
		template = templateText;
	}
	return { ok: true, config, template };
}

/** A conversation every chat template should render: it tells a broken template from one that refuses odd input. */
const TRIAL_CONVERSATION = [
	{ role: 'user', content: 'Hello' },
	{ role: 'assistant', content: 'Hi' }
];

/**
 * Reads a tokenizer.json (required) and, for the chat template, a tokenizer_config.json and/or a chat_template.jinja.
 * Without a template, countChat estimates (ESTIMATED_CHAT_OVERHEAD).
 */
export function readTokenizerFiles(
	tokenizerJson: string,
	tokenizerConfigJson?: string,
	chatTemplateJinja?: string,
	name: string = m.tokenizers_default_name()
): TokenizerFilesRead {
	const tokenizerFileRead = readTokenizerJson(tokenizerJson);
	if (!tokenizerFileRead.ok) return tokenizerFileRead;
	const { json, modelType } = tokenizerFileRead;
	const vocabularySize = vocabularySizeOf(json);
	if (vocabularySize === 0) return { ok: false, error: m.tokenizers_empty_vocabulary() };

	const templateRead = readTemplate(tokenizerConfigJson, chatTemplateJinja);
	if (!templateRead.ok) return templateRead;
	const { config, template } = templateRead;
	if (template !== null) {
		try {
			new ChatTemplate(template, config).render(TRIAL_CONVERSATION);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return {
				ok: false,
				error:
					error instanceof ChatTemplateError && reason !== ''
						? m.tokenizers_template_malformed_reason({ reason })
						: m.tokenizers_template_malformed()
			};
		}
	}

	let tokenizer: OpenWeightTokenizer;
	try {
		tokenizer = createOpenWeightTokenizer({
			name,
			tokenizerJson: json,
			tokenizerConfig: config,
			chatTemplate: template,
			templateOrigin: { kind: 'file' }
		});
		// Some problems (a pattern the engine cannot run) show only when text goes through the pipeline.
		tokenizer.count('Hello, world! 123');
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, error: m.tokenizers_build_failed({ reason }) };
	}
	return {
		ok: true,
		tokenizer,
		summary: { modelType, vocabularySize, hasChatTemplate: template !== null }
	};
}
