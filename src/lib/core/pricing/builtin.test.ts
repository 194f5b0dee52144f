import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, normaliseAsOf } from './builtin';
import { PRICE_ROWS, RULES } from './builtin-data';
import { catalogEntrySchema } from './schema';
import type { ApiModelEntry, CatalogEntry, GpuEntry } from './types';

function api(id: string): ApiModelEntry {
	const entry = BUILTIN_CATALOG.find((e) => e.id === id);
	if (entry?.kind !== 'api-model') throw new Error(`no API entry ${id}`);
	return entry;
}

function countBy(entries: readonly CatalogEntry[], key: (e: CatalogEntry) => string) {
	const counts: Record<string, number> = {};
	for (const entry of entries) counts[key(entry)] = (counts[key(entry)] ?? 0) + 1;
	return counts;
}

describe('built-in catalog', () => {
	it('has unique ids and every entry satisfies the schema unchanged', () => {
		const ids = BUILTIN_CATALOG.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const entry of BUILTIN_CATALOG) {
			const result = catalogEntrySchema.safeParse(entry);
			expect(result.success, entry.id).toBe(true);
			expect(result.data).toEqual(entry);
		}
	});

	it('covers every provider and kind (counts)', () => {
		expect(PRICE_ROWS).toHaveLength(70);
		expect(countBy(BUILTIN_CATALOG, (e) => e.kind)).toEqual({
			'api-model': 40,
			'open-weight-model': 19,
			gpu: 5
		});
		const apiEntries = BUILTIN_CATALOG.filter((e): e is ApiModelEntry => e.kind === 'api-model');
		expect(
			countBy(apiEntries, (e) => (e.kind === 'api-model' ? `${e.provider} (${e.scope})` : ''))
		).toEqual({
			'OpenAI (model)': 7,
			'Azure OpenAI (group)': 1,
			'Azure OpenAI (model)': 1,
			'Google Vertex AI (model)': 5,
			'Google (model)': 3,
			'Mistral (group)': 1,
			'Mistral (model)': 2,
			'Together AI (group)': 6,
			'Together AI (model)': 2,
			'Fireworks AI (group)': 5,
			'AWS Bedrock (model)': 2,
			'AWS Bedrock (group)': 1,
			'Anthropic (model)': 4
		});
		const openWeight = BUILTIN_CATALOG.filter((e) => e.kind === 'open-weight-model');
		expect(countBy(openWeight, (e) => (e.kind === 'open-weight-model' ? e.family : ''))).toEqual({
			'Llama 3.1': 2,
			'Llama 3.3': 1,
			Qwen3: 4,
			'Gemma 3': 4,
			Mistral: 2,
			'DeepSeek-R1 distill': 6
		});
		const offers = BUILTIN_CATALOG.flatMap((e) => (e.kind === 'gpu' ? e.offers : []));
		expect(offers).toHaveLength(PRICE_ROWS.filter((r) => r.kind === 'gpu').length);
	});

	it('merges the dated fine-tuning rows and the undated base row of one OpenAI model', () => {
		const gpt41 = api('openai/gpt-4.1-2025-04-14');
		expect(gpt41.aliases).toEqual(['gpt-4.1']);
		expect(gpt41.encoding).toBe('o200k_base');
		expect(gpt41.inference?.input.value).toBe(2);
		expect(gpt41.inference?.input.source).toBe('litellm model_prices_and_context_window.json');
		expect(gpt41.contextTokens?.value).toBe(1_047_576);
		expect(gpt41.fineTuning?.training).toEqual({
			value: 25,
			unit: 'USD per 1M training tokens',
			source: 'OpenAI pricing page, Fine-tuning section (platform.openai.com/docs/pricing)',
			asOf: '2026-08-01',
			confidence: 'high',
			asOfPrecision: 'month'
		});
		expect(gpt41.fineTuning?.inference?.batchCachedInput?.value).toBe(0.5);
		expect(gpt41.fineTuning?.maxTokensPerExample?.value).toBe(65_536);
		expect(gpt41.notes).toContain(RULES.openAiWindDown);
		expect(api('openai/gpt-3.5-turbo-0125').encoding).toBe('cl100k_base');
		expect(api('openai/gpt-4.1-nano-2025-04-14').fineTuning?.maxTokensPerExample?.value).toBe(
			32_768
		);
	});

	it('keeps figures that were not found as null, with their source', () => {
		const gpt4o = api('openai/gpt-4o-2024-08-06');
		expect(gpt4o.fineTuning?.inference?.batchCachedInput?.value).toBeNull();
		expect(gpt4o.fineTuning?.inference?.batchInput?.value).toBe(1.875);
		const mistral = api('mistral/fine-tuning');
		expect(mistral.fineTuning?.training?.value).toBeNull();
		expect(mistral.fineTuning?.training?.source).toBe('not found');
		expect(mistral.fineTuning?.training?.asOfPrecision).toBe('undated');
		expect(mistral.fineTuning?.minimumFeePerJob?.value).toBe(4);
		expect(mistral.fineTuning?.storagePerModelMonth?.value).toBe(2);
		const bedrock = api('aws-bedrock/custom-models');
		expect(bedrock.fineTuning?.hostingPerHour?.value).toBeNull();
		expect(bedrock.fineTuning?.hostingPerHour?.unit).toBe('USD per hour per model unit');
		expect(bedrock.fineTuning?.storagePerModelMonth?.value).toBe(1.95);
		expect(bedrock.notes).toContain(RULES.bedrock);
	});

	it('maps hosting, hourly training, cache writes and per-1K training prices', () => {
		expect(api('azure-openai/fine-tuned-deployment').fineTuning?.hostingPerHour?.value).toBe(1.7);
		const azureO4 = api('azure-openai/o4-mini');
		expect(azureO4.fineTuning?.training?.unit).toBe('USD per training hour');
		expect(azureO4.notes.some((n) => n.includes('capped at $5,000 per job'))).toBe(true);
		const sonnet = api('anthropic/claude-sonnet-4-5-20250929');
		expect(sonnet.inference?.cacheWrite?.value).toBe(3.75);
		expect(sonnet.inference?.cacheWrite1h?.value).toBe(6);
		expect(sonnet.inference?.cachedInput?.value).toBe(0.3);
		const nova = api('aws-bedrock/amazon.nova-micro-v1:0');
		expect(nova.fineTuning?.training?.value).toBe(1);
		expect(nova.fineTuning?.inference?.output.value).toBe(0.14);
	});

	it('lists GPUs with peak BF16 and every provider offer', () => {
		const h100 = BUILTIN_CATALOG.find((e): e is GpuEntry => e.id === 'gpu/h100-sxm-80gb');
		expect(h100?.peakDenseBf16FlopsPerSecond.value).toBe(989e12);
		expect(h100?.offers.map((o) => [o.provider, o.pricePerGpuHour.value])).toEqual([
			['RunPod (secure cloud)', 3.99],
			['RunPod (community cloud)', 2.69],
			['Lambda', 3.99],
			['AWS EC2', 6.88]
		]);
		expect(h100?.offers[3]?.notes).toEqual(['$55.04 per instance-hour']);
		expect(h100?.offers[0]?.pricePerGpuHour.asOf).toBe('2026-11-09');
	});

	it('has open-weight models with a model-card source', () => {
		const qwen = BUILTIN_CATALOG.find((e) => e.id === 'open-weight/Qwen/Qwen3-8B');
		expect(qwen?.kind === 'open-weight-model' && qwen.parameters.value).toBe(8.2e9);
		expect(qwen?.kind === 'open-weight-model' && qwen.parameters.source).toBe(
			'Model card: huggingface.co/Qwen/Qwen3-8B'
		);
	});

	it('normalises partial dates to the start of their period', () => {
		expect(normaliseAsOf('2026-08')).toEqual({ asOf: '2026-08-01', precision: 'month' });
		expect(normaliseAsOf('2025')).toEqual({ asOf: '2025-01-01', precision: 'year' });
		expect(normaliseAsOf('2025-07-19')).toEqual({ asOf: '2025-07-19', precision: 'day' });
		expect(normaliseAsOf(undefined)).toEqual({ asOf: '2026-11-25', precision: 'undated' });
	});
});
