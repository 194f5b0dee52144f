import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from './builtin';
import { applyCatalogImport, planLiteLlmImport } from './litellm';
import { catalogEntrySchema } from './schema';
import type { ApiModelEntry } from './types';

/** A small table in LiteLLM's documented shape, with the mistakes an untrusted file can hold. */
const FIXTURE = `{
	"sample_spec": {
		"max_tokens": "LEGACY parameter. set to max_output_tokens if provider specifies it.",
		"input_cost_per_token": 0.0,
		"output_cost_per_token": 0.0,
		"litellm_provider": "one of https://docs.litellm.ai/docs/providers",
		"mode": "one of: chat, embedding, completion, image_generation"
	},
	"gpt-4.1-2025-04-14": {
		"max_tokens": 32768, "max_input_tokens": 1047576, "max_output_tokens": 32768,
		"input_cost_per_token": 0.0000025, "output_cost_per_token": 8e-6,
		"cache_read_input_token_cost": 5e-7,
		"input_cost_per_token_batches": 1e-6, "output_cost_per_token_batches": 4e-6,
		"litellm_provider": "openai", "mode": "chat", "supports_vision": true
	},
	"gpt-4.1": {
		"input_cost_per_token": 2e-6, "output_cost_per_token": 8e-6,
		"litellm_provider": "openai", "mode": "chat"
	},
	"gpt-3.5-turbo-0125": {
		"input_cost_per_token": 5e-7, "output_cost_per_token": 1.5e-6,
		"litellm_provider": "openai", "mode": "chat"
	},
	"ft:gpt-4o-mini-2024-07-18": {
		"max_tokens": 16384, "input_cost_per_token": 3e-7, "output_cost_per_token": 1.25e-6,
		"cache_read_input_token_cost": 1.5e-7,
		"input_cost_per_token_batches": 1.5e-7, "output_cost_per_token_batches": 6e-7,
		"litellm_provider": "openai", "mode": "chat"
	},
	"ft:davinci-002": {
		"input_cost_per_token": 2e-6, "output_cost_per_token": 2e-6,
		"input_cost_per_token_batches": 1e-6, "output_cost_per_token_batches": 1e-6,
		"litellm_provider": "text-completion-openai", "mode": "completion"
	},
	"gemini/gemini-2.5-flash": {
		"max_input_tokens": 1048576, "input_cost_per_token": 3e-7, "output_cost_per_token": 2.5e-6,
		"cache_read_input_token_cost": 3e-8, "litellm_provider": "gemini", "mode": "chat"
	},
	"claude-3-5-haiku-20241022": {
		"input_cost_per_token": 8e-7, "output_cost_per_token": 4e-6,
		"cache_creation_input_token_cost": 1e-6, "cache_read_input_token_cost": 8e-8,
		"litellm_provider": "anthropic", "mode": "chat"
	},
	"mistral/magistral-small-2509": {
		"input_cost_per_token": 5e-7, "output_cost_per_token": 1.5e-6,
		"litellm_provider": "mistral", "mode": "chat",
		"a_field_from_the_future": { "nested": [1, 2, 3] }
	},
	"odd-provider": {
		"input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "litellm_provider": "constructor"
	},
	"negative-price": {
		"input_cost_per_token": -1e-6, "output_cost_per_token": 2e-6, "litellm_provider": "openai"
	},
	"string-price": {
		"input_cost_per_token": "0.000001", "output_cost_per_token": 2e-6, "litellm_provider": "openai"
	},
	"infinite-price": {
		"input_cost_per_token": 1e999, "output_cost_per_token": 2e-6, "litellm_provider": "openai"
	},
	"overflowing-price": {
		"input_cost_per_token": 1e-6, "output_cost_per_token": 1e308, "litellm_provider": "openai"
	},
	"text-embedding-3-small": {
		"input_cost_per_token": 2e-8, "output_cost_per_token": 0.0,
		"litellm_provider": "openai", "mode": "embedding"
	},
	"no-prices": { "litellm_provider": "openai", "mode": "chat" },
	"a-string": "not an entry",
	"an-array": [1, 2],
	"a-null": null,
	"__proto__": { "input_cost_per_token": 1e-6, "output_cost_per_token": 1e-6, "polluted": true }
}`;

const OPTIONS = { asOf: '2026-11-20' };

function plan() {
	return planLiteLlmImport(JSON.parse(FIXTURE), BUILTIN_CATALOG, OPTIONS);
}

describe('LiteLLM import', () => {
	it('skips bad entries with a reason naming the key', () => {
		const skipped = Object.fromEntries(plan().skipped.map((s) => [s.key, s.reason]));
		expect(Object.keys(skipped).sort()).toEqual(
			[
				'__proto__',
				'a-null',
				'a-string',
				'an-array',
				'gpt-4.1',
				'infinite-price',
				'overflowing-price',
				'negative-price',
				'no-prices',
				'string-price',
				'text-embedding-3-small'
			].sort()
		);
		expect(skipped['negative-price']).toBe('input_cost_per_token: must not be negative');
		expect(skipped['string-price']).toMatch(/^input_cost_per_token: .*number/);
		expect(skipped['infinite-price']).toMatch(/^input_cost_per_token: /);
		expect(skipped['overflowing-price']).toBe(
			'output_cost_per_token: too large: per 1M tokens it passes the largest number there is (about 1.8e308)'
		);
		expect(skipped['text-embedding-3-small']).toBe("mode 'embedding' is not text generation");
		expect(skipped['a-string']).toBe('not an object');
		expect(skipped['__proto__']).toBe('reserved name, not a model');
		// The alias of an entry already imported by its exact id does not overwrite it.
		expect(skipped['gpt-4.1']).toBe(
			"same catalog entry (openai/gpt-4.1-2025-04-14) as 'gpt-4.1-2025-04-14'"
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reports updates with the changed figures, per 1M tokens', () => {
		const report = plan();
		const updated = Object.fromEntries(report.updated.map((u) => [u.id, u.changes]));
		expect(updated).toEqual({
			'openai/gpt-4.1-2025-04-14': ['inference.input: 2 → 2.5'],
			'openai/gpt-4o-mini-2024-07-18': ['fineTuning.inference.output: 1.2 → 1.25'],
			'google/gemini-2.5-flash': ['contextTokens: none → 1,048,576']
		});
		expect(report.unchanged.sort()).toEqual(['claude-3-5-haiku-20241022', 'gpt-3.5-turbo-0125']);
	});

	it('adds unknown models, and fine-tuned prices of an unknown base model', () => {
		const added = plan().added;
		expect(added.map((a) => a.id)).toEqual([
			'mistral/magistral-small-2509',
			'constructor/odd-provider',
			'openai/davinci-002'
		]);
		expect(added[1]?.entry.provider).toBe('constructor');
		const magistral = added[0]?.entry;
		expect(magistral?.inference?.input).toEqual({
			value: 0.5,
			unit: 'USD per 1M tokens',
			source: 'LiteLLM model_prices_and_context_window.json (imported)',
			asOf: '2026-11-20',
			confidence: 'medium'
		});
		expect(magistral).not.toHaveProperty('a_field_from_the_future');
		const davinci = added[2]?.entry;
		expect(davinci?.inference).toBeUndefined();
		expect(davinci?.fineTuning?.inference?.input.value).toBe(2);
		expect(davinci?.fineTuning?.inference?.batchOutput?.value).toBe(1);
		for (const { entry } of added) expect(catalogEntrySchema.safeParse(entry).success).toBe(true);
	});

	it('maps cache and batch fields', () => {
		const ft = plan().updated.find((u) => u.id === 'openai/gpt-4o-mini-2024-07-18')?.after;
		expect(ft?.fineTuning?.inference?.cachedInput?.value).toBe(0.15);
		expect(ft?.fineTuning?.inference?.batchInput?.value).toBe(0.15);
		expect(ft?.fineTuning?.inference?.batchOutput?.value).toBe(0.6);
		// The rest of the fine-tuning offer is kept.
		expect(ft?.fineTuning?.training?.value).toBe(3);
	});

	it('changes nothing until applied, then replaces and appends', () => {
		const report = plan();
		const before = BUILTIN_CATALOG.find((e) => e.id === 'openai/gpt-4.1-2025-04-14');
		expect((before as ApiModelEntry).inference?.input.value).toBe(2);
		const next = applyCatalogImport(BUILTIN_CATALOG, report);
		expect(next).toHaveLength(BUILTIN_CATALOG.length + 3);
		const gpt41 = next.find((e) => e.id === 'openai/gpt-4.1-2025-04-14') as ApiModelEntry;
		expect(gpt41.inference?.input.value).toBe(2.5);
		expect(gpt41.inference?.input.asOf).toBe('2026-11-20');
		expect(gpt41.fineTuning?.training?.value).toBe(25);
		expect(next.indexOf(gpt41)).toBe(BUILTIN_CATALOG.indexOf(before!));
	});

	it('refuses a file that is not a table of models', () => {
		expect(() => planLiteLlmImport([], BUILTIN_CATALOG, OPTIONS)).toThrow(/Not a LiteLLM/);
		expect(() => planLiteLlmImport('x', BUILTIN_CATALOG, OPTIONS)).toThrow(/Not a LiteLLM/);
	});
});
