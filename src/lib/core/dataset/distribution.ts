export interface Distribution {
	min: number;
	max: number;
	mean: number;
	p10: number;
	p50: number;
	p90: number;
	p99: number;
}

export interface Histogram {
	/** Bin i holds values in [edges[i], edges[i + 1]); the last bin also holds the maximum. */
	edges: number[];
	counts: number[];
}

/** Percentile by linear interpolation between closest ranks (numpy's default), over sorted values. */
function percentile(sorted: Float64Array | Uint32Array, fraction: number): number {
	const position = (sorted.length - 1) * fraction;
	const below = Math.floor(position);
	const above = Math.ceil(position);
	const low = sorted[below]!;
	return low + (sorted[above]! - low) * (position - below);
}

/** The 25th and 75th percentiles, computed as the distribution's percentiles are. */
export interface Quartiles {
	q1: number;
	q3: number;
}

/** A sorted copy, for the functions below that read sorted values (the values given keep their order). */
export function sortedCopy(values: Uint32Array): Uint32Array {
	return values.slice().sort();
}

export function distribution(values: Uint32Array): Distribution | null {
	return distributionOfSorted(sortedCopy(values));
}

/** Quartiles of values sorted ascending; null for no values. */
export function quartilesOfSorted(sorted: Uint32Array): Quartiles | null {
	if (sorted.length === 0) return null;
	return { q1: percentile(sorted, 0.25), q3: percentile(sorted, 0.75) };
}

/** The distribution of values sorted ascending, so a caller that needs more figures sorts once. */
export function distributionOfSorted(sorted: Uint32Array): Distribution | null {
	if (sorted.length === 0) return null;
	let sum = 0;
	for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
	return {
		min: sorted[0]!,
		max: sorted[sorted.length - 1]!,
		mean: sum / sorted.length,
		p10: percentile(sorted, 0.1),
		p50: percentile(sorted, 0.5),
		p90: percentile(sorted, 0.9),
		p99: percentile(sorted, 0.99)
	};
}

/** Round bin widths (1, 2, 5 × 10ⁿ) so the axis reads well. */
function niceWidth(span: number, bins: number): number {
	const raw = Math.max(1, span / bins);
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].find((m) => m * magnitude >= raw)!;
	return step * magnitude;
}

/** An equal-width histogram from 0 to past the maximum (and past `mark`, so a limit is always on the axis). */
export function histogram(values: Uint32Array, bins = 30, mark?: number): Histogram {
	let max = 0;
	for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
	const top = Math.max(max, mark ?? 0) + 1;
	const width = niceWidth(top, bins);
	const count = Math.max(1, Math.ceil(top / width));
	const counts = new Array<number>(count).fill(0);
	for (let i = 0; i < values.length; i++) {
		counts[Math.min(count - 1, Math.floor(values[i]! / width))]!++;
	}
	return { edges: Array.from({ length: count + 1 }, (_, i) => i * width), counts };
}
