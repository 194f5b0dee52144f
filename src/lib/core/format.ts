import { intlLocale, m } from './i18n/locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number format of the current locale, made once per locale and options. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const tag = intlLocale();
	const key = `${tag} ${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(tag, options);
		numberFormats.set(key, format);
	}
	return format;
}

/** A whole count with thousands separators: 1234567 → "1,234,567" (English), "1 234 567" (French). */
export function formatCount(value: number): string {
	return numberFormat().format(value);
}

/** A figure with one decimal at most: 12.25 → "12.3", 12 → "12". */
export function formatDecimal(value: number): string {
	return numberFormat({ maximumFractionDigits: 1 }).format(value);
}

/** A share as a percentage with one decimal at most: 0.125 → "12.5%" (English), "12,5 %" (French). */
export function formatPercent(share: number): string {
	return numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A date and time as this locale writes it, medium date and short time. */
export function formatDateTime(date: Date | number): string {
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
		date
	);
}

/** A date as this locale writes it in full: "December 6, 2026", "6 décembre 2026". */
export function formatLongDate(date: Date | number): string {
	return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long' }).format(date);
}

/** Bytes for a person: "1.5 MB", "200 MB", "812 B" (French: "1,5 Mo"). Decimal units, as file managers show. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return m.unit_bytes_short({ value: formatCount(Math.round(bytes)) });
	const units = [m.unit_kb, m.unit_mb, m.unit_gb, m.unit_tb];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	const shown = numberFormat({ maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
	return units[unit]!({ value: shown });
}

/**
 * A size limit set in binary units, as it is set: "8 GiB", "256 MiB", "1 KiB"; "1,000 bytes" when it is no whole
 * number of them.
 */
export function formatBinaryBytes(bytes: number): string {
	for (const [unit, size] of [
		[m.unit_gib, 1024 ** 3],
		[m.unit_mib, 1024 ** 2],
		[m.unit_kib, 1024]
	] as const) {
		if (bytes >= size && bytes % size === 0) return unit({ value: formatCount(bytes / size) });
	}
	return m.unit_bytes({ count: bytes, value: formatCount(bytes) });
}

/** A duration for a person: "45 s", "3 min 5 s". */
export function formatSeconds(seconds: number): string {
	const whole = Math.round(seconds);
	if (whole < 60) return m.unit_seconds({ seconds: whole });
	return m.unit_minutes_seconds({ minutes: Math.floor(whole / 60), seconds: whole % 60 });
}
