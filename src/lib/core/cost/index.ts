export { checkInputs, MAX_EXPERIMENTS, MAX_HOURS_PER_MONTH, MAX_MONTHS } from './check';
export { compareToBaseline } from './compare';
export { computeScenario } from './compute';
export { formatUsd, usdFormatter, type CostFormatter } from './format';
export { formatValue } from './line-item';
export { growthWeight, monthlyRequests } from './projection';
export { FLOPS_PER_PARAMETER_TOKEN, trainingJobMonths } from './training';
export {
	defaultInputs,
	HOURS_PER_MONTH,
	QLORA_SLOWDOWN_DEFAULT,
	SCENARIO_KINDS,
	TRAINING_METHODS,
	TRAINING_PRICINGS,
	type BaselineComparison,
	type FixedMonthlyBreakdown,
	type InputProblem,
	type LineItem,
	type LineItemUnit,
	type MonthRow,
	type OptionalLineItem,
	type PerRequestBreakdown,
	type ScenarioBreakdown,
	type ScenarioInputs,
	type ScenarioKind,
	type TrainingBreakdown,
	type TrainingMethod,
	type TrainingPricing,
	type VolumeVerdict
} from './types';
