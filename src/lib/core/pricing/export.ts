/* The effective catalog (built-in entries with the user's overrides) and the age of its prices. */
import type { CatalogEntry, CatalogFile } from './types';

/** Overrides replace the built-in entry with the same id, in place; other overrides are appended. */
export function effectiveCatalog(
	builtin: readonly CatalogEntry[],
	overrides: readonly CatalogEntry[]
): CatalogEntry[] {
	const byId = new Map(overrides.map((entry) => [entry.id, entry]));
	const builtinIds = new Set(builtin.map((entry) => entry.id));
	return [
		...builtin.map((entry) => byId.get(entry.id) ?? entry),
		...[...byId.values()].filter((entry) => !builtinIds.has(entry.id))
	];
}

export function toCatalogFile(entries: readonly CatalogEntry[]): CatalogFile {
	return { type: 'tunesheet-catalog', version: 1, entries: [...entries] };
}

/** The effective catalog as Tunesheet catalog JSON, indented for people to read and diff. */
export function exportCatalogJson(
	builtin: readonly CatalogEntry[],
	overrides: readonly CatalogEntry[]
): string {
	return `${JSON.stringify(toCatalogFile(effectiveCatalog(builtin, overrides)), null, '\t')}\n`;
}

function parseDay(date: string): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	// i18n-exempt: a programming error: every stored date passed the schema's YYYY-MM-DD check
	if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got '${date}'`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * True when more than `months` calendar months separate `asOf` from `today` (both YYYY-MM-DD).
 * 2026-05-25 is not stale on 2026-11-25 at 6 months; 2026-05-24 is. Month ends clamp: Aug 31 + 6 = Feb 28.
 */
export function isStale(asOf: string, today: string, months = 6): boolean {
	const [year, month, day] = parseDay(asOf);
	const [todayYear, todayMonth, todayDay] = parseDay(today);
	const monthIndex = year * 12 + (month - 1) + months;
	const limitYear = Math.floor(monthIndex / 12);
	const limitMonth = (monthIndex % 12) + 1;
	const daysInLimitMonth = new Date(Date.UTC(limitYear, limitMonth, 0)).getUTCDate();
	const limit = [limitYear, limitMonth, Math.min(day, daysInLimitMonth)];
	const now = [todayYear, todayMonth, todayDay];
	for (let i = 0; i < 3; i++) {
		if ((now[i] ?? 0) !== (limit[i] ?? 0)) return (now[i] ?? 0) > (limit[i] ?? 0);
	}
	return false;
}
