import { m } from '../i18n/locale';
import { computeScenario } from './compute';
import { usdFormatter, type CostFormatter } from './format';
import { counted, formulaItem } from './line-item';
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
			explanation: m.cost_break_even_month({
				cost: fmt.money(row.cumulative),
				baseline: fmt.money(baseRow.cumulative),
				month: fmt.count(row.month)
			})
		};
	}
	const months = scenario.monthly.length;
	const last = scenario.monthly.at(-1)?.cumulative ?? 0;
	const baseLast = baseline.monthly.at(-1)?.cumulative ?? 0;
	return {
		value: null,
		unit: 'month',
		explanation: m.cost_no_break_even_month({
			months: counted(m.cost_months, months, fmt),
			cost: fmt.money(last),
			baseline: fmt.money(baseLast)
		})
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
	const perRequest = m.cost_against({ cost: fmt.money(costThis), baseline: fmt.money(costBase) });
	const fixed = m.cost_against({ cost: fmt.money(fixedThis), baseline: fmt.money(fixedBase) });

	if (nearlyEqual(costThis, costBase)) {
		const sameFixed = nearlyEqual(fixedThis, fixedBase);
		const verdict: VolumeVerdict = sameFixed
			? 'same-cost'
			: fixedThis < fixedBase
				? 'scenario-cheaper-at-any-volume'
				: 'baseline-cheaper-at-any-volume';
		const outcome = sameFixed
			? m.cost_any_volume_same()
			: fixedThis < fixedBase
				? m.cost_any_volume_scenario()
				: m.cost_any_volume_baseline();
		return {
			item: {
				value: null,
				unit: 'requests',
				explanation: m.cost_same_per_request({ cost: fmt.money(costThis), fixed, outcome })
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
					? m.cost_cheaper_per_request({ perRequest, fixed })
					: m.cost_dearer_per_request({ perRequest, fixed })
			},
			verdict: cheaperPerRequest
				? 'scenario-cheaper-at-any-volume'
				: 'baseline-cheaper-at-any-volume'
		};
	}

	const months =
		scenario.inputs.growthPerMonth === 0
			? counted(m.cost_months, scenario.inputs.months, fmt)
			: m.cost_weighted_months({
					months: fmt.count(weight),
					growth: fmt.percent(scenario.inputs.growthPerMonth)
				});
	const formula =
		`(${fmt.money(fixedThis)} − ${fmt.money(fixedBase)}) / ` +
		`(${months} × (${fmt.money(costBase)} − ${fmt.money(costThis)}))`;
	const item = formulaItem(
		volume,
		'requests',
		cheaperPerRequest
			? m.cost_break_even_volume_scenario({ formula })
			: m.cost_break_even_volume_baseline({ formula }),
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
	const terms = {
		cost: fmt.money(scenario.totalCost.value),
		baseline: fmt.money(base.totalCost.value)
	};
	const difference = formulaItem(
		scenario.totalCost.value - base.totalCost.value,
		'usd',
		aligned.realigned ? m.cost_difference_realigned(terms) : m.cost_difference(terms),
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
