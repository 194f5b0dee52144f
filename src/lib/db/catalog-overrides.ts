// The only code that writes catalog overrides.
import { checkCatalogEntry } from '$lib/core/pricing/schema';
import type { CatalogEntry } from '$lib/core/pricing/types';
import { CATALOG_OVERRIDE_ROW_VERSION, type TunesheetDb } from './db';

export interface LoadedOverrides {
	entries: CatalogEntry[];
	/** Stored entries that no longer pass the schema: kept in the database, left out of the catalog. */
	rejected: { id: string; errors: string[] }[];
}

export async function loadOverrides(db: TunesheetDb): Promise<LoadedOverrides> {
	const loaded: LoadedOverrides = { entries: [], rejected: [] };
	for (const stored of await db.catalogOverrides.toArray()) {
		const checked = checkCatalogEntry(stored.entry);
		if (checked.ok) loaded.entries.push(checked.entry);
		else loaded.rejected.push({ id: stored.id, errors: checked.errors });
	}
	return loaded;
}

export async function saveOverrides(
	db: TunesheetDb,
	entries: readonly CatalogEntry[]
): Promise<void> {
	const updatedAt = new Date().toISOString();
	await db.catalogOverrides.bulkPut(
		entries.map((entry) => ({
			id: entry.id,
			entry,
			updatedAt,
			schemaVersion: CATALOG_OVERRIDE_ROW_VERSION
		}))
	);
}

export async function deleteOverride(db: TunesheetDb, id: string): Promise<void> {
	await db.catalogOverrides.delete(id);
}

export async function clearOverrides(db: TunesheetDb): Promise<void> {
	await db.catalogOverrides.clear();
}
