import { m } from '../i18n/locale';
import type { FactPath } from './rows';
import type { CatalogEntry, Fact } from './types';

/**
 * Where a figure the user entered comes from, as catalog files store it; a person reads it in their language
 * (sourceText in rows.ts).
 */
export const USER_SOURCE = 'Entered by you'; // i18n-exempt: a source identifier stored in catalog files

/**
 * A copy of `entry` whose figure at `path` is the user's `value`, dated `today`. The unit stays; the source says
 * the figure is the user's own. Throws when the path names no figure of the entry.
 */
export function withFactValue(
	entry: CatalogEntry,
	path: FactPath,
	value: number,
	today: string
): CatalogEntry {
	if (!Number.isFinite(value) || value < 0) {
		throw new RangeError(m.prices_edit_not_negative());
	}
	const copy = structuredClone(entry);
	let parent: unknown = copy;
	for (const step of path.slice(0, -1)) {
		parent = (parent as Record<string | number, unknown> | undefined)?.[step];
	}
	const last = path.at(-1);
	const holder = parent as Record<string | number, Fact | undefined> | undefined;
	const fact = last === undefined ? undefined : holder?.[last];
	if (!holder || last === undefined || !fact || typeof fact !== 'object') {
		throw new RangeError(m.prices_edit_no_figure({ id: entry.id, path: path.join('.') }));
	}
	holder[last] = { value, unit: fact.unit, source: USER_SOURCE, asOf: today, confidence: 'high' };
	return copy;
}
