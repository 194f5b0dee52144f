import { USER_SOURCE } from './edit';
import { checkCatalogEntry } from './schema';
import {
	PER_MILLION_TOKENS,
	providerSlug,
	type ApiModelEntry,
	type CatalogEntry,
	type Fact,
	type FactPath
} from './types';

/** Every figure a built-in API model can carry, as a form asks for it. */
export const CUSTOM_API_FIGURES: { key: string; label: string; unit: string; path: FactPath }[] = [
	{ key: 'contextTokens', label: 'Context length', unit: 'tokens', path: ['contextTokens'] },
	{ key: 'input', label: 'Input', unit: PER_MILLION_TOKENS, path: ['inference', 'input'] },
	{
		key: 'cachedInput',
		label: 'Cached input',
		unit: PER_MILLION_TOKENS,
		path: ['inference', 'cachedInput']
	},
	{
		key: 'cacheWrite',
		label: 'Cache write',
		unit: PER_MILLION_TOKENS,
		path: ['inference', 'cacheWrite']
	},
	{ key: 'output', label: 'Output', unit: PER_MILLION_TOKENS, path: ['inference', 'output'] },
	{
		key: 'batchInput',
		label: 'Batch input',
		unit: PER_MILLION_TOKENS,
		path: ['inference', 'batchInput']
	},
	{
		key: 'batchOutput',
		label: 'Batch output',
		unit: PER_MILLION_TOKENS,
		path: ['inference', 'batchOutput']
	},
	{
		key: 'training',
		label: 'Fine-tuning: training',
		unit: 'USD per 1M training tokens',
		path: ['fineTuning', 'training']
	},
	{
		key: 'maxTokensPerExample',
		label: 'Fine-tuning: max tokens per example',
		unit: 'tokens',
		path: ['fineTuning', 'maxTokensPerExample']
	},
	{
		key: 'minimumFeePerJob',
		label: 'Fine-tuning: minimum fee per job',
		unit: 'USD per job (minimum fee)',
		path: ['fineTuning', 'minimumFeePerJob']
	},
	{
		key: 'fineTunedInput',
		label: 'Fine-tuned: input',
		unit: PER_MILLION_TOKENS,
		path: ['fineTuning', 'inference', 'input']
	},
	{
		key: 'fineTunedCachedInput',
		label: 'Fine-tuned: cached input',
		unit: PER_MILLION_TOKENS,
		path: ['fineTuning', 'inference', 'cachedInput']
	},
	{
		key: 'fineTunedOutput',
		label: 'Fine-tuned: output',
		unit: PER_MILLION_TOKENS,
		path: ['fineTuning', 'inference', 'output']
	},
	{
		key: 'hostingPerHour',
		label: 'Fine-tuned: hosting per hour',
		unit: 'USD per hour',
		path: ['fineTuning', 'hostingPerHour']
	},
	{
		key: 'storagePerModelMonth',
		label: 'Fine-tuned: storage per model-month',
		unit: 'USD per model-month',
		path: ['fineTuning', 'storagePerModelMonth']
	}
];

export interface CustomApiModelInput {
	provider: string;
	modelId: string;
	displayName: string;
	encoding: string;
	notes: string;
	/** By `CUSTOM_API_FIGURES` key; absent = not entered. */
	figures: Record<string, number | undefined>;
}

export type CustomModelResult = { ok: true; entry: CatalogEntry } | { ok: false; errors: string[] };

function setAt(target: Record<string, unknown>, path: FactPath, fact: Fact): void {
	let node = target;
	for (const step of path.slice(0, -1)) {
		const key = String(step);
		node[key] ??= {};
		node = node[key] as Record<string, unknown>;
	}
	node[String(path.at(-1))] = fact;
}

/**
 * A custom API model from a form: every figure entered by the user, dated today. A fine-tuned price needs its base
 * input and output (the schema requires both); errors name the field.
 */
export function customApiModel(
	input: CustomApiModelInput,
	existingIds: ReadonlySet<string>,
	today: string
): CustomModelResult {
	const errors: string[] = [];
	const provider = input.provider.trim();
	const modelId = input.modelId.trim();
	if (!provider) errors.push('Provider: enter the provider’s name.');
	if (!modelId) errors.push('Model id: enter the id the provider’s API takes.');
	const id = `${providerSlug(provider)}/${modelId}`;
	if (provider && modelId && existingIds.has(id)) {
		errors.push(`Model id: ${id} is already in the catalog; edit its figures instead.`);
	}
	const entry: Record<string, unknown> = {
		kind: 'api-model',
		id,
		provider,
		modelId,
		aliases: [],
		displayName: input.displayName.trim() || modelId,
		scope: 'model',
		notes: input.notes.trim() ? [input.notes.trim()] : []
	};
	if (input.encoding.trim()) entry.encoding = input.encoding.trim();
	for (const figure of CUSTOM_API_FIGURES) {
		const value = input.figures[figure.key];
		if (value === undefined) continue;
		if (!Number.isFinite(value) || value < 0) {
			errors.push(`${figure.label}: enter a number of at least 0.`);
			continue;
		}
		setAt(entry, figure.path, {
			value,
			unit: figure.unit,
			source: USER_SOURCE,
			asOf: today,
			confidence: 'high'
		});
	}
	if (errors.length > 0) return { ok: false, errors };
	const checked = checkCatalogEntry(entry);
	if (!checked.ok) {
		return {
			ok: false,
			errors: checked.errors.map((error) =>
				/inference/.test(error) ? `Prices: give both input and output (${error}).` : error
			)
		};
	}
	return { ok: true, entry: checked.entry as ApiModelEntry };
}
