const counts = new Intl.NumberFormat('en-US');

/** A whole count with thousands separators: 1234567 → "1,234,567". */
export function formatCount(value: number): string {
	return counts.format(value);
}
