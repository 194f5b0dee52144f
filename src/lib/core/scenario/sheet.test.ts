import { describe, expect, it } from 'vitest';
import { usdFormatter, type CostFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { setValue } from './edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from './example';
import { computeSheet, SheetMemo } from './sheet';
import { NO_LINK_FIGURES } from './types';

const BASELINE = EXAMPLE_BASELINE_ID;

function sheet(scenarios = exampleScenarios(), memo = new SheetMemo(), fmt = usdFormatter) {
	return computeSheet(scenarios, BASELINE, BUILTIN_CATALOG, NO_LINK_FIGURES, fmt, memo);
}

describe('computeSheet with a memo', () => {
	const scenarios = exampleScenarios();
	const [baseline, other] = scenarios;

	it('keeps the columns of scenarios an edit did not change, and recomputes the edited one', () => {
		const memo = new SheetMemo();
		const before = sheet(scenarios, memo);
		const edited = setValue(scenarios, other!.id, 'requestsPerMonth', {
			text: '200k',
			value: 200_000
		});
		const after = sheet(edited, memo);
		expect(after[0]).toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
		expect(after[1]!.result!.breakdown.totalCost.value).not.toBe(
			before[1]!.result!.breakdown.totalCost.value
		);
		// The same figures as without a memo.
		expect(after).toEqual(sheet(edited));
	});

	it('compares every other column again when the baseline changes, reusing their breakdowns', () => {
		const memo = new SheetMemo();
		const before = sheet(scenarios, memo);
		const edited = setValue(scenarios, baseline!.id, 'requestsPerMonth', {
			text: '200k',
			value: 200_000
		});
		const after = sheet(edited, memo);
		expect(after[1]).not.toBe(before[1]);
		expect(after[1]!.result!.breakdown).toBe(before[1]!.result!.breakdown);
		expect(after[1]!.result!.comparison).not.toEqual(before[1]!.result!.comparison);
		expect(after).toEqual(sheet(edited));
	});

	it('starts afresh with another formatter', () => {
		const memo = new SheetMemo();
		const before = sheet(scenarios, memo);
		const euros: CostFormatter = { ...usdFormatter, money: (usd) => `€${usd}` };
		const after = sheet(scenarios, memo, euros);
		expect(after[0]).not.toBe(before[0]);
		expect(after[0]!.resolved).not.toBe(before[0]!.resolved);
	});
});
