import { NO_LINK_FIGURES } from './types';
import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { costParts, cumulativeSeries, logVolumes, volumeCurves, COST_PARTS } from './chart-data';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from './example';
import { computeSheet } from './sheet';
import { setValue } from './edit';

const columns = computeSheet(
	exampleScenarios(),
	EXAMPLE_BASELINE_ID,
	BUILTIN_CATALOG,
	NO_LINK_FIGURES,
	usdFormatter
);

describe('chart data of the example project', () => {
	it('gives cumulative costs and the break-even month', () => {
		const [a, b] = cumulativeSeries(columns);
		expect(a?.cumulative[0]).toBeCloseTo(630, 8);
		expect(a?.cumulative[11]).toBeCloseTo(7560, 8);
		expect(a?.breakEvenMonth).toBeNull();
		expect(b?.cumulative[0]).toBeCloseTo(130, 8);
		expect(b?.breakEvenMonth).toBe(1);
	});

	it('draws total cost against volume as lines that cross at the break-even volume', () => {
		const [a, b] = volumeCurves(columns, [0, 471.698113, 100_000]);
		expect(a?.totals[0]).toBeCloseTo(0, 8);
		expect(b?.totals[0]).toBeCloseTo(30, 8);
		expect(a?.totals[1]).toBeCloseTo(b!.totals[1]!, 3);
		expect(a?.totals[2]).toBeCloseTo(7560, 6);
		expect(b?.totals[2]).toBeCloseTo(1230, 6);
		expect(b?.breakEvenVolume).toBeCloseTo(471.7, 1);
	});

	it('splits each total into parts that add up to it, batch discount included', () => {
		const discounted = setValue(exampleScenarios(), 'example-few-shot', 'batchShare', {
			text: '50%',
			value: 0.5
		});
		const sheet = computeSheet(
			discounted,
			EXAMPLE_BASELINE_ID,
			BUILTIN_CATALOG,
			NO_LINK_FIGURES,
			usdFormatter
		);
		for (const { parts, total } of costParts(sheet)) {
			const sum = COST_PARTS.reduce((acc, part) => acc + parts[part], 0);
			expect(sum).toBeCloseTo(total, 6);
		}
		const [a, b] = costParts(columns);
		expect(a?.parts.input).toBeCloseTo(2150 * 2 * 1.2, 6);
		expect(a?.parts.output).toBeCloseTo(250 * 8 * 1.2, 6);
		expect(b?.parts.training).toBeCloseTo(30, 8);
	});

	it('spreads volumes evenly on a log scale', () => {
		expect(logVolumes(100, 1e6, 5).map((v) => Math.round(v))).toEqual([
			100, 1000, 10000, 100000, 1000000
		]);
	});
});
