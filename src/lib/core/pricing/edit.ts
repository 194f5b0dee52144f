import type { FactPath } from './rows';
import type { CatalogEntry, Fact } from './types';

/** Where a figure the user entered comes from. */
export const USER_SOURCE = 'Entered by you';

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
		throw new RangeError('A figure must be a number of at least 0.');
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
		throw new RangeError(`${entry.id} has no figure at ${path.join('.')}.`);
	}
	holder[last] = { value, unit: fact.unit, source: USER_SOURCE, asOf: today, confidence: 'high' };
	return copy;
}
