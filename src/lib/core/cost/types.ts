export const SCENARIO_KINDS = ['prompted', 'fine-tuned-api', 'self-hosted'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];
export const TRAINING_METHODS = ['full', 'lora', 'qlora'] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];
export const TRAINING_PRICINGS = ['per-token', 'per-hour'] as const;
export type TrainingPricing = (typeof TRAINING_PRICINGS)[number];

/** 8,760 hours a year / 12: the hours a model or GPU deployed all month is billed. */
export const HOURS_PER_MONTH = 730;

/**
 * An assumption, not a measured figure: QLoRA keeps the weights in 4 bits and dequantises them on every forward
 * and backward pass, which costs extra time over LoRA. Users should enter their own measurement.
 */
export const QLORA_SLOWDOWN_DEFAULT = 1.3;

/**
 * Everything one scenario's cost is computed from, as plain resolved numbers (the sheet resolves catalog prices
 * and token links first). Money is USD; prices are USD per 1M tokens.
 */
export interface ScenarioInputs {
	kind: ScenarioKind;
	// Prices, USD per 1M tokens (any kind: a self-hosted model served through a per-token host can use them).
	inputPrice: number;
	cachedInputPrice: number;
	outputPrice: number;
	/** null = the provider does not charge cache writes. */
	cacheWritePrice: number | null;
	/** 0..1 share of requests sent through a batch API. */
	batchShare: number;
	/** 0..1 discount of the batch API, e.g. 0.5. */
	batchDiscount: number;
	// Tokens per request.
	systemTokens: number;
	fewShotTokens: number;
	contextTokens: number;
	userTokens: number;
	outputTokens: number;
	/** 0..1 on the cacheable prefix P = system + few-shot. */
	cacheHitRate: number;
	/** USD per request (RAG: embedding the query, reranking…). */
	retrievalCostPerRequest: number;
	/** USD a month (RAG). */
	vectorStorePerMonth: number;
	// Volume.
	requestsPerMonth: number;
	/** 0.05 = +5 % a month. */
	growthPerMonth: number;
	/** Horizon H, whole months. */
	months: number;
	// Training (fine-tuned-api and self-hosted; ignored for prompted).
	trainingPricing: TrainingPricing;
	/** USD per 1M billed training tokens (tokens × epochs). */
	trainingPricePerMillion: number;
	trainingPricePerHour: number;
	trainingHours: number;
	/** Billed tokens per epoch (from a dataset). */
	trainingTokensPerEpoch: number;
	epochs: number;
	minimumFeePerJob: number;
	/** Training jobs at the start (1 = one job). */
	experiments: number;
	/** 0 = never; otherwise one more job every N months inside the horizon. */
	retrainEveryMonths: number;
	// Fixed monthly (fine-tuned-api).
	hostingPerHour: number;
	hoursPerMonth: number;
	storagePerModelMonth: number;
	// Self-hosted.
	/** N, e.g. 8.03e9. */
	parameters: number;
	trainingMethod: TrainingMethod;
	/** Multiplies QLoRA GPU time over LoRA. */
	qloraSlowdown: number;
	/** Peak dense BF16 FLOP/s of one GPU, e.g. 989e12. */
	gpuPeakFlops: number;
	/** Model FLOPs utilisation, 0..1. */
	mfu: number;
	/** Tokens a second of the whole training setup; when given it replaces the FLOPs estimate. */
	measuredTokensPerSecond: number | null;
	/** GPUs used at once: changes the wall-clock time only, since cost is per GPU-hour. */
	trainingGpus: number;
	/** USD per GPU-hour for training. */
	gpuPricePerHour: number;
	servingReplicas: number;
	servingGpusPerReplica: number;
	servingGpuPricePerHour: number;
}

/** Starting values for a new scenario of a kind: no prices, no tokens, no volume. */
export function defaultInputs(kind: ScenarioKind): ScenarioInputs {
	return {
		kind,
		inputPrice: 0,
		cachedInputPrice: 0,
		outputPrice: 0,
		cacheWritePrice: null,
		batchShare: 0,
		batchDiscount: 0.5,
		systemTokens: 0,
		fewShotTokens: 0,
		contextTokens: 0,
		userTokens: 0,
		outputTokens: 0,
		cacheHitRate: 0,
		retrievalCostPerRequest: 0,
		vectorStorePerMonth: 0,
		requestsPerMonth: 0,
		growthPerMonth: 0,
		months: 12,
		trainingPricing: 'per-token',
		trainingPricePerMillion: 0,
		trainingPricePerHour: 0,
		trainingHours: 0,
		trainingTokensPerEpoch: 0,
		epochs: 3,
		minimumFeePerJob: 0,
		experiments: 1,
		retrainEveryMonths: 0,
		hostingPerHour: 0,
		hoursPerMonth: HOURS_PER_MONTH,
		storagePerModelMonth: 0,
		parameters: 0,
		trainingMethod: 'lora',
		qloraSlowdown: QLORA_SLOWDOWN_DEFAULT,
		gpuPeakFlops: 0,
		mfu: 0.4,
		measuredTokensPerSecond: null,
		trainingGpus: 1,
		gpuPricePerHour: 0,
		servingReplicas: kind === 'self-hosted' ? 1 : 0,
		servingGpusPerReplica: 1,
		servingGpuPricePerHour: 0
	};
}

/** How a line item's value reads: the sheet formats the cell with it. */
export type LineItemUnit = 'usd' | 'tokens' | 'requests' | 'jobs' | 'seconds' | 'flop' | 'month';

/**
 * One computed figure and how it was reached, written from the same numbers: the explanation ends with the
 * value as the formatter writes it (`3 epochs × 2,000,000 tokens × $5.00 / 1M = $30.00`).
 */
export interface LineItem {
	value: number;
	unit: LineItemUnit;
	explanation: string;
}

/** A figure that may have no value; the explanation then says why (never reached, not defined). */
export interface OptionalLineItem {
	value: number | null;
	unit: LineItemUnit;
	explanation: string;
}

/**
 * Parts of one request's cost. Items the scenario does not use (no cache-write price, no batch share, no
 * retrieval cost) are null, so the sheet leaves them blank rather than showing $0.00.
 */
export interface PerRequestBreakdown {
	/** P·(1−h) + C + U. */
	uncachedInputTokens: LineItem;
	/** P·h. */
	cachedInputTokens: LineItem;
	/** Uncached input tokens billed at the input price (all of them unless cache writes are billed). */
	inputCost: LineItem;
	/** The missed cacheable prefix P·(1−h) at the cache-write price. */
	cacheWriteCost: LineItem | null;
	cachedInputCost: LineItem;
	outputCost: LineItem;
	/** Tokens at list prices, before any batch discount. */
	tokenCost: LineItem;
	/** What the batch API takes off the token cost (a positive saving). */
	batchSaving: LineItem | null;
	retrievalCost: LineItem | null;
	costPerRequest: LineItem;
	costPer1k: LineItem;
}

export interface TrainingBreakdown {
	/** Experiments at month 1 plus retrains inside the horizon. */
	jobs: LineItem;
	/** Month of each job (1-based, ascending, a month repeated for each job in it). */
	jobMonths: number[];
	/** Self-hosted FLOPs estimate of one job; null for API training or a measured throughput. */
	flops: LineItem | null;
	/** Self-hosted GPU time of one job; null for API training. */
	gpuSeconds: LineItem | null;
	/** Self-hosted wall-clock time of one job on the training GPUs; null for API training. */
	wallClockSeconds: LineItem | null;
	costPerJob: LineItem;
	total: LineItem;
}

/** Costs that do not depend on volume, per month. An item that does not apply to the scenario is null. */
export interface FixedMonthlyBreakdown {
	hosting: LineItem | null;
	storage: LineItem | null;
	serving: LineItem | null;
	vectorStore: LineItem | null;
	total: LineItem;
}

export interface MonthRow {
	/** 1-based. */
	month: number;
	requests: number;
	/** Requests × cost per request. */
	variable: number;
	fixed: number;
	/** Training jobs run in this month. */
	training: number;
	total: number;
	cumulative: number;
}

export interface ScenarioBreakdown {
	/** The inputs the breakdown was computed from (a comparison re-projects the baseline with them). */
	inputs: ScenarioInputs;
	perRequest: PerRequestBreakdown;
	/** null for a prompted scenario. */
	training: TrainingBreakdown | null;
	fixedMonthly: FixedMonthlyBreakdown;
	volume: { requestsLastMonth: LineItem; totalRequests: LineItem };
	monthly: MonthRow[];
	/** Running cost of month 1: requests and fixed monthly costs, without training jobs. */
	monthlyCost: LineItem;
	/** Requests over the horizon × cost per request. */
	requestsCost: LineItem;
	/** Fixed monthly total × months. */
	fixedCost: LineItem;
	/** Everything over the horizon, training jobs included. */
	totalCost: LineItem;
}

/**
 * Which side costs less as volume changes, from the scenario's point of view:
 * - `scenario-cheaper-above` / `baseline-cheaper-above`: the break-even volume V* is positive; the named side is
 *   cheaper above it and the other below it;
 * - `scenario-cheaper-at-any-volume` / `baseline-cheaper-at-any-volume`: no positive break-even volume;
 * - `same-cost`: equal per-request and fixed costs.
 */
export type VolumeVerdict =
	| 'scenario-cheaper-above'
	| 'baseline-cheaper-above'
	| 'scenario-cheaper-at-any-volume'
	| 'baseline-cheaper-at-any-volume'
	| 'same-cost';

export interface BaselineComparison {
	/** This scenario's total minus the baseline's, over this scenario's horizon. */
	difference: LineItem;
	/** First month whose cumulative cost is at or below the baseline's; null if none within the horizon. */
	breakEvenMonth: OptionalLineItem;
	/** Month-1 requests at which both cost the same over the horizon; null when there is no positive one. */
	breakEvenVolume: OptionalLineItem;
	volumeVerdict: VolumeVerdict;
}

/** A problem with one input field, for the sheet to show beside the cell. */
export interface InputProblem {
	field: keyof ScenarioInputs;
	message: string;
}
