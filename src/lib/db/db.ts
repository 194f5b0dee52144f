import { Dexie, type EntityTable } from 'dexie';

/** A catalog entry the user changed or added, stored as given and checked again when read. */
export interface StoredCatalogEntry {
	id: string;
	/** The whole entry as JSON-ready data; read back through the catalog schema. */
	entry: unknown;
	updatedAt: string;
}

/** The one IndexedDB database of the app. Versions are cumulative; each upgrade must be idempotent. */
export class TunesheetDb extends Dexie {
	catalogOverrides!: EntityTable<StoredCatalogEntry, 'id'>;

	constructor(name = 'tunesheet') {
		super(name);
		this.version(1).stores({ catalogOverrides: 'id' });
	}
}

let shared: TunesheetDb | null = null;

/** The database the app uses, opened on first use. */
export function database(): TunesheetDb {
	shared ??= new TunesheetDb();
	return shared;
}
