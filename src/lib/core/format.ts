const counts = new Intl.NumberFormat('en-US');

/** A whole count with thousands separators: 1234567 → "1,234,567". */
export function formatCount(value: number): string {
	return counts.format(value);
}

/** A figure with one decimal at most: 12.25 → "12.3", 12 → "12". */
export function formatDecimal(value: number): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** Bytes for a person: "1.5 MB", "200 MB", "812 B". Decimal units, as file managers show. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${Math.round(bytes)} B`;
	const units = ['kB', 'MB', 'GB', 'TB'];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}

/**
 * A size limit set in binary units, as it is set: "8 GiB", "256 MiB", "1 KiB"; "1,000 bytes" when it is no whole
 * number of them.
 */
export function formatBinaryBytes(bytes: number): string {
	for (const [unit, size] of [
		['GiB', 1024 ** 3],
		['MiB', 1024 ** 2],
		['KiB', 1024]
	] as const) {
		if (bytes >= size && bytes % size === 0) return `${formatCount(bytes / size)} ${unit}`;
	}
	return `${formatCount(bytes)} bytes`;
}

/** A duration for a person: "45 s", "3 min 5 s". */
export function formatSeconds(seconds: number): string {
	const whole = Math.round(seconds);
	if (whole < 60) return `${whole} s`;
	return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
