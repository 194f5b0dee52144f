import { isStale } from './export';
import type {
	CatalogEntry,
	CatalogEntryKind,
	Fact,
	FactPath,
	FineTuningOffer,
	InferencePrices
} from './types';

export type { FactPath } from './types';

/** One sourced figure of the catalog, as a row of the catalog table. */
export interface FactRow {
	/** Unique in the table: entry id and figure. */
	key: string;
	entryId: string;
	kind: CatalogEntryKind;
	provider: string;
	model: string;
	/** Which figure, e.g. 'Input', 'Fine-tuning: training'. */
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

export const KIND_LABELS: Record<CatalogEntryKind, string> = {
	'api-model': 'API model',
	'open-weight-model': 'Open-weight model',
	gpu: 'GPU'
};

const INFERENCE_LABELS: [keyof InferencePrices, string][] = [
	['input', 'Input'],
	['cachedInput', 'Cached input'],
	['cacheWrite', 'Cache write'],
	['cacheWrite1h', 'Cache write (1 h)'],
	['output', 'Output'],
	['batchInput', 'Batch input'],
	['batchCachedInput', 'Batch cached input'],
	['batchOutput', 'Batch output']
];

const FINE_TUNING_LABELS: [Exclude<keyof FineTuningOffer, 'method' | 'inference'>, string][] = [
	['training', 'Fine-tuning: training'],
	['maxTokensPerExample', 'Fine-tuning: max tokens per example'],
	['minimumFeePerJob', 'Fine-tuning: minimum fee per job'],
	['hostingPerHour', 'Fine-tuned: hosting per hour'],
	['storagePerModelMonth', 'Fine-tuned: storage per model-month']
];

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
				figure: 'Peak dense BF16 FLOP/s',
				path: ['peakDenseBf16FlopsPerSecond'],
				fact: entry.peakDenseBf16FlopsPerSecond
			},
			...entry.offers.map((offer, i) => ({
				provider: offer.provider,
				figure: `Per GPU-hour: ${offer.offer}`,
				path: ['offers', i, 'pricePerGpuHour'],
				fact: offer.pricePerGpuHour
			}))
		];
	}
	if (entry.kind === 'open-weight-model') {
		return [
			{
				provider: entry.family,
				figure: 'Parameters',
				path: ['parameters'],
				fact: entry.parameters
			},
			{
				provider: entry.family,
				figure: 'Context length',
				path: ['contextTokens'],
				fact: entry.contextTokens
			}
		];
	}
	const facts: EntryFact[] = [];
	const add = (figure: string, path: FactPath, fact: Fact | undefined) => {
		if (fact) facts.push({ provider: entry.provider, figure, path, fact });
	};
	add('Context length', ['contextTokens'], entry.contextTokens);
	for (const [key, label] of INFERENCE_LABELS)
		add(label, ['inference', key], entry.inference?.[key]);
	for (const [key, label] of FINE_TUNING_LABELS) {
		add(label, ['fineTuning', key], entry.fineTuning?.[key]);
	}
	for (const [key, label] of INFERENCE_LABELS) {
		const fact = entry.fineTuning?.inference?.[key];
		add(`Fine-tuned: ${label.toLowerCase()}`, ['fineTuning', 'inference', key], fact);
	}
	return facts;
}

/** Every sourced figure of the catalog, one row each, flagged when older than six months on `today`. */
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
			searchText: [provider, ...entryNames(entry), figure, fact.source, KIND_LABELS[entry.kind]]
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
		return sign * pick(a).localeCompare(pick(b));
	};
	return [...rows].sort(compare);
}

/** A figure with its unit, for a person: "$2.50 per 1M tokens", "65,536 tokens", "8.03 B parameters". */
export function formatFact(fact: Fact): string {
	if (fact.value === null) return 'not found: enter it';
	const value = fact.value;
	if (fact.unit.startsWith('USD')) {
		const digits = value !== 0 && Math.abs(value) < 0.1 ? 4 : 2;
		const money = value.toLocaleString('en-US', {
			style: 'currency',
			currency: 'USD',
			minimumFractionDigits: 2,
			maximumFractionDigits: digits
		});
		return `${money} ${fact.unit.slice(4)}`;
	}
	if (fact.unit === 'parameters')
		return `${(value / 1e9).toLocaleString('en-US', { maximumFractionDigits: 2 })} B parameters`;
	if (fact.unit === 'FLOP/s')
		return `${(value / 1e12).toLocaleString('en-US', { maximumFractionDigits: 0 })} TFLOP/s`;
	return `${value.toLocaleString('en-US')} ${fact.unit}`;
}
