import type {
	BaselineComparison,
	LineItem,
	OptionalLineItem,
	ScenarioBreakdown,
	ScenarioInputs,
	ScenarioKind
} from '../cost/types';
import { m } from '../i18n/locale';
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

/** A text in the interface language, read each time it is shown (the language can change while the sheet is open). */
type Text = () => string;

interface RowBase {
	id: string;
	/** What the row is called, in the interface language. */
	readonly label: string;
	/** Kinds the row applies to; for the others its cell is blank. */
	kinds: readonly ScenarioKind[];
	/** What the row means, for the formula bar. */
	readonly hint?: string;
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
	id: string;
	/** The section's heading, in the interface language. */
	readonly title: string;
	rows: SheetRow[];
}

const ALL: readonly ScenarioKind[] = ['prompted', 'fine-tuned-api', 'self-hosted'];
const API: readonly ScenarioKind[] = ['prompted', 'fine-tuned-api'];
const TRAINED: readonly ScenarioKind[] = ['fine-tuned-api', 'self-hosted'];
const TUNED_API: readonly ScenarioKind[] = ['fine-tuned-api'];
const SELF: readonly ScenarioKind[] = ['self-hosted'];
const perToken = (inputs: ScenarioInputs) => inputs.trainingPricing === 'per-token';
const perHour = (inputs: ScenarioInputs) => inputs.trainingPricing === 'per-hour';

interface RowOptions {
	hint?: Text;
	when?: RowBase['when'];
}

/**
 * A row with its texts as getters: rows are defined once, and each read of `label` or `hint` gives it in the
 * language of the moment. (A spread copy of a row would keep the texts of the moment it was made.)
 */
function withTexts<T extends object>(base: T, label: Text, options: RowOptions) {
	return {
		...base,
		when: options.when,
		get label() {
			return label();
		},
		get hint() {
			return options.hint?.();
		}
	};
}

function input(
	field: NumericField,
	label: Text,
	format: CellFormat,
	kinds: readonly ScenarioKind[],
	options: RowOptions = {}
): InputRow {
	return withTexts({ type: 'input' as const, id: field, field, format, kinds }, label, options);
}

function choice(
	id: ChoiceName,
	label: Text,
	kinds: readonly ScenarioKind[],
	options: RowOptions = {}
): ChoiceRow {
	return withTexts({ type: 'choice' as const, id, choice: id, kinds }, label, options);
}

function computed(
	id: string,
	label: Text,
	format: CellFormat,
	kinds: readonly ScenarioKind[],
	value: ComputedRow['value']
): ComputedRow {
	return withTexts({ type: 'computed' as const, id, format, kinds, value }, label, {});
}

function section(id: string, title: Text, rows: SheetRow[]): SheetSection {
	return {
		id,
		get title() {
			return title();
		},
		rows
	};
}

export const SHEET_SECTIONS: SheetSection[] = [
	section('prices', m.sheet_section_prices, [
		choice('kind', m.sheet_row_kind, ALL),
		choice('model', m.sheet_row_model, ALL, { hint: m.sheet_hint_model }),
		choice('gpu', m.sheet_row_gpu, SELF),
		input('inputPrice', m.sheet_row_input_price, 'usd-per-1m', ALL),
		input('cachedInputPrice', m.sheet_row_cached_input_price, 'usd-per-1m', ALL),
		input('cacheWritePrice', m.sheet_row_cache_write_price, 'usd-per-1m', API, {
			hint: m.sheet_hint_cache_write_price
		}),
		input('outputPrice', m.sheet_row_output_price, 'usd-per-1m', ALL),
		input('batchShare', m.sheet_row_batch_share, 'share', API),
		input('batchDiscount', m.sheet_row_batch_discount, 'share', API)
	]),
	section('prompt', m.sheet_section_prompt, [
		input('systemTokens', m.sheet_row_system_tokens, 'tokens', ALL),
		input('fewShotTokens', m.sheet_row_few_shot_tokens, 'tokens', ALL),
		input('contextTokens', m.sheet_row_context_tokens, 'tokens', ALL),
		input('userTokens', m.sheet_row_user_tokens, 'tokens', ALL),
		input('outputTokens', m.sheet_row_output_tokens, 'tokens', ALL),
		input('cacheHitRate', m.sheet_row_cache_hit_rate, 'share', ALL, {
			hint: m.sheet_hint_cache_hit_rate
		}),
		input('retrievalCostPerRequest', m.sheet_row_retrieval_cost, 'usd', ALL)
	]),
	section('volume', m.sheet_section_volume, [
		input('requestsPerMonth', m.sheet_row_requests_per_month, 'count', ALL, {
			hint: m.sheet_hint_requests_per_month
		}),
		input('growthPerMonth', m.sheet_row_growth_per_month, 'share', ALL),
		input('months', m.sheet_row_months, 'months', ALL, { hint: m.sheet_hint_months })
	]),
	section('training', m.sheet_section_training, [
		choice('trainingPricing', m.sheet_row_training_pricing, TUNED_API),
		input('trainingTokensPerEpoch', m.sheet_row_training_tokens_per_epoch, 'tokens', TRAINED),
		input('epochs', m.sheet_row_epochs, 'count', TRAINED),
		input(
			'trainingPricePerMillion',
			m.sheet_row_training_price_per_million,
			'usd-per-1m',
			TUNED_API,
			{
				when: perToken
			}
		),
		input('trainingPricePerHour', m.sheet_row_training_price_per_hour, 'usd-per-hour', TUNED_API, {
			when: perHour
		}),
		input('trainingHours', m.sheet_row_training_hours, 'hours', TUNED_API, { when: perHour }),
		input('minimumFeePerJob', m.sheet_row_minimum_fee, 'usd', TRAINED),
		input('experiments', m.sheet_row_experiments, 'count', TRAINED),
		input('retrainEveryMonths', m.sheet_row_retrain_every, 'months', TRAINED, {
			hint: m.sheet_hint_retrain_every
		}),
		input('parameters', m.sheet_row_parameters, 'billions', SELF),
		choice('trainingMethod', m.sheet_row_training_method, SELF),
		input('qloraSlowdown', m.sheet_row_qlora_slowdown, 'count', SELF, {
			hint: m.sheet_hint_qlora_slowdown,
			when: (inputs) => inputs.trainingMethod === 'qlora'
		}),
		input('gpuPeakFlops', m.sheet_row_gpu_peak_flops, 'tflops', SELF),
		input('mfu', m.sheet_row_mfu, 'share', SELF),
		input('measuredTokensPerSecond', m.sheet_row_measured_tokens_per_second, 'count', SELF, {
			hint: m.sheet_hint_measured_tokens_per_second
		}),
		input('trainingGpus', m.sheet_row_training_gpus, 'count', SELF),
		input('gpuPricePerHour', m.sheet_row_gpu_price_per_hour, 'usd-per-hour', SELF),
		computed(
			'gpuTime',
			m.sheet_row_gpu_time,
			'seconds',
			SELF,
			(r) => r.breakdown.training?.gpuSeconds ?? null
		),
		computed(
			'wallClock',
			m.sheet_row_wall_clock,
			'seconds',
			SELF,
			(r) => r.breakdown.training?.wallClockSeconds ?? null
		),
		computed(
			'jobs',
			m.sheet_row_training_jobs,
			'count',
			TRAINED,
			(r) => r.breakdown.training?.jobs ?? null
		),
		computed(
			'costPerJob',
			m.sheet_row_cost_per_job,
			'usd',
			TRAINED,
			(r) => r.breakdown.training?.costPerJob ?? null
		),
		computed(
			'trainingCost',
			m.sheet_row_training_cost,
			'usd',
			TRAINED,
			(r) => r.breakdown.training?.total ?? null
		)
	]),
	section('fixed', m.sheet_section_fixed, [
		input('hostingPerHour', m.sheet_row_hosting_per_hour, 'usd-per-hour', TUNED_API),
		input('hoursPerMonth', m.sheet_row_hours_per_month, 'hours', TRAINED),
		input('storagePerModelMonth', m.sheet_row_storage, 'usd', TUNED_API),
		input('servingReplicas', m.sheet_row_serving_replicas, 'count', SELF),
		input('servingGpusPerReplica', m.sheet_row_serving_gpus_per_replica, 'count', SELF),
		input('servingGpuPricePerHour', m.sheet_row_serving_gpu_price, 'usd-per-hour', SELF),
		input('vectorStorePerMonth', m.sheet_row_vector_store, 'usd', ALL),
		computed(
			'fixedMonthly',
			m.sheet_row_fixed_monthly,
			'usd',
			ALL,
			(r) => r.breakdown.fixedMonthly.total
		)
	]),
	section('results', m.sheet_section_results, [
		computed(
			'costPerRequest',
			m.sheet_row_cost_per_request,
			'usd',
			ALL,
			(r) => r.breakdown.perRequest.costPerRequest
		),
		computed(
			'costPer1k',
			m.sheet_row_cost_per_1k,
			'usd',
			ALL,
			(r) => r.breakdown.perRequest.costPer1k
		),
		computed('monthlyCost', m.sheet_row_monthly_cost, 'usd', ALL, (r) => r.breakdown.monthlyCost),
		computed('totalCost', m.sheet_row_total_cost, 'usd', ALL, (r) => r.breakdown.totalCost),
		computed(
			'difference',
			m.sheet_row_difference,
			'usd',
			ALL,
			(r) => r.comparison?.difference ?? null
		),
		computed(
			'breakEvenMonth',
			m.sheet_row_break_even_month,
			'month',
			ALL,
			(r) => r.comparison?.breakEvenMonth ?? null
		),
		computed(
			'breakEvenVolume',
			m.sheet_row_break_even_volume,
			'count',
			ALL,
			(r) => r.comparison?.breakEvenVolume ?? null
		)
	])
];

/** The input row of a field, for naming it to a person (problems list the field). */
export function inputRowOf(field: keyof ScenarioInputs): InputRow | null {
	for (const { rows } of SHEET_SECTIONS)
		for (const row of rows) if (row.type === 'input' && row.field === field) return row;
	return null;
}

/** Multiplier from what a person types in a row to the stored input (billions of parameters, TFLOP/s). */
export function formatScale(format: CellFormat): number {
	if (format === 'billions') return 1e9;
	if (format === 'tflops') return 1e12;
	return 1;
}
