import { describe, expect, it } from 'vitest';
import { StatsBuilder } from './stats';
import { lengthOutliers, summarize } from './summary';

const sortedCounts = (counts: number[]) => Uint32Array.from(counts).sort();

describe('lengthOutliers', () => {
	it('counts examples past Tukey’s far-out fences, Q3 + 3·IQR and Q1 − 3·IQR', () => {
		// Sorted: 3 100 102 104 105 106 108 110 112 500. Q1 at position 2.25 = 102.5, Q3 at 6.75 = 109.5.
		const outliers = lengthOutliers(sortedCounts([106, 100, 500, 102, 104, 3, 105, 108, 110, 112]));
		expect(outliers).toEqual({ long: 1, short: 1, above: 109.5 + 21, below: 102.5 - 21 });
	});

	it('counts only examples strictly past a fence, and never a fence below 0', () => {
		// Q1 = 10, Q3 = 20: the fences are 50 and max(0, −20) = 0.
		expect(lengthOutliers(sortedCounts([5, 10, 15, 20, 50]))).toEqual({
			long: 0,
			short: 0,
			above: 50,
			below: 0
		});
		expect(lengthOutliers(sortedCounts([0, 10, 15, 20, 51])).long).toBe(1);
	});

	it('finds none when every example has the same length, or there are none', () => {
		// Most the same length: the spread counts as 1 token, so only clearly longer ones stand out.
		expect(lengthOutliers(sortedCounts([27, 27, 27, 27, 27, 27, 29, 45]))).toMatchObject({
			long: 1,
			short: 0,
			// Q3 = 27.5 (interpolated), IQR 0.5 → 1: 27.5 + 3.
			above: 30.5
		});
		expect(lengthOutliers(sortedCounts([40, 40, 40]))).toEqual({
			long: 0,
			short: 0,
			above: 43,
			below: 37
		});
		expect(lengthOutliers(new Uint32Array())).toEqual({ long: 0, short: 0, above: 0, below: 0 });
	});
});

describe('summarize', () => {
	it('reports the length outliers of the per-example token counts', () => {
		const counts = [106, 100, 500, 102, 104, 3, 105, 108, 110, 112];
		const stats = {
			...new StatsBuilder().finish(),
			examples: counts.length,
			perExample: Uint32Array.from(counts),
			exampleLines: Uint32Array.from(counts, (_, i) => i + 1),
			fingerprints: Float64Array.from(counts, (_, i) => i)
		};
		const summary = summarize(stats, {
			format: 'chat',
			encoding: 'o200k_base',
			maxTokensPerExample: 65_536
		});
		expect(summary.lengthOutliers).toEqual({ long: 1, short: 1, above: 130.5, below: 81.5 });
		// The distribution is unchanged by sorting once for both.
		expect(summary.tokens.perExample).toMatchObject({ min: 3, max: 500, p50: 105.5 });
		expect([...stats.perExample]).toEqual(counts);
	});
});
