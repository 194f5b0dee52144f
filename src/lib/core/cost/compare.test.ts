import { describe, expect, it } from 'vitest';
import { compareToBaseline } from './compare';
import { computeScenario } from './compute';
import { usdFormatter } from './format';
import { formatValue } from './line-item';
import { growthWeight } from './projection';
import { WORKED_EXAMPLES } from './testing/examples';
import { collectLineItems } from './testing/line-items';
import type { ScenarioInputs } from './types';

const { promptedGpt41, fineTunedGpt41Mini, fineTunedOnAzure, selfHostedLlama8b } = WORKED_EXAMPLES;
const compare = (scenario: ScenarioInputs, baseline: ScenarioInputs) =>
	compareToBaseline(computeScenario(scenario), computeScenario(baseline));

describe('compareToBaseline, worked examples', () => {
	it('B against A: cheaper from month 1, break-even at 471.7 requests a month', () => {
		const result = compare(fineTunedGpt41Mini, promptedGpt41);
		expect(result.difference.value).toBeCloseTo(1230 - 7560, 9);
		expect(result.difference.explanation).toBe('$1,230.00 − $7,560.00 baseline = -$6,330.00');
		expect(result.breakEvenMonth.value).toBe(1);
		expect(result.breakEvenMonth.explanation).toBe(
			"First month with a cumulative cost at or below the baseline's ($130.00 against $630.00): 1"
		);
		expect(result.breakEvenVolume.value).toBeCloseTo(30 / (12 * 0.0053), 6);
		expect(result.breakEvenVolume.value).toBeCloseTo(471.698, 3);
		expect(result.breakEvenVolume.explanation).toBe(
			'Requests in month 1 above which this scenario is cheaper (below, the baseline): ' +
				'($30.00 − $0.00) / (12 months × ($0.0063 − $0.001)) = 471.7'
		);
		expect(result.volumeVerdict).toBe('scenario-cheaper-above');
	});

	it('C against A: break-even at 234,622.6 requests a month, never within the horizon at 100,000', () => {
		const result = compare(fineTunedOnAzure, promptedGpt41);
		expect(result.breakEvenVolume.value).toBeCloseTo(14_922 / (12 * 0.0053), 4);
		expect(result.breakEvenVolume.value).toBeCloseTo(234_622.64, 1);
		expect(result.breakEvenVolume.explanation.endsWith(' = 234,622.6')).toBe(true);
		expect(result.volumeVerdict).toBe('scenario-cheaper-above');
		expect(result.difference.value).toBeCloseTo(16_122 - 7560, 9);
		expect(result.breakEvenMonth.value).toBeNull();
		expect(result.breakEvenMonth.explanation).toBe(
			"The cumulative cost stays above the baseline's in every one of the 12 months " +
				'($16,122.00 against $7,560.00 at the end): no break-even within the horizon'
		);
	});

	it('A against C: the same break-even volume, with the baseline cheaper above it', () => {
		const result = compare(promptedGpt41, fineTunedOnAzure);
		expect(result.breakEvenVolume.value).toBeCloseTo(234_622.64, 1);
		expect(result.volumeVerdict).toBe('baseline-cheaper-above');
		expect(result.breakEvenVolume.explanation).toContain('above which the baseline is cheaper');
		expect(result.breakEvenMonth.value).toBe(1);
	});
});

describe('break-even month', () => {
	it('is the first month the cumulative cost falls to the baseline’s', () => {
		// 3,000 + 100·m against 630·m: 3,000 ≤ 530·m first at m = 6.
		const result = compare({ ...fineTunedGpt41Mini, minimumFeePerJob: 3000 }, promptedGpt41);
		expect(result.breakEvenMonth.value).toBe(6);
		expect(result.breakEvenMonth.explanation).toBe(
			"First month with a cumulative cost at or below the baseline's ($3,600.00 against $3,780.00): 6"
		);
	});

	it('counts an exact tie as break-even', () => {
		// 1,060 + 100·m against 630·m: equal at m = 2.
		const result = compare({ ...fineTunedGpt41Mini, minimumFeePerJob: 1060 }, promptedGpt41);
		expect(result.breakEvenMonth.value).toBe(2);
	});

	it('is null when the baseline stays cheaper', () => {
		const result = compare({ ...fineTunedGpt41Mini, minimumFeePerJob: 10_000 }, promptedGpt41);
		expect(result.breakEvenMonth.value).toBeNull();
		expect(result.breakEvenMonth.explanation).toContain('no break-even within the horizon');
	});
});

describe('break-even volume', () => {
	it('makes both totals equal at V*, with growth weighting the months', () => {
		for (const [scenario, baseline] of [
			[fineTunedOnAzure, promptedGpt41],
			[promptedGpt41, fineTunedOnAzure],
			[
				{ ...fineTunedGpt41Mini, retrainEveryMonths: 4 },
				{ ...promptedGpt41, cacheHitRate: 0.5 }
			],
			[selfHostedLlama8b, promptedGpt41]
		] as const) {
			const grown = { ...scenario, growthPerMonth: 0.05, months: 18 };
			const result = compare(grown, baseline);
			const volume = result.breakEvenVolume.value;
			if (volume === null) throw new Error('expected a break-even volume');
			const atVolume = { requestsPerMonth: volume, growthPerMonth: 0.05, months: 18 };
			const total = computeScenario({ ...grown, ...atVolume }).totalCost.value;
			const baseTotal = computeScenario({ ...baseline, ...atVolume }).totalCost.value;
			expect(total).toBeCloseTo(baseTotal, 6);
		}
	});

	it('divides by Σ(1+g)^(m−1) with growth', () => {
		const result = compare({ ...fineTunedGpt41Mini, growthPerMonth: 0.05 }, promptedGpt41);
		const weight = growthWeight(0.05, 12);
		expect(weight).toBeCloseTo(15.917, 3);
		expect(result.breakEvenVolume.value).toBeCloseTo(30 / (weight * 0.0053), 6);
		expect(result.breakEvenVolume.explanation).toBe(
			'Requests in month 1 above which this scenario is cheaper (below, the baseline): ' +
				'($30.00 − $0.00) / (15.9 months weighted by 5% growth × ($0.0063 − $0.001)) = 355.6'
		);
	});

	it('has none when the scenario is cheaper at any volume', () => {
		const result = compare({ ...fineTunedGpt41Mini, experiments: 0 }, promptedGpt41);
		expect(result.breakEvenVolume.value).toBeNull();
		expect(result.volumeVerdict).toBe('scenario-cheaper-at-any-volume');
		expect(result.breakEvenVolume.explanation).toContain('this scenario is cheaper at any volume');
	});

	it('has none when the scenario is never cheaper', () => {
		const result = compare(promptedGpt41, { ...fineTunedGpt41Mini, experiments: 0 });
		expect(result.breakEvenVolume.value).toBeNull();
		expect(result.volumeVerdict).toBe('baseline-cheaper-at-any-volume');
		expect(result.breakEvenVolume.explanation).toContain('this scenario is never cheaper');
	});

	it('has none when the costs per request are equal, and says which side the fixed costs favour', () => {
		const same = compare(promptedGpt41, promptedGpt41);
		expect(same.breakEvenVolume.value).toBeNull();
		expect(same.volumeVerdict).toBe('same-cost');
		expect(same.difference.value).toBe(0);
		expect(same.breakEvenMonth.value).toBe(1);

		const withStore = { ...promptedGpt41, vectorStorePerMonth: 25 };
		expect(compare(promptedGpt41, withStore).volumeVerdict).toBe('scenario-cheaper-at-any-volume');
		expect(compare(withStore, promptedGpt41).volumeVerdict).toBe('baseline-cheaper-at-any-volume');
		expect(compare(withStore, promptedGpt41).breakEvenVolume.explanation).toContain(
			'the baseline is cheaper at any volume'
		);
	});
});

describe('a baseline with another volume or horizon', () => {
	it("is taken at this scenario's requests, growth and horizon", () => {
		const otherVolume = {
			...promptedGpt41,
			requestsPerMonth: 5000,
			growthPerMonth: 0.2,
			months: 36
		};
		const aligned = compare(fineTunedGpt41Mini, promptedGpt41);
		const result = compare(fineTunedGpt41Mini, otherVolume);
		expect(result.difference.value).toBeCloseTo(aligned.difference.value, 9);
		expect(result.breakEvenMonth.value).toBe(aligned.breakEvenMonth.value);
		expect(result.breakEvenVolume.value).toBeCloseTo(aligned.breakEvenVolume.value ?? 0, 9);
		expect(result.difference.explanation).toBe(
			"$1,230.00 − $7,560.00 baseline at this scenario's volume = -$6,330.00"
		);
	});

	it("counts the baseline's retrains inside this scenario's horizon", () => {
		const baseline = { ...fineTunedGpt41Mini, retrainEveryMonths: 6, months: 36 };
		// Over 12 months the baseline trains twice (months 1 and 7): $60 of fixed costs against none.
		const result = compare(promptedGpt41, baseline);
		expect(result.difference.value).toBeCloseTo(7560 - 1260, 9);
		expect(result.breakEvenVolume.value).toBeCloseTo(60 / (12 * 0.0053), 6);
		expect(result.volumeVerdict).toBe('baseline-cheaper-above');
	});
});

describe('comparison explanations', () => {
	it('end with their value as formatted', () => {
		const pairs: [ScenarioInputs, ScenarioInputs][] = [
			[fineTunedGpt41Mini, promptedGpt41],
			[fineTunedOnAzure, promptedGpt41],
			[{ ...selfHostedLlama8b, growthPerMonth: 0.1 }, fineTunedOnAzure]
		];
		for (const [scenario, baseline] of pairs) {
			for (const { path, item } of collectLineItems(compare(scenario, baseline))) {
				if (item.value === null) continue;
				const formatted = formatValue(item.value, item.unit, usdFormatter);
				expect(item.explanation.endsWith(formatted), `${path}: ${item.explanation}`).toBe(true);
			}
		}
	});
});
