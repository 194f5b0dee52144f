import { computeScenario } from './compute';
import { usdFormatter, type CostFormatter } from './format';
import { formulaItem, plural } from './line-item';
import { growthWeight } from './projection';
import type {
	BaselineComparison,
	OptionalLineItem,
	ScenarioBreakdown,
	VolumeVerdict
} from './types';

/** Two costs computed along different paths can differ in the last bits; that is still a tie. */
function nearlyEqual(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

function atOrBelow(a: number, b: number): boolean {
	return a < b || nearlyEqual(a, b);
}

/**
 * The baseline as it would run at the scenario's workload. A comparison only means something for the same
 * requests, so the scenario's requests in month 1, growth and horizon apply to both sides.
 */
function alignBaseline(
	scenario: ScenarioBreakdown,
	baseline: ScenarioBreakdown,
	fmt: CostFormatter
): { baseline: ScenarioBreakdown; realigned: boolean } {
	const { requestsPerMonth, growthPerMonth, months } = scenario.inputs;
	const own = baseline.inputs;
	if (
		own.requestsPerMonth === requestsPerMonth &&
		own.growthPerMonth === growthPerMonth &&
		own.months === months
	) {
		return { baseline, realigned: false };
	}
	return {
		baseline: computeScenario({ ...own, requestsPerMonth, growthPerMonth, months }, fmt),
		realigned: true
	};
}

function breakEvenMonth(
	scenario: ScenarioBreakdown,
	baseline: ScenarioBreakdown,
	fmt: CostFormatter
): OptionalLineItem {
	const index = scenario.monthly.findIndex((row, i) =>
		atOrBelow(row.cumulative, baseline.monthly[i]?.cumulative ?? Number.NaN)
	);
	const row = scenario.monthly[index];
	const baseRow = baseline.monthly[index];
	if (row && baseRow) {
		return {
			value: row.month,
			unit: 'month',
			explanation:
				`First month with a cumulative cost at or below the baseline's ` +
				`(${fmt.money(row.cumulative)} against ${fmt.money(baseRow.cumulative)}): ${fmt.count(row.month)}`
		};
	}
	const months = scenario.monthly.length;
	const last = scenario.monthly.at(-1)?.cumulative ?? 0;
	const baseLast = baseline.monthly.at(-1)?.cumulative ?? 0;
	return {
		value: null,
		unit: 'month',
		explanation:
			`The cumulative cost stays above the baseline's in every one of the ` +
			`${plural(months, 'month', 'months', fmt)} (${fmt.money(last)} against ${fmt.money(baseLast)} ` +
			`at the end): no break-even within the horizon`
	};
}

/** Costs over the horizon that do not depend on volume: training jobs and fixed monthly costs. */
function volumeIndependentCost(breakdown: ScenarioBreakdown): number {
	return (breakdown.training?.total.value ?? 0) + breakdown.fixedCost.value;
}

/**
 * V* = (fixed_this − fixed_base) / (Σ_m (1+g)^(m−1) · (c_base − c_this)): the month-1 volume at which both
 * cost the same over the horizon (the sum is H without growth).
 */
function breakEvenVolume(
	scenario: ScenarioBreakdown,
	baseline: ScenarioBreakdown,
	fmt: CostFormatter
): { item: OptionalLineItem; verdict: VolumeVerdict } {
	const fixedThis = volumeIndependentCost(scenario);
	const fixedBase = volumeIndependentCost(baseline);
	const costThis = scenario.perRequest.costPerRequest.value;
	const costBase = baseline.perRequest.costPerRequest.value;
	const perRequest = `(${fmt.money(costThis)} against ${fmt.money(costBase)})`;
	const fixed = `(${fmt.money(fixedThis)} against ${fmt.money(fixedBase)})`;

	if (nearlyEqual(costThis, costBase)) {
		const sameFixed = nearlyEqual(fixedThis, fixedBase);
		const verdict: VolumeVerdict = sameFixed
			? 'same-cost'
			: fixedThis < fixedBase
				? 'scenario-cheaper-at-any-volume'
				: 'baseline-cheaper-at-any-volume';
		const outcome = sameFixed
			? 'both cost the same at any volume'
			: fixedThis < fixedBase
				? 'this scenario is cheaper at any volume'
				: 'the baseline is cheaper at any volume';
		return {
			item: {
				value: null,
				unit: 'requests',
				explanation:
					`The same cost per request as the baseline (${fmt.money(costThis)}), fixed costs ${fixed}: ` +
					`no break-even volume; ${outcome}`
			},
			verdict
		};
	}

	const weight = growthWeight(scenario.inputs.growthPerMonth, scenario.inputs.months);
	const volume = (fixedThis - fixedBase) / (weight * (costBase - costThis));
	const cheaperPerRequest = costThis < costBase;
	if (volume <= 0) {
		return {
			item: {
				value: null,
				unit: 'requests',
				explanation: cheaperPerRequest
					? `Less per request ${perRequest} and no more in fixed costs ${fixed}: ` +
						'no break-even volume; this scenario is cheaper at any volume'
					: `More per request ${perRequest} and no less in fixed costs ${fixed}: ` +
						'no break-even volume; this scenario is never cheaper'
			},
			verdict: cheaperPerRequest
				? 'scenario-cheaper-at-any-volume'
				: 'baseline-cheaper-at-any-volume'
		};
	}

	const months =
		scenario.inputs.growthPerMonth === 0
			? plural(scenario.inputs.months, 'month', 'months', fmt)
			: `${fmt.count(weight)} months weighted by ${fmt.percent(scenario.inputs.growthPerMonth)} growth`;
	const cheaperAbove = cheaperPerRequest ? 'this scenario' : 'the baseline';
	const cheaperBelow = cheaperPerRequest ? 'the baseline' : 'this scenario';
	const item = formulaItem(
		volume,
		'requests',
		`Requests in month 1 above which ${cheaperAbove} is cheaper (below, ${cheaperBelow}): ` +
			`(${fmt.money(fixedThis)} − ${fmt.money(fixedBase)}) / ` +
			`(${months} × (${fmt.money(costBase)} − ${fmt.money(costThis)}))`,
		fmt
	);
	return {
		item,
		verdict: cheaperPerRequest ? 'scenario-cheaper-above' : 'baseline-cheaper-above'
	};
}

/**
 * This scenario against a baseline: the difference in total cost, the break-even month and the break-even
 * volume. The baseline is taken at this scenario's requests, growth and horizon (re-computed when its own
 * differ), so both answer for the same workload.
 */
export function compareToBaseline(
	scenario: ScenarioBreakdown,
	baseline: ScenarioBreakdown,
	fmt: CostFormatter = usdFormatter
): BaselineComparison {
	const aligned = alignBaseline(scenario, baseline, fmt);
	const base = aligned.baseline;
	const atVolume = aligned.realigned ? " at this scenario's volume" : '';
	const difference = formulaItem(
		scenario.totalCost.value - base.totalCost.value,
		'usd',
		`${fmt.money(scenario.totalCost.value)} − ${fmt.money(base.totalCost.value)} baseline${atVolume}`,
		fmt
	);
	const volume = breakEvenVolume(scenario, base, fmt);
	return {
		difference,
		breakEvenMonth: breakEvenMonth(scenario, base, fmt),
		breakEvenVolume: volume.item,
		volumeVerdict: volume.verdict
	};
}
