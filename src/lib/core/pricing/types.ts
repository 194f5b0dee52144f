/** How far a figure can be trusted: a vendor page or repo (high), a dated mirror (medium), a secondary source (low). */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How precise `asOf` is. A source dated only by month or year is written as the first day of that period. */
export const AS_OF_PRECISIONS = ['day', 'month', 'year', 'undated'] as const;
export type AsOfPrecision = (typeof AS_OF_PRECISIONS)[number];

/** A sourced, dated figure. `value: null` means it was looked for and not found: the user enters it. */
export interface Fact {
	value: number | null;
	/** What the value counts, e.g. 'USD per 1M tokens', 'USD per GPU-hour', 'tokens'. */
	unit: string;
	source: string;
	/** YYYY-MM-DD: the date of the source copy that was read. */
	asOf: string;
	confidence: Confidence;
	/** Absent means 'day'. 'undated': the source had no date and `asOf` is the day it was read. */
	asOfPrecision?: AsOfPrecision;
}

/** Inference prices, USD per 1M tokens. */
export interface InferencePrices {
	input: Fact;
	output: Fact;
	cachedInput?: Fact;
	/** Writing to the prompt cache, where charged (Anthropic: the 5-minute cache). */
	cacheWrite?: Fact;
	/** Anthropic's 1-hour cache write. */
	cacheWrite1h?: Fact;
	batchInput?: Fact;
	batchCachedInput?: Fact;
	batchOutput?: Fact;
}

/** What a provider charges to fine-tune a model and to use the result. */
export interface FineTuningOffer {
	/** e.g. 'supervised', 'reinforcement', 'DPO'. */
	method?: string;
	/** Per 1M training tokens (tokens x epochs), or per hour of training where `unit` says so. */
	training?: Fact;
	maxTokensPerExample?: Fact;
	minimumFeePerJob?: Fact;
	/** Prices of calling the fine-tuned model. */
	inference?: InferencePrices;
	/** Hosting a fine-tuned deployment, billed whether called or not. */
	hostingPerHour?: Fact;
	storagePerModelMonth?: Fact;
}

/** A model (or a price tier covering many models) sold through an API. */
export interface ApiModelEntry {
	kind: 'api-model';
	/** Unique in a catalog: provider slug / model id, e.g. 'openai/gpt-4o-mini-2024-07-18'. */
	id: string;
	provider: string;
	/** The id the provider's API takes; for a group, a short description. */
	modelId: string;
	/** Other names for the same model, e.g. the undated family name 'gpt-4o-mini'. */
	aliases: string[];
	displayName: string;
	/** 'group': a tier or fee covering many models (e.g. 'SFT, models up to 16B'). */
	scope: 'model' | 'group';
	/** For OpenAI models an `EncodingName` ('o200k_base', 'cl100k_base'); otherwise a tokenizer name. */
	encoding?: string;
	contextTokens?: Fact;
	inference?: InferencePrices;
	fineTuning?: FineTuningOffer;
	notes: string[];
}

/** An open-weight model to fine-tune and serve yourself. Figures come from its model card. */
export interface OpenWeightModelEntry {
	kind: 'open-weight-model';
	id: string;
	family: string;
	/** The Hugging Face repository, e.g. 'meta-llama/Llama-3.1-8B'. */
	modelId: string;
	displayName: string;
	parameters: Fact;
	contextTokens: Fact;
	/** e.g. 'Llama 3 (tiktoken BPE, 128K vocabulary)'. */
	tokenizer: string;
	notes: string[];
}

/** One provider's hourly price for a GPU. */
export interface GpuOffer {
	provider: string;
	/** The offer as the provider lists it, e.g. 'p5.48xlarge, 8x H100 (us-east-1)'. */
	offer: string;
	pricePerGpuHour: Fact;
	notes: string[];
}

export interface GpuEntry {
	kind: 'gpu';
	id: string;
	name: string;
	memoryGb: number;
	peakDenseBf16FlopsPerSecond: Fact;
	offers: GpuOffer[];
	notes: string[];
}

export type CatalogEntry = ApiModelEntry | OpenWeightModelEntry | GpuEntry;
export type CatalogEntryKind = CatalogEntry['kind'];

/** A catalog as a file: what Tunesheet exports and imports. */
export interface CatalogFile {
	type: 'tunesheet-catalog';
	version: 1;
	entries: CatalogEntry[];
}

/** The kinds of catalog entries, in the order they are listed. */
export const CATALOG_ENTRY_KINDS = ['api-model', 'open-weight-model', 'gpu'] as const;

/*
 * Units as a Fact stores them: identifiers written into catalog files and IndexedDB, the same in every language.
 * A person reads them through unitLabel() and formatFact() (units.ts, rows.ts).
 */
export const PER_MILLION_TOKENS = 'USD per 1M tokens'; // i18n-exempt: a unit identifier stored in catalog files
export const PER_MILLION_TRAINING_TOKENS = 'USD per 1M training tokens'; // i18n-exempt: a stored unit identifier
export const PER_TRAINING_HOUR = 'USD per training hour'; // i18n-exempt: a stored unit identifier
export const PER_JOB_MINIMUM = 'USD per job (minimum fee)'; // i18n-exempt: a stored unit identifier
export const PER_MODEL_MONTH = 'USD per model-month'; // i18n-exempt: a stored unit identifier
export const PER_HOUR = 'USD per hour'; // i18n-exempt: a stored unit identifier
export const PER_HOUR_PER_MODEL_UNIT = 'USD per hour per model unit'; // i18n-exempt: a stored unit identifier
export const PER_GPU_HOUR = 'USD per GPU-hour'; // i18n-exempt: a stored unit identifier
export const TOKENS = 'tokens';
export const PARAMETERS = 'parameters';
export const FLOPS = 'FLOP/s';

/** 'Azure OpenAI' → 'azure-openai': the first part of an API entry's id. */
export function providerSlug(provider: string): string {
	return provider
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Where a figure sits in its entry, e.g. ['inference', 'input'] or ['offers', 0, 'pricePerGpuHour']. */
export type FactPath = (string | number)[];
