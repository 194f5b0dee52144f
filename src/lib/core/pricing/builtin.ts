/*
 * The built-in catalog, built from every row of the price facts gathered on 2026-11-25
 * (prices-2026-11.json, copied into builtin-data.ts) and the open-weight model-card facts. It is catalog data, the
 * same in every language: notes are written as the sources are, and the errors below are mistakes in mapping the
 * rows, found by the tests before any person could see them.
 */
import { GATHERED_ON, PRICE_ROWS, type PriceRow } from './builtin-data';
import { API_TARGETS, GPU_PEAK_SOURCE, GPU_TARGETS, type ApiTarget } from './builtin-targets';
import { OPEN_WEIGHT_MODELS } from './open-weight';
import {
	FLOPS,
	PER_GPU_HOUR,
	PER_HOUR,
	PER_HOUR_PER_MODEL_UNIT,
	PER_JOB_MINIMUM,
	PER_MILLION_TOKENS,
	PER_MILLION_TRAINING_TOKENS,
	PER_MODEL_MONTH,
	PER_TRAINING_HOUR,
	TOKENS,
	type ApiModelEntry,
	type AsOfPrecision,
	type CatalogEntry,
	type Fact,
	type FineTuningOffer,
	type GpuEntry,
	type InferencePrices,
	providerSlug
} from './types';
import { scaleByPowerOfTen } from './units';

/** '2026-08' → '2026-08-01' (month); '2026' → '2026-01-01' (year); absent → the day the facts were read. */
export function normaliseAsOf(asOf: string | undefined): {
	asOf: string;
	precision: AsOfPrecision;
} {
	if (asOf === undefined) return { asOf: GATHERED_ON, precision: 'undated' };
	if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return { asOf, precision: 'day' };
	if (/^\d{4}-\d{2}$/.test(asOf)) return { asOf: `${asOf}-01`, precision: 'month' };
	if (/^\d{4}$/.test(asOf)) return { asOf: `${asOf}-01-01`, precision: 'year' };
	throw new Error(`Unreadable date '${asOf}'`); // i18n-exempt: a mapping mistake, caught by the tests
}

function rowFact(row: PriceRow, value: number | null, unit: string): Fact {
	const { asOf, precision } = normaliseAsOf(row.asOf);
	const fact: Fact = { value, unit, source: row.source, asOf, confidence: row.confidence };
	if (precision !== 'day') fact.asOfPrecision = precision;
	return fact;
}

function inferenceFrom(row: PriceRow): InferencePrices {
	if (row.input === undefined || row.output === undefined) {
		// i18n-exempt: a mapping mistake, caught by the tests
		throw new Error(`${row.provider} ${row.model}: inference row without input or output price`);
	}
	const fact = (value: number | null) => rowFact(row, value, PER_MILLION_TOKENS);
	const prices: InferencePrices = { input: fact(row.input), output: fact(row.output) };
	if (row.cachedInput !== undefined) prices.cachedInput = fact(row.cachedInput);
	if (row.cacheWrite5m !== undefined) prices.cacheWrite = fact(row.cacheWrite5m);
	if (row.cacheWrite1h !== undefined) prices.cacheWrite1h = fact(row.cacheWrite1h);
	if (row.batch) {
		prices.batchInput = fact(row.batch.input);
		if (row.batch.cachedInput !== undefined) prices.batchCachedInput = fact(row.batch.cachedInput);
		prices.batchOutput = fact(row.batch.output);
	}
	return prices;
}

/** Puts a figure in a field that must still be empty: two rows filling one field is a mapping mistake. */
function fill<T extends object, K extends keyof T>(target: T, key: K, value: T[K], row: PriceRow) {
	if (target[key] !== undefined) {
		// i18n-exempt: a mapping mistake, caught by the tests
		throw new Error(`${row.provider} ${row.model}: ${String(key)} given twice`);
	}
	target[key] = value;
}

function addTrainingRow(offer: FineTuningOffer, row: PriceRow, notes: string[]) {
	const price = row.price ?? null;
	if (row.unit === 'job minimum') {
		fill(offer, 'minimumFeePerJob', rowFact(row, price, PER_JOB_MINIMUM), row);
	} else if (row.unit === 'hour') {
		fill(offer, 'training', rowFact(row, price, PER_TRAINING_HOUR), row);
	} else if (row.unit === '1K tokens x epochs') {
		// Stated per 1K tokens; every other training price is per 1M.
		const perMillion = price === null ? null : scaleByPowerOfTen(price, 3);
		fill(offer, 'training', rowFact(row, perMillion, PER_MILLION_TRAINING_TOKENS), row);
		// i18n-exempt: a note of the built-in catalog, stored with its entry like the sources' notes
		notes.push(`Training price stated as $${price} per 1K tokens x epochs.`);
	} else if (row.unit === undefined) {
		fill(offer, 'training', rowFact(row, price, PER_MILLION_TRAINING_TOKENS), row);
	} else {
		// i18n-exempt: a mapping mistake, caught by the tests
		throw new Error(`${row.provider} ${row.model}: unknown training unit '${row.unit}'`);
	}
}

function addHostingRow(offer: FineTuningOffer, row: PriceRow) {
	const price = row.price ?? null;
	if (row.unit === 'model-month') {
		fill(offer, 'storagePerModelMonth', rowFact(row, price, PER_MODEL_MONTH), row);
	} else if (row.unit === 'hour') {
		fill(offer, 'hostingPerHour', rowFact(row, price, PER_HOUR), row);
		// i18n-exempt: a unit as the price rows of builtin-data.ts write it
	} else if (row.unit === 'hour per model unit') {
		fill(offer, 'hostingPerHour', rowFact(row, price, PER_HOUR_PER_MODEL_UNIT), row);
	} else {
		// i18n-exempt: a mapping mistake, caught by the tests
		throw new Error(`${row.provider} ${row.model}: unknown hosting unit '${row.unit}'`);
	}
}

function apiEntry(target: ApiTarget, rows: PriceRow[]): ApiModelEntry {
	const notes = [...target.notes];
	const offer: FineTuningOffer = {};
	const entry: ApiModelEntry = {
		kind: 'api-model',
		id: `${providerSlug(target.provider)}/${target.modelId}`,
		provider: target.provider,
		modelId: target.modelId,
		aliases: target.aliases ?? [],
		displayName: target.displayName,
		scope: target.scope,
		notes
	};
	if (target.encoding) entry.encoding = target.encoding;
	for (const row of rows) {
		if (row.note) notes.push(`${row.model} (${row.kind.replace('_', ' ')}): ${row.note}`);
		if (row.contextTokens !== undefined) {
			fill(entry, 'contextTokens', rowFact(row, row.contextTokens, TOKENS), row);
		}
		if (row.kind === 'base_inference') fill(entry, 'inference', inferenceFrom(row), row);
		else if (row.kind === 'ft_inference') fill(offer, 'inference', inferenceFrom(row), row);
		else if (row.kind === 'training') addTrainingRow(offer, row, notes);
		else if (row.kind === 'hosting') addHostingRow(offer, row);
		// i18n-exempt: a mapping mistake, caught by the tests
		else throw new Error(`${row.provider} ${row.model}: a ${row.kind} row on an API model`);
	}
	if (Object.keys(offer).length > 0) {
		if (target.method) offer.method = target.method;
		const limit = target.maxTokensPerExample;
		if (limit) {
			offer.maxTokensPerExample = {
				value: limit.value,
				unit: TOKENS,
				source: limit.source,
				asOf: GATHERED_ON,
				confidence: limit.confidence,
				asOfPrecision: 'undated'
			};
		}
		entry.fineTuning = offer;
	}
	return entry;
}

function gpuEntries(rowsUsed: Set<PriceRow>): GpuEntry[] {
	return GPU_TARGETS.map((target) => ({
		kind: 'gpu',
		id: `gpu/${target.id}`,
		name: target.name,
		memoryGb: target.memoryGb,
		peakDenseBf16FlopsPerSecond: {
			value: target.peakDenseBf16TeraFlops * 1e12,
			unit: FLOPS,
			source: GPU_PEAK_SOURCE,
			asOf: GATHERED_ON,
			confidence: 'high',
			asOfPrecision: 'undated'
		},
		offers: target.rows.map(({ provider, model }) => {
			const row = PRICE_ROWS.find(
				(r) => r.kind === 'gpu' && r.provider === provider && r.model === model
			);
			if (!row) throw new Error(`No GPU row for ${provider} ${model}`); // i18n-exempt: a mapping mistake
			rowsUsed.add(row);
			return {
				provider,
				offer: model,
				pricePerGpuHour: rowFact(row, row.price ?? null, PER_GPU_HOUR),
				notes: row.note ? [row.note] : []
			};
		}),
		notes: target.notes
	}));
}

/** Builds the catalog and checks that every row was used once (a row no entry takes is a mistake). */
export function buildBuiltinCatalog(): CatalogEntry[] {
	const rowsUsed = new Set<PriceRow>();
	const apiEntries = API_TARGETS.map((target) => {
		const rows = PRICE_ROWS.filter(
			(row) =>
				row.kind !== 'gpu' && row.provider === target.provider && target.rows.includes(row.model)
		);
		for (const row of rows) {
			// i18n-exempt: a mapping mistake, caught by the tests
			if (rowsUsed.has(row)) throw new Error(`${row.provider} ${row.model}: row used twice`);
			rowsUsed.add(row);
		}
		return apiEntry(target, rows);
	});
	const gpus = gpuEntries(rowsUsed);
	const unused = PRICE_ROWS.filter((row) => !rowsUsed.has(row));
	if (unused.length > 0) {
		// i18n-exempt: a mapping mistake, caught by the tests
		throw new Error(`Rows not in the catalog: ${unused.map((r) => `${r.provider} ${r.model}`)}`);
	}
	return [...apiEntries, ...OPEN_WEIGHT_MODELS, ...gpus];
}

export const BUILTIN_CATALOG: readonly CatalogEntry[] = buildBuiltinCatalog();
