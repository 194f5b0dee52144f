import { growthWeight } from '../cost/projection';
import { m } from '../i18n/locale';
import type { SheetColumn } from './sheet';

/** Columns that computed, with their results (the others have input problems and are left out of charts). */
function computed(columns: readonly SheetColumn[]) {
	return columns.flatMap((column) =>
		column.result ? [{ scenario: column.scenario, result: column.result }] : []
	);
}

/** Cumulative cost month by month per scenario, and where each crosses the baseline. */
export function cumulativeSeries(columns: readonly SheetColumn[]) {
	return computed(columns).map(({ scenario, result }) => ({
		scenario: scenario.name,
		cumulative: result.breakdown.monthly.map((row) => row.cumulative),
		breakEvenMonth: result.comparison?.breakEvenMonth.value ?? null
	}));
}

/** `count` volumes spread evenly on a log scale from `from` to `to` (both included). */
export function logVolumes(from: number, to: number, count: number): number[] {
	const low = Math.log10(from);
	const step = (Math.log10(to) - low) / (count - 1);
	return Array.from({ length: count }, (_, i) => 10 ** (low + i * step));
}

/**
 * Total cost over the horizon as a function of the month-1 volume, per scenario: fixed costs (training, monthly
 * fixed × months) plus volume × Σ growth weights × cost per request. Straight lines, so the break-even volume
 * is where two cross.
 */
export function volumeCurves(columns: readonly SheetColumn[], volumes: readonly number[]) {
	return computed(columns).map(({ scenario, result }) => {
		const { inputs, perRequest, totalCost, requestsCost } = result.breakdown;
		const fixed = totalCost.value - requestsCost.value;
		const weight = growthWeight(inputs.growthPerMonth, inputs.months);
		const perVolume = weight * perRequest.costPerRequest.value;
		return {
			scenario: scenario.name,
			totals: volumes.map((volume) => fixed + volume * perVolume),
			fixed,
			perVolume,
			breakEvenVolume: result.comparison?.breakEvenVolume.value ?? null
		};
	});
}

export const COST_PARTS = [
	'training',
	'fixedMonthly',
	'gpuServing',
	'input',
	'cachedInput',
	'output',
	'retrieval'
] as const;
export type CostPart = (typeof COST_PARTS)[number];

/** A part's name in the interface language: "Training", "Fixed monthly"… */
export function costPartLabel(part: CostPart): string {
	switch (part) {
		case 'training':
			return m.sheet_part_training();
		case 'fixedMonthly':
			return m.sheet_part_fixed_monthly();
		case 'gpuServing':
			return m.sheet_part_gpu_serving();
		case 'input':
			return m.sheet_part_input();
		case 'cachedInput':
			return m.sheet_part_cached_input();
		case 'output':
			return m.sheet_part_output();
		case 'retrieval':
			return m.sheet_part_retrieval();
	}
}

/**
 * What each scenario's total is made of over the horizon. Token parts are after the batch discount, so the parts
 * add up to the total cost.
 */
export function costParts(columns: readonly SheetColumn[]) {
	return computed(columns).map(({ scenario, result }) => {
		const { inputs, perRequest, fixedMonthly, training, volume } = result.breakdown;
		const requests = volume.totalRequests.value;
		const months = inputs.months;
		const discount = 1 - inputs.batchShare * inputs.batchDiscount;
		const tokens = (cost: number) => cost * discount * requests;
		const parts: Record<CostPart, number> = {
			training: training?.total.value ?? 0,
			fixedMonthly:
				((fixedMonthly.hosting?.value ?? 0) +
					(fixedMonthly.storage?.value ?? 0) +
					(fixedMonthly.vectorStore?.value ?? 0)) *
				months,
			gpuServing: (fixedMonthly.serving?.value ?? 0) * months,
			input: tokens(perRequest.inputCost.value + (perRequest.cacheWriteCost?.value ?? 0)),
			cachedInput: tokens(perRequest.cachedInputCost.value),
			output: tokens(perRequest.outputCost.value),
			retrieval: (perRequest.retrievalCost?.value ?? 0) * requests
		};
		return { scenario: scenario.name, parts, total: result.breakdown.totalCost.value };
	});
}
