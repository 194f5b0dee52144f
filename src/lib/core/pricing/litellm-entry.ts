/*
 * One entry of LiteLLM's model_prices_and_context_window.json, checked and turned into catalog prices
 * (USD per token → per 1M tokens).
 */
import { z } from 'zod';
import { m } from '../i18n/locale';
import { issueMessage } from './issues';
import { describeIssues, joinOnOneLine, notNegative } from './schema';
import { PER_MILLION_TOKENS, TOKENS, type Fact, type InferencePrices } from './types';
import { perTokenToPerMillion } from './units';

/** Where imported LiteLLM figures come from, as catalog files store it (sourceText in rows.ts shows it). */
// i18n-exempt: a source identifier stored in catalog files
export const LITELLM_SOURCE = 'LiteLLM model_prices_and_context_window.json (imported)';

const costPerToken = z
	.number()
	.nonnegative(notNegative)
	// 1e308 per token is a valid number, but not per 1M tokens: it would be stored as Infinity.
	.refine((perToken) => Number.isFinite(perTokenToPerMillion(perToken)), {
		error: () => m.prices_litellm_too_large()
	})
	.nullish();

/** The fields Tunesheet reads; the others are dropped. */
const liteLlmEntrySchema = z.object({
	input_cost_per_token: costPerToken,
	output_cost_per_token: costPerToken,
	cache_read_input_token_cost: costPerToken,
	cache_creation_input_token_cost: costPerToken,
	input_cost_per_token_batches: costPerToken,
	output_cost_per_token_batches: costPerToken,
	max_input_tokens: z.number().int().positive().nullish(),
	litellm_provider: z.string().nullish(),
	mode: z.string().nullish()
});
type LiteLlmEntry = z.infer<typeof liteLlmEntrySchema>;

/** LiteLLM provider names → the catalog's provider names. */
const PROVIDERS = new Map(
	Object.entries({
		openai: 'OpenAI',
		text_completion_openai: 'OpenAI',
		'text-completion-openai': 'OpenAI',
		azure: 'Azure OpenAI',
		anthropic: 'Anthropic',
		gemini: 'Google',
		'vertex_ai-language-models': 'Google Vertex AI', // i18n-exempt: a provider's name
		mistral: 'Mistral',
		together_ai: 'Together AI',
		fireworks_ai: 'Fireworks AI',
		bedrock: 'AWS Bedrock',
		bedrock_converse: 'AWS Bedrock'
	})
);
const TEXT_MODES = new Set(['chat', 'completion', 'responses']);
/** Names that mean something to JavaScript objects: never catalog models. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface LiteLlmImportOptions {
	/** YYYY-MM-DD: the date of the file's copy; every imported figure carries it. */
	asOf: string;
	source?: string;
}

export interface Candidate {
	key: string;
	provider: string;
	/** The model name without LiteLLM's provider prefix and without `ft:`. */
	name: string;
	fineTuned: boolean;
	prices: InferencePrices;
	contextTokens?: Fact;
}

/** The prices of one entry, or why it is skipped. */
export function candidateFrom(
	key: string,
	raw: unknown,
	options: LiteLlmImportOptions
): Candidate | string {
	if (RESERVED_KEYS.has(key)) return m.prices_litellm_reserved();
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return m.prices_litellm_not_object();
	const parsed = liteLlmEntrySchema.safeParse(raw, { error: issueMessage });
	if (!parsed.success) return joinOnOneLine(describeIssues(parsed.error));
	const entry: LiteLlmEntry = parsed.data;
	if (entry.mode && !TEXT_MODES.has(entry.mode)) return m.prices_litellm_mode({ mode: entry.mode });
	if (entry.input_cost_per_token == null || entry.output_cost_per_token == null) {
		return m.prices_litellm_no_prices();
	}
	const litellmProvider = entry.litellm_provider ?? '';
	const provider = PROVIDERS.get(litellmProvider) ?? (litellmProvider || 'Unknown provider');
	const [prefix, ...rest] = key.split('/');
	const prefixed = prefix && rest.length > 0 && litellmProvider.startsWith(prefix);
	let name = prefixed ? rest.join('/') : key;
	const fineTuned = name.startsWith('ft:');
	if (fineTuned) name = name.slice(3);
	if (name === '') return m.prices_litellm_no_name();

	const fact = (perToken: number): Fact => ({
		value: perTokenToPerMillion(perToken),
		unit: PER_MILLION_TOKENS,
		source: options.source ?? LITELLM_SOURCE,
		asOf: options.asOf,
		confidence: 'medium'
	});
	const prices: InferencePrices = {
		input: fact(entry.input_cost_per_token),
		output: fact(entry.output_cost_per_token)
	};
	if (entry.cache_read_input_token_cost != null) {
		prices.cachedInput = fact(entry.cache_read_input_token_cost);
	}
	if (entry.cache_creation_input_token_cost != null) {
		prices.cacheWrite = fact(entry.cache_creation_input_token_cost);
	}
	if (entry.input_cost_per_token_batches != null) {
		prices.batchInput = fact(entry.input_cost_per_token_batches);
	}
	if (entry.output_cost_per_token_batches != null) {
		prices.batchOutput = fact(entry.output_cost_per_token_batches);
	}
	const candidate: Candidate = { key, provider, name, fineTuned, prices };
	if (entry.max_input_tokens != null) {
		candidate.contextTokens = { ...fact(0), value: entry.max_input_tokens, unit: TOKENS };
	}
	return candidate;
}
