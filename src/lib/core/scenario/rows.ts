import type {
	BaselineComparison,
	LineItem,
	OptionalLineItem,
	ScenarioBreakdown,
	ScenarioInputs,
	ScenarioKind
} from '../cost/types';
import type { NumericField } from './types';

/** How a cell's number reads. `scale` rows are typed in a friendlier unit (billions, TFLOP/s). */
export type CellFormat =
	| 'usd'
	| 'usd-per-1m'
	| 'usd-per-hour'
	| 'tokens'
	| 'count'
	| 'share'
	| 'months'
	| 'hours'
	| 'seconds'
	| 'billions'
	| 'tflops'
	| 'flops'
	| 'month';

export type ChoiceName = 'kind' | 'model' | 'gpu' | 'trainingMethod' | 'trainingPricing';

export interface ScenarioResult {
	breakdown: ScenarioBreakdown;
	/** null for the baseline itself, or when no baseline is chosen. */
	comparison: BaselineComparison | null;
}

interface RowBase {
	id: string;
	label: string;
	/** Kinds the row applies to; for the others its cell is blank. */
	kinds: readonly ScenarioKind[];
	/** What the row means, for the formula bar. */
	hint?: string;
	/** Narrower than the kind: the row matters only for these inputs (e.g. per-hour training pricing). */
	when?: (inputs: ScenarioInputs) => boolean;
}
export interface InputRow extends RowBase {
	type: 'input';
	field: NumericField;
	format: CellFormat;
}
export interface ChoiceRow extends RowBase {
	type: 'choice';
	choice: ChoiceName;
}
export interface ComputedRow extends RowBase {
	type: 'computed';
	format: CellFormat;
	/** null: nothing to show for this scenario (e.g. no baseline). */
	value: (result: ScenarioResult) => LineItem | OptionalLineItem | null;
}
export type SheetRow = InputRow | ChoiceRow | ComputedRow;

export interface SheetSection {
	title: string;
	rows: SheetRow[];
}

const ALL: readonly ScenarioKind[] = ['prompted', 'fine-tuned-api', 'self-hosted'];
const API: readonly ScenarioKind[] = ['prompted', 'fine-tuned-api'];
const TRAINED: readonly ScenarioKind[] = ['fine-tuned-api', 'self-hosted'];
const TUNED_API: readonly ScenarioKind[] = ['fine-tuned-api'];
const SELF: readonly ScenarioKind[] = ['self-hosted'];
const perToken = (inputs: ScenarioInputs) => inputs.trainingPricing === 'per-token';
const perHour = (inputs: ScenarioInputs) => inputs.trainingPricing === 'per-hour';

function input(
	field: NumericField,
	label: string,
	format: CellFormat,
	kinds: readonly ScenarioKind[],
	hint?: string
): InputRow {
	return { type: 'input', id: field, field, label, format, kinds, hint };
}

function computed(
	id: string,
	label: string,
	format: CellFormat,
	kinds: readonly ScenarioKind[],
	value: ComputedRow['value']
): ComputedRow {
	return { type: 'computed', id, label, format, kinds, value };
}

export const SHEET_SECTIONS: SheetSection[] = [
	{
		title: 'Model and prices',
		rows: [
			{ type: 'choice', id: 'kind', label: 'Kind', choice: 'kind', kinds: ALL },
			{
				type: 'choice',
				id: 'model',
				label: 'Model',
				choice: 'model',
				kinds: ALL,
				hint: 'Pick from the price catalog: its prices fill the rows below.'
			},
			{ type: 'choice', id: 'gpu', label: 'GPU', choice: 'gpu', kinds: SELF },
			input('inputPrice', 'Input price per 1M', 'usd-per-1m', ALL),
			input('cachedInputPrice', 'Cached input price per 1M', 'usd-per-1m', ALL),
			input(
				'cacheWritePrice',
				'Cache write price per 1M',
				'usd-per-1m',
				API,
				'Where a provider charges for writing the cache, missed cacheable tokens cost this instead of the input price.'
			),
			input('outputPrice', 'Output price per 1M', 'usd-per-1m', ALL),
			input('batchShare', 'Share sent as batch', 'share', API),
			input('batchDiscount', 'Batch discount', 'share', API)
		]
	},
	{
		title: 'Prompt tokens',
		rows: [
			input('systemTokens', 'System prompt tokens', 'tokens', ALL),
			input('fewShotTokens', 'Few-shot tokens', 'tokens', ALL),
			input('contextTokens', 'Retrieved context tokens', 'tokens', ALL),
			input('userTokens', 'User message tokens', 'tokens', ALL),
			input('outputTokens', 'Output tokens', 'tokens', ALL),
			input(
				'cacheHitRate',
				'Cache hit rate',
				'share',
				ALL,
				'Share of the system prompt and few-shot tokens read from the prompt cache.'
			),
			input('retrievalCostPerRequest', 'Retrieval cost per request', 'usd', ALL)
		]
	},
	{
		title: 'Volume',
		rows: [
			input('requestsPerMonth', 'Requests per month', 'count', ALL, 'Requests in month 1.'),
			input('growthPerMonth', 'Monthly growth', 'share', ALL),
			input('months', 'Months', 'months', ALL, 'The horizon every total covers.')
		]
	},
	{
		title: 'Training',
		rows: [
			{
				type: 'choice',
				id: 'trainingPricing',
				label: 'Training priced',
				choice: 'trainingPricing',
				kinds: TUNED_API
			},
			input('trainingTokensPerEpoch', 'Training tokens per epoch', 'tokens', TRAINED),
			input('epochs', 'Epochs', 'count', TRAINED),
			{
				...input('trainingPricePerMillion', 'Training price per 1M', 'usd-per-1m', TUNED_API),
				when: perToken
			},
			{
				...input('trainingPricePerHour', 'Training price per hour', 'usd-per-hour', TUNED_API),
				when: perHour
			},
			{ ...input('trainingHours', 'Training hours per job', 'hours', TUNED_API), when: perHour },
			input('minimumFeePerJob', 'Minimum fee per job', 'usd', TRAINED),
			input('experiments', 'Training runs at the start', 'count', TRAINED),
			input('retrainEveryMonths', 'Retrain every (months)', 'months', TRAINED, '0: never.'),
			input('parameters', 'Parameters (billions)', 'billions', SELF),
			{
				type: 'choice',
				id: 'trainingMethod',
				label: 'Method',
				choice: 'trainingMethod',
				kinds: SELF
			},
			{
				...input(
					'qloraSlowdown',
					'QLoRA slowdown',
					'count',
					SELF,
					'An assumption, not a measured figure: QLoRA dequantises 4-bit weights on every pass. Enter your own measurement.'
				),
				when: (inputs) => inputs.trainingMethod === 'qlora'
			},
			input('gpuPeakFlops', 'GPU peak BF16 (TFLOP/s)', 'tflops', SELF),
			input('mfu', 'Model FLOPs utilisation', 'share', SELF),
			input(
				'measuredTokensPerSecond',
				'Measured tokens per second',
				'count',
				SELF,
				'Throughput you measured for the whole setup; it replaces the FLOPs estimate.'
			),
			input('trainingGpus', 'Training GPUs', 'count', SELF),
			input('gpuPricePerHour', 'GPU price per hour', 'usd-per-hour', SELF),
			computed(
				'gpuTime',
				'GPU time per job',
				'seconds',
				SELF,
				(r) => r.breakdown.training?.gpuSeconds ?? null
			),
			computed(
				'wallClock',
				'Wall-clock per job',
				'seconds',
				SELF,
				(r) => r.breakdown.training?.wallClockSeconds ?? null
			),
			computed(
				'jobs',
				'Training jobs',
				'count',
				TRAINED,
				(r) => r.breakdown.training?.jobs ?? null
			),
			computed(
				'costPerJob',
				'Cost per job',
				'usd',
				TRAINED,
				(r) => r.breakdown.training?.costPerJob ?? null
			),
			computed(
				'trainingCost',
				'Training cost',
				'usd',
				TRAINED,
				(r) => r.breakdown.training?.total ?? null
			)
		]
	},
	{
		title: 'Fixed costs',
		rows: [
			input('hostingPerHour', 'Hosting per hour', 'usd-per-hour', TUNED_API),
			input('hoursPerMonth', 'Hours deployed per month', 'hours', TRAINED),
			input('storagePerModelMonth', 'Storage per model-month', 'usd', TUNED_API),
			input('servingReplicas', 'Serving replicas', 'count', SELF),
			input('servingGpusPerReplica', 'GPUs per replica', 'count', SELF),
			input('servingGpuPricePerHour', 'Serving GPU price per hour', 'usd-per-hour', SELF),
			input('vectorStorePerMonth', 'Vector store per month', 'usd', ALL),
			computed(
				'fixedMonthly',
				'Fixed monthly cost',
				'usd',
				ALL,
				(r) => r.breakdown.fixedMonthly.total
			)
		]
	},
	{
		title: 'Results',
		rows: [
			computed(
				'costPerRequest',
				'Cost per request',
				'usd',
				ALL,
				(r) => r.breakdown.perRequest.costPerRequest
			),
			computed(
				'costPer1k',
				'Cost per 1K requests',
				'usd',
				ALL,
				(r) => r.breakdown.perRequest.costPer1k
			),
			computed('monthlyCost', 'Monthly cost', 'usd', ALL, (r) => r.breakdown.monthlyCost),
			computed('totalCost', 'Total cost', 'usd', ALL, (r) => r.breakdown.totalCost),
			computed(
				'difference',
				'Difference from baseline',
				'usd',
				ALL,
				(r) => r.comparison?.difference ?? null
			),
			computed(
				'breakEvenMonth',
				'Break-even month',
				'month',
				ALL,
				(r) => r.comparison?.breakEvenMonth ?? null
			),
			computed(
				'breakEvenVolume',
				'Break-even volume per month',
				'count',
				ALL,
				(r) => r.comparison?.breakEvenVolume ?? null
			)
		]
	}
];

/** Multiplier from what a person types in a row to the stored input (billions of parameters, TFLOP/s). */
export function formatScale(format: CellFormat): number {
	if (format === 'billions') return 1e9;
	if (format === 'tflops') return 1e12;
	return 1;
}
