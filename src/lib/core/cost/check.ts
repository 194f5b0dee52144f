import { formatCount, formatPercent } from '../format';
import { m } from '../i18n/locale';
import {
	SCENARIO_KINDS,
	TRAINING_METHODS,
	TRAINING_PRICINGS,
	type InputProblem,
	type ScenarioInputs
} from './types';

/** Bounds the projection's size: 50 years is beyond any plan. */
export const MAX_MONTHS = 600;
/** Bounds the job list: more experiments than this is a typo. */
export const MAX_EXPERIMENTS = 1000;
/** 31 days × 24 h: a month holds no more hours. */
export const MAX_HOURS_PER_MONTH = 744;

type NumberField = {
	[K in keyof ScenarioInputs]: ScenarioInputs[K] extends number ? K : never;
}[keyof ScenarioInputs];

const NON_NEGATIVE_FOR_ALL: NumberField[] = [
	'inputPrice',
	'cachedInputPrice',
	'outputPrice',
	'batchShare',
	'batchDiscount',
	'systemTokens',
	'fewShotTokens',
	'contextTokens',
	'userTokens',
	'outputTokens',
	'cacheHitRate',
	'retrievalCostPerRequest',
	'vectorStorePerMonth',
	'requestsPerMonth',
	'hoursPerMonth',
	'servingReplicas',
	'servingGpusPerReplica',
	'servingGpuPricePerHour'
];
const SHARES: NumberField[] = ['batchShare', 'batchDiscount', 'cacheHitRate'];
const NON_NEGATIVE_FOR_TRAINING: NumberField[] = [
	'trainingPricePerMillion',
	'trainingPricePerHour',
	'trainingHours',
	'trainingTokensPerEpoch',
	'epochs',
	'minimumFeePerJob'
];
const NON_NEGATIVE_FOR_API: NumberField[] = ['hostingPerHour', 'storagePerModelMonth'];
const NON_NEGATIVE_FOR_SELF_HOSTED: NumberField[] = ['parameters', 'gpuPricePerHour'];

function isNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Every problem that would make the computation meaningless (NaN, infinite or negative costs), field by field,
 * for the fields the scenario's kind uses. `computeScenario` assumes an empty list. Values are read as unknown
 * since they may come from storage or a paste rather than from typed code.
 */
export function checkInputs(inputs: ScenarioInputs): InputProblem[] {
	const problems: InputProblem[] = [];
	const report = (field: keyof ScenarioInputs, message: string) =>
		problems.push({ field, message });
	const value = (field: keyof ScenarioInputs): unknown => inputs[field];

	/** Reports a field that is not a finite number; true when it is one. */
	const finite = (field: NumberField): boolean => {
		if (isNumber(value(field))) return true;
		report(field, m.cost_check_number());
		return false;
	};
	const nonNegative = (field: NumberField) => {
		if (finite(field) && inputs[field] < 0) report(field, m.cost_check_not_negative());
	};
	const whole = (field: NumberField, min: number, max: number) => {
		if (!finite(field)) return;
		const n = inputs[field];
		if (!Number.isInteger(n)) report(field, m.cost_check_whole());
		else if (n < min) report(field, m.cost_check_at_least({ min: formatCount(min) }));
		else if (n > max) report(field, m.cost_check_at_most({ max: formatCount(max) }));
	};
	const oneOf = (field: keyof ScenarioInputs, allowed: readonly string[]) => {
		if (!allowed.includes(value(field) as string))
			// The allowed values are identifiers, written as stored.
			report(field, m.cost_check_one_of({ values: allowed.join(', ') }));
	};

	oneOf('kind', SCENARIO_KINDS);
	for (const field of NON_NEGATIVE_FOR_ALL) nonNegative(field);
	for (const field of SHARES) {
		if (isNumber(inputs[field]) && inputs[field] > 1)
			report(field, m.cost_check_at_most({ max: formatPercent(1) }));
	}
	if (inputs.cacheWritePrice !== null) {
		if (!isNumber(value('cacheWritePrice')))
			report('cacheWritePrice', m.cost_check_number_or_empty());
		else if (inputs.cacheWritePrice < 0) report('cacheWritePrice', m.cost_check_not_negative());
	}
	if (finite('growthPerMonth') && inputs.growthPerMonth <= -1) {
		report('growthPerMonth', m.cost_check_growth());
	}
	whole('months', 1, MAX_MONTHS);
	if (isNumber(inputs.hoursPerMonth) && inputs.hoursPerMonth > MAX_HOURS_PER_MONTH) {
		report('hoursPerMonth', m.cost_check_hours_at_most({ max: formatCount(MAX_HOURS_PER_MONTH) }));
	}

	if (inputs.kind === 'prompted') return problems;
	oneOf('trainingPricing', TRAINING_PRICINGS);
	for (const field of NON_NEGATIVE_FOR_TRAINING) nonNegative(field);
	whole('experiments', 0, MAX_EXPERIMENTS);
	whole('retrainEveryMonths', 0, MAX_MONTHS);

	if (inputs.kind === 'fine-tuned-api') {
		for (const field of NON_NEGATIVE_FOR_API) nonNegative(field);
		return problems;
	}

	oneOf('trainingMethod', TRAINING_METHODS);
	for (const field of NON_NEGATIVE_FOR_SELF_HOSTED) nonNegative(field);
	if (finite('trainingGpus') && inputs.trainingGpus <= 0) {
		report('trainingGpus', m.cost_check_more_than_zero());
	}
	if (inputs.measuredTokensPerSecond !== null) {
		if (!isNumber(value('measuredTokensPerSecond'))) {
			report('measuredTokensPerSecond', m.cost_check_number_or_empty());
		} else if (inputs.measuredTokensPerSecond <= 0) {
			report('measuredTokensPerSecond', m.cost_check_throughput());
		}
		return problems;
	}
	if (inputs.trainingMethod === 'qlora' && finite('qloraSlowdown') && inputs.qloraSlowdown <= 0) {
		report('qloraSlowdown', m.cost_check_more_than_zero());
	}
	// Without a measured throughput, training time is estimated from FLOPs: that needs a GPU and an MFU.
	if (finite('mfu') && (inputs.mfu <= 0 || inputs.mfu > 1)) {
		report('mfu', m.cost_check_mfu());
	}
	if (finite('gpuPeakFlops') && inputs.gpuPeakFlops <= 0) {
		const hasWork = inputs.parameters > 0 && inputs.trainingTokensPerEpoch > 0 && inputs.epochs > 0;
		if (hasWork) report('gpuPeakFlops', m.cost_check_peak_flops());
		else if (inputs.gpuPeakFlops < 0) report('gpuPeakFlops', m.cost_check_not_negative());
	}
	return problems;
}
