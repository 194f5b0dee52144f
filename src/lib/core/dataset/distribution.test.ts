import { describe, expect, it } from 'vitest';
import { distribution, distributionOfSorted, histogram, quartilesOfSorted } from './distribution';

describe('distribution', () => {
	it('gives min, max, mean and interpolated percentiles (numpy linear)', () => {
		const values = Uint32Array.from([43, 106, 26, 27, 8031]);
		const d = distribution(values)!;
		expect(d.min).toBe(26);
		expect(d.max).toBe(8031);
		expect(d.mean).toBeCloseTo(8233 / 5);
		// sorted: 26 27 43 106 8031; p50 = 43; p10 at position 0.4 → 26 + 0.4 × 1
		expect(d.p50).toBe(43);
		expect(d.p10).toBeCloseTo(26.4);
		expect(d.p90).toBeCloseTo(106 + 0.6 * (8031 - 106));
	});

	it('is null for no values', () => {
		expect(distribution(new Uint32Array())).toBeNull();
	});

	it('does not reorder the values it is given', () => {
		const values = Uint32Array.from([3, 1, 2]);
		distribution(values);
		expect([...values]).toEqual([3, 1, 2]);
	});
});

describe('quartiles', () => {
	it('interpolates the 25th and 75th percentiles as the distribution does', () => {
		// Sorted 26 27 43 106 8031: Q1 at position 1 = 27, Q3 at position 3 = 106.
		expect(quartilesOfSorted(Uint32Array.from([26, 27, 43, 106, 8031]))).toEqual({
			q1: 27,
			q3: 106
		});
		// Sorted 1 2 3 4: Q1 at position 0.75 = 1.75, Q3 at 2.25 = 3.25.
		expect(quartilesOfSorted(Uint32Array.from([1, 2, 3, 4]))).toEqual({ q1: 1.75, q3: 3.25 });
		expect(quartilesOfSorted(new Uint32Array())).toBeNull();
	});

	it('gives the same distribution from values sorted ahead', () => {
		const values = Uint32Array.from([43, 106, 26, 27, 8031]);
		expect(distributionOfSorted(values.slice().sort())).toEqual(distribution(values));
	});
});

describe('histogram', () => {
	it('puts every value in one bin of round width, from 0 past the maximum', () => {
		const values = Uint32Array.from([0, 5, 9, 10, 95, 99]);
		const { edges, counts } = histogram(values, 10);
		expect(edges[1]! - edges[0]!).toBe(10);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
		expect(counts[0]).toBe(3);
		expect(counts[1]).toBe(1);
		expect(counts.at(-1)).toBe(2);
	});

	it('reaches past a mark beyond the data, so a limit shows on the axis', () => {
		const { edges } = histogram(Uint32Array.from([10, 20]), 10, 500);
		expect(edges.at(-1)!).toBeGreaterThan(500);
	});
});
