import { intlLocale, m } from '../i18n/locale';
import { USER_SOURCE } from './edit';
import { isStale } from './export';
import { LITELLM_SOURCE } from './litellm-entry';
import { MODEL_CARD_SOURCE } from './open-weight';
import type {
	CatalogEntry,
	CatalogEntryKind,
	Fact,
	FactPath,
	FineTuningOffer,
	InferencePrices
} from './types';
import { formatAmount } from './units';

export type { FactPath } from './types';

/** One sourced figure of the catalog, as a row of the catalog table. */
export interface FactRow {
	/** Unique in the table: entry id and figure. */
	key: string;
	entryId: string;
	kind: CatalogEntryKind;
	provider: string;
	model: string;
	/** Which figure, in the current language, e.g. 'Input', 'Fine-tuning: training'. */
	figure: string;
	/** Where the figure sits in its entry, e.g. ['inference', 'input']: what an override changes. */
	path: FactPath;
	fact: Fact;
	/** Older than six months on the given day. */
	stale: boolean;
	notes: string[];
	/** What a search looks in: provider, names and ids of the model, figure, source, kind (lower case). */
	searchText: string;
}

/** An entry kind's name in the current language: "API model", "Open-weight model", "GPU". */
export function kindLabel(kind: CatalogEntryKind): string {
	if (kind === 'api-model') return m.prices_kind_api_model();
	if (kind === 'open-weight-model') return m.prices_kind_open_weight_model();
	return m.prices_kind_gpu();
}

/** The figures of inference prices, with their names (functions: the name is read in the current language). */
const INFERENCE_FIGURES: [keyof InferencePrices, () => string][] = [
	['input', m.prices_figure_input],
	['cachedInput', m.prices_figure_cached_input],
	['cacheWrite', m.prices_figure_cache_write],
	['cacheWrite1h', m.prices_figure_cache_write_1h],
	['output', m.prices_figure_output],
	['batchInput', m.prices_figure_batch_input],
	['batchCachedInput', m.prices_figure_batch_cached_input],
	['batchOutput', m.prices_figure_batch_output]
];

const FINE_TUNING_FIGURES: [
	Exclude<keyof FineTuningOffer, 'method' | 'inference'>,
	() => string
][] = [
	['training', m.prices_figure_training],
	['maxTokensPerExample', m.prices_figure_max_tokens_per_example],
	['minimumFeePerJob', m.prices_figure_minimum_fee],
	['hostingPerHour', m.prices_figure_hosting],
	['storagePerModelMonth', m.prices_figure_storage]
];

/** "Fine-tuned: input" from "Input": a price of calling the fine-tuned model. */
export function fineTunedFigure(figure: string): string {
	return m.prices_figure_fine_tuned({ figure: figure.toLocaleLowerCase(intlLocale()) });
}

/**
 * Where a figure comes from, as a person reads it: the sources Tunesheet itself writes (the user's own figure, a
 * LiteLLM import, a model card) in the current language; a quoted source title as it is.
 */
export function sourceText(source: string): string {
	if (source === USER_SOURCE) return m.prices_source_user();
	if (source === LITELLM_SOURCE) return m.prices_source_litellm_file();
	if (source.startsWith(MODEL_CARD_SOURCE))
		return m.prices_source_model_card({ address: source.slice(MODEL_CARD_SOURCE.length) });
	return source;
}

function entryNames(entry: CatalogEntry): string[] {
	if (entry.kind === 'gpu') return [entry.name];
	if (entry.kind === 'open-weight-model') return [entry.displayName, entry.modelId, entry.family];
	return [entry.displayName, entry.modelId, ...entry.aliases];
}

interface EntryFact {
	provider: string;
	figure: string;
	path: FactPath;
	fact: Fact;
}

function entryFacts(entry: CatalogEntry): EntryFact[] {
	if (entry.kind === 'gpu') {
		return [
			{
				provider: 'NVIDIA',
				figure: m.prices_figure_peak_flops(),
				path: ['peakDenseBf16FlopsPerSecond'],
				fact: entry.peakDenseBf16FlopsPerSecond
			},
			...entry.offers.map((offer, i) => ({
				provider: offer.provider,
				figure: m.prices_figure_per_gpu_hour({ offer: offer.offer }),
				path: ['offers', i, 'pricePerGpuHour'],
				fact: offer.pricePerGpuHour
			}))
		];
	}
	if (entry.kind === 'open-weight-model') {
		return [
			{
				provider: entry.family,
				figure: m.prices_figure_parameters(),
				path: ['parameters'],
				fact: entry.parameters
			},
			{
				provider: entry.family,
				figure: m.prices_figure_context(),
				path: ['contextTokens'],
				fact: entry.contextTokens
			}
		];
	}
	const facts: EntryFact[] = [];
	const add = (figure: string, path: FactPath, fact: Fact | undefined) => {
		if (fact) facts.push({ provider: entry.provider, figure, path, fact });
	};
	add(m.prices_figure_context(), ['contextTokens'], entry.contextTokens);
	for (const [key, label] of INFERENCE_FIGURES)
		add(label(), ['inference', key], entry.inference?.[key]);
	for (const [key, label] of FINE_TUNING_FIGURES) {
		add(label(), ['fineTuning', key], entry.fineTuning?.[key]);
	}
	for (const [key, label] of INFERENCE_FIGURES) {
		const fact = entry.fineTuning?.inference?.[key];
		add(fineTunedFigure(label()), ['fineTuning', 'inference', key], fact);
	}
	return facts;
}

/**
 * Every sourced figure of the catalog, one row each, flagged when older than six months on `today`. Names of
 * figures and kinds are in the current language, and so is what a search looks in.
 */
export function catalogRows(entries: readonly CatalogEntry[], today: string): FactRow[] {
	return entries.flatMap((entry) =>
		entryFacts(entry).map(({ provider, figure, path, fact }) => ({
			key: `${entry.id} ${path.join('.')}`,
			entryId: entry.id,
			kind: entry.kind,
			provider,
			model: entry.kind === 'gpu' ? entry.name : entry.displayName,
			figure,
			path,
			fact,
			stale: isStale(fact.asOf, today),
			notes: entry.notes,
			searchText: [
				provider,
				...entryNames(entry),
				figure,
				sourceText(fact.source),
				kindLabel(entry.kind)
			]
				.join(' ')
				.toLowerCase()
		}))
	);
}

/** Rows whose provider, model names and ids, figure, source or kind hold every word of `query` (any case). */
export function searchRows(rows: readonly FactRow[], query: string): FactRow[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return rows.filter((row) => words.every((word) => row.searchText.includes(word)));
}

export type SortColumn = 'provider' | 'model' | 'figure' | 'value' | 'asOf';

/** Sorted by one column; unknown values (null) last whatever the direction. */
export function sortRows(
	rows: readonly FactRow[],
	column: SortColumn,
	direction: 'ascending' | 'descending'
): FactRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const compare = (a: FactRow, b: FactRow): number => {
		if (column === 'value') {
			if (a.fact.value === null || b.fact.value === null) {
				return (a.fact.value === null ? 1 : 0) - (b.fact.value === null ? 1 : 0);
			}
			return sign * (a.fact.value - b.fact.value);
		}
		const pick = (row: FactRow) => (column === 'asOf' ? row.fact.asOf : row[column]);
		return sign * pick(a).localeCompare(pick(b), intlLocale());
	};
	return [...rows].sort(compare);
}

/**
 * A figure with its unit, for a person, in the current language: "$2.50 per 1M tokens", "65,536 tokens",
 * "8.03 B parameters"; a figure looked for and not found says so.
 */
export function formatFact(fact: Fact): string {
	if (fact.value === null) return m.prices_value_not_found();
	return formatAmount(fact.value, fact.unit);
}
