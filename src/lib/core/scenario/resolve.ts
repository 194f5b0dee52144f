import { defaultInputs, type ScenarioInputs, type TrainingPricing } from '../cost/types';
import { numberFormat } from '../format';
import { m } from '../i18n/locale';
import type {
	ApiModelEntry,
	CatalogEntry,
	Fact,
	GpuEntry,
	InferencePrices,
	OpenWeightModelEntry
} from '../pricing/types';
import { modelTokenizer, type ModelTokenizer } from './tokenizer';
import type {
	CountedFigures,
	InputOrigin,
	LinkFigures,
	LinkSource,
	NumericField,
	Scenario
} from './types';

export type CatalogFigures = Partial<Record<NumericField, { value: number; detail: string }>>;

export interface ResolvedScenario {
	inputs: ScenarioInputs;
	origins: Partial<Record<NumericField, InputOrigin>>;
	/** The catalog entries the scenario uses, when found. */
	model: ApiModelEntry | OpenWeightModelEntry | null;
	gpu: GpuEntry | null;
	/** The tokenizer that counts this model's tokens exactly, when Tunesheet has it. */
	tokenizer: ModelTokenizer | null;
	/** Problems a person should see: a model no longer in the catalog, a link with nothing behind it. */
	warnings: string[];
}

function describe(fact: Fact, what: string): string {
	return m.sheet_fact_detail({ what, source: fact.source, date: fact.asOf });
}

/** A catalog price as the catalog gives it, with its decimals and no rounding. */
function price(value: number): string {
	return numberFormat({ maximumFractionDigits: 6 }).format(value);
}

/** Puts a sourced figure into `figures` when it has a value ("not found" figures leave the default). */
function take(
	figures: CatalogFigures,
	field: NumericField,
	fact: Fact | undefined,
	what: string,
	scale = 1
): void {
	if (fact?.value === null || fact?.value === undefined) return;
	figures[field] = { value: fact.value * scale, detail: describe(fact, what) };
}

function takeInference(figures: CatalogFigures, prices: InferencePrices, name: string): void {
	take(figures, 'inputPrice', prices.input, m.sheet_fact_input({ name }));
	take(figures, 'cachedInputPrice', prices.cachedInput, m.sheet_fact_cached_input({ name }));
	take(figures, 'outputPrice', prices.output, m.sheet_fact_output({ name }));
	take(figures, 'cacheWritePrice', prices.cacheWrite, m.sheet_fact_cache_write({ name }));
	const batch = prices.batchInput?.value;
	const input = prices.input.value;
	if (batch !== null && batch !== undefined && input) {
		figures.batchDiscount = {
			value: 1 - batch / input,
			detail: m.sheet_fact_batch({
				name,
				batch: price(batch),
				input: price(input),
				source: prices.batchInput?.source ?? ''
			})
		};
	}
}

/** Per hour when the model's training fact is priced by the hour, else per token. */
export function offerPricing(model: ApiModelEntry | null): TrainingPricing {
	return model?.fineTuning?.training?.unit.includes('hour') ? 'per-hour' : 'per-token';
}

/** Figures the catalog gives a scenario of this kind with this model and GPU. */
export function catalogFigures(
	scenario: Scenario,
	model: CatalogEntry | null,
	gpu: GpuEntry | null
): CatalogFigures {
	const figures: CatalogFigures = {};
	if (model?.kind === 'api-model') {
		const name = model.displayName;
		const offer = model.fineTuning;
		if (scenario.kind === 'fine-tuned-api' && offer) {
			// A provider that lists no separate price for calling the tuned model charges the base model's.
			const prices = offer.inference ?? model.inference;
			if (prices)
				takeInference(figures, prices, offer.inference ? m.sheet_fact_fine_tuned({ name }) : name);
			const perHour = offerPricing(model) === 'per-hour';
			take(
				figures,
				perHour ? 'trainingPricePerHour' : 'trainingPricePerMillion',
				offer.training,
				m.sheet_fact_training({ name })
			);
			take(figures, 'minimumFeePerJob', offer.minimumFeePerJob, m.sheet_fact_minimum_fee({ name }));
			take(figures, 'hostingPerHour', offer.hostingPerHour, m.sheet_fact_hosting({ name }));
			take(
				figures,
				'storagePerModelMonth',
				offer.storagePerModelMonth,
				m.sheet_fact_storage({ name })
			);
		} else if (model.inference) {
			takeInference(figures, model.inference, name);
		}
	}
	if (model?.kind === 'open-weight-model' && scenario.kind === 'self-hosted') {
		const name = model.displayName;
		take(figures, 'parameters', model.parameters, m.sheet_fact_parameters({ name }));
	}
	if (gpu && scenario.kind === 'self-hosted') {
		take(
			figures,
			'gpuPeakFlops',
			gpu.peakDenseBf16FlopsPerSecond,
			m.sheet_fact_peak_bf16({ name: gpu.name })
		);
		const offer = gpu.offers[scenario.gpuOffer] ?? gpu.offers[0];
		if (offer) {
			const what = m.sheet_fact_gpu_offer({ name: gpu.name, provider: offer.provider });
			take(figures, 'gpuPricePerHour', offer.pricePerGpuHour, what);
			take(figures, 'servingGpuPricePerHour', offer.pricePerGpuHour, what);
		}
	}
	return figures;
}

/** What a link follows, in the interface language. */
export function linkLabel(source: LinkSource): string {
	switch (source) {
		case 'prompt.system':
			return m.sheet_link_prompt_system();
		case 'prompt.fewShot':
			return m.sheet_link_prompt_few_shot();
		case 'prompt.user':
			return m.sheet_link_prompt_user();
		case 'prompt.output':
			return m.sheet_link_prompt_output();
		case 'dataset.system':
			return m.sheet_link_dataset_system();
		case 'dataset.user':
			return m.sheet_link_dataset_user();
		case 'dataset.output':
			return m.sheet_link_dataset_output();
		case 'dataset.trainingTokensPerEpoch':
			return m.sheet_link_dataset_training_tokens();
		case 'dataset.epochs':
			return m.sheet_link_dataset_epochs();
	}
}

export interface LinkedFigure {
	value: number;
	/** The tokenizer the figure was counted with. */
	tokenizerLabel: string;
	/** false when the figure was counted with another tokenizer than the scenario's model uses. */
	exact: boolean;
}

/**
 * The figure behind a link, or null when there is none yet (no prompt typed, no dataset analysed). Counted with
 * `tokenizer` (the scenario's model's) when there are such figures, otherwise with the first tokenizer listed.
 */
export function linkedFigure(
	source: LinkSource,
	figures: LinkFigures,
	tokenizer: ModelTokenizer | null = null
): LinkedFigure | null {
	const [from, key] = source.split('.') as ['prompt' | 'dataset', string];
	const counted: readonly CountedFigures<object>[] = figures[from];
	const chosen =
		(tokenizer && counted.find((entry) => entry.tokenizer === tokenizer.ref)) ?? counted[0];
	const value = chosen ? (chosen.figures as Record<string, unknown>)[key] : undefined;
	if (!chosen || typeof value !== 'number') return null;
	return {
		value,
		tokenizerLabel: chosen.tokenizerLabel,
		exact: tokenizer === null || chosen.tokenizer === tokenizer.ref
	};
}

/** Why a scenario reads figures counted with another tokenizer than its model's. */
function notExactWarning(
	from: 'prompt' | 'dataset',
	usedLabel: string,
	tokenizer: ModelTokenizer
): string {
	const labels = { used: usedLabel, model: tokenizer.label };
	return from === 'prompt'
		? m.sheet_warning_prompt_not_exact(labels)
		: m.sheet_warning_dataset_not_exact(labels);
}

/** Which links make sense for which field. */
export const LINKS_BY_FIELD: Partial<Record<NumericField, LinkSource[]>> = {
	systemTokens: ['prompt.system', 'dataset.system'],
	fewShotTokens: ['prompt.fewShot'],
	userTokens: ['prompt.user', 'dataset.user'],
	outputTokens: ['prompt.output', 'dataset.output'],
	trainingTokensPerEpoch: ['dataset.trainingTokensPerEpoch'],
	epochs: ['dataset.epochs']
};

/**
 * The tokenizers a sheet's scenarios count with, each once, in column order: what the sample prompt must be counted
 * with for every column to read exact figures.
 */
export function scenarioTokenizers(
	scenarios: readonly Scenario[],
	catalog: readonly CatalogEntry[],
	customTokenizers: readonly { id: string; name: string }[] = []
): ModelTokenizer[] {
	const found: ModelTokenizer[] = [];
	for (const scenario of scenarios) {
		const tokenizer = modelTokenizer(findModel(catalog, scenario), customTokenizers);
		if (tokenizer && !found.some((known) => known.ref === tokenizer.ref)) found.push(tokenizer);
	}
	return found;
}

function findModel(catalog: readonly CatalogEntry[], scenario: Scenario) {
	const entry = catalog.find((candidate) => candidate.id === scenario.modelId);
	const wanted = scenario.kind === 'self-hosted' ? 'open-weight-model' : 'api-model';
	return entry?.kind === wanted ? entry : null;
}

/**
 * Every input of a scenario as a number, and where each came from. Precedence: what the person typed, then a
 * link, then the catalog, then the default of the kind.
 */
export function resolveScenario(
	scenario: Scenario,
	catalog: readonly CatalogEntry[],
	links: LinkFigures
): ResolvedScenario {
	const warnings: string[] = [];
	const model = findModel(catalog, scenario);
	if (scenario.modelId && !model) {
		warnings.push(m.sheet_warning_model_missing({ id: scenario.modelId }));
	}
	const gpuEntry = catalog.find((entry) => entry.id === scenario.gpuId);
	const gpu = gpuEntry?.kind === 'gpu' ? gpuEntry : null;
	if (scenario.kind === 'self-hosted' && scenario.gpuId && !gpu) {
		warnings.push(m.sheet_warning_gpu_missing({ id: scenario.gpuId }));
	}
	const inputs = defaultInputs(scenario.kind);
	inputs.trainingMethod = scenario.trainingMethod;
	inputs.trainingPricing =
		scenario.trainingPricing ?? offerPricing(model?.kind === 'api-model' ? model : null);
	const numbers = inputs as unknown as Record<NumericField, number | null>;
	const origins: ResolvedScenario['origins'] = {};

	const fromCatalog = catalogFigures(scenario, model, gpu);
	for (const [field, figure] of Object.entries(fromCatalog) as [
		NumericField,
		{ value: number; detail: string }
	][]) {
		numbers[field] = figure.value;
		origins[field] = { from: 'catalog', detail: figure.detail };
	}
	const tokenizer = modelTokenizer(model, links.customTokenizers);
	const notExact = new Map<'prompt' | 'dataset', string>();
	for (const [field, source] of Object.entries(scenario.links) as [NumericField, LinkSource][]) {
		const linked = linkedFigure(source, links, tokenizer);
		if (linked === null) {
			warnings.push(m.sheet_warning_link_empty({ link: linkLabel(source) }));
			continue;
		}
		numbers[field] = linked.value;
		origins[field] = {
			from: 'link',
			source,
			detail: m.sheet_link_detail({ link: linkLabel(source), tokenizer: linked.tokenizerLabel })
		};
		if (!linked.exact && tokenizer) {
			const from = source.startsWith('prompt.') ? 'prompt' : 'dataset';
			notExact.set(from, notExactWarning(from, linked.tokenizerLabel, tokenizer));
		}
	}
	warnings.push(...notExact.values());
	for (const [field, entered] of Object.entries(scenario.values) as [
		NumericField,
		{ text: string; value: number }
	][]) {
		numbers[field] = entered.value;
		origins[field] = {
			from: 'entered',
			text: entered.text,
			catalogValue: fromCatalog[field]?.value
		};
	}
	// A stored project may link several fields to one source: its warning is said once.
	return { inputs, origins, model, gpu, tokenizer, warnings: [...new Set(warnings)] };
}
