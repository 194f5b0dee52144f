import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { AppSettings, ProjectRecord } from '$lib/core/project/types';
import type { CustomTokenizerSummary } from '$lib/core/tokenize/open-weight/custom';
import { m } from '$lib/core/i18n/locale';
import { errorName, relatedErrors, storageErrorMessage } from './errors';

/** Version of one stored catalog override row (the row's shape, not the entry inside it). */
export const CATALOG_OVERRIDE_ROW_VERSION = 1;

/** A catalog entry the user changed or added, stored as given and checked again when read. */
export interface StoredCatalogEntry {
	id: string;
	/** The whole entry as JSON-ready data; read back through the catalog schema. */
	entry: unknown;
	updatedAt: string;
	schemaVersion: number;
}

/** The one settings row; `value` is checked again when read. */
export interface StoredSettings {
	key: 'app';
	value: AppSettings;
	schemaVersion: number;
}

/** A stored record that failed its check when read, set aside instead of deleted so it can be exported. */
export interface RecoveredRecord {
	/** Assigned by the database, in the order records were set aside. */
	seq: number;
	/** The table it was read from. */
	table: string;
	/** Its primary key in that table. */
	key: string;
	/** Exactly what was stored. */
	record: unknown;
	errors: string[];
	/** ISO 8601 date and time. */
	recoveredAt: string;
}

/** A copy of an analysed dataset file, kept only when the person asks, so it can be analysed again later. */
export interface StoredDatasetFile {
	/** The dataset record's id in its project. */
	id: string;
	projectId: string;
	fileName: string;
	type: string;
	bytes: number;
	blob: Blob;
	/** ISO 8601 date and time. */
	storedAt: string;
	schemaVersion: number;
}

/** A tokenizer the person brought (a Hugging Face tokenizer.json and its chat template files): what lists show. */
export interface StoredCustomTokenizer {
	id: string;
	/** The name the person gave it, unique without regard to case. */
	name: string;
	/** ISO 8601 date and time. */
	addedAt: string;
	/** What readTokenizerFiles found when it was added, so lists need not build the tokenizer. */
	summary: CustomTokenizerSummary;
	/** The texts' lengths added up (characters), about their size in bytes. */
	bytes: number;
	schemaVersion: number;
}

/**
 * A brought tokenizer's files, kept apart from its listing: they are megabytes, and lists (read on every change)
 * never need them.
 */
export interface StoredCustomTokenizerFiles {
	/** The StoredCustomTokenizer's id. */
	id: string;
	tokenizerJson: string;
	/** tokenizer_config.json, when given. */
	tokenizerConfig: string | null;
	/** chat_template.jinja, when given. */
	chatTemplate: string | null;
}

/**
 * Version 2's upgrade: catalog override rows from version 1 get the row version. Idempotent: a row that already
 * has a schemaVersion keeps it, so running this again changes nothing.
 */
export async function upgradeToVersion2(transaction: Transaction): Promise<void> {
	await transaction
		.table<{ schemaVersion?: unknown }>('catalogOverrides')
		.toCollection()
		.modify((row) => {
			if (typeof row.schemaVersion !== 'number') row.schemaVersion = CATALOG_OVERRIDE_ROW_VERSION;
		});
}

/** The one IndexedDB database of the app. */
export class TunesheetDb extends Dexie {
	catalogOverrides!: EntityTable<StoredCatalogEntry, 'id'>;
	projects!: EntityTable<ProjectRecord, 'id'>;
	settings!: EntityTable<StoredSettings, 'key'>;
	recovered!: EntityTable<RecoveredRecord, 'seq'>;
	datasetFiles!: EntityTable<StoredDatasetFile, 'id'>;
	customTokenizers!: EntityTable<StoredCustomTokenizer, 'id'>;
	customTokenizerFiles!: EntityTable<StoredCustomTokenizerFiles, 'id'>;

	/** `options` lets tests hand in another IndexedDB; the app passes none. */
	constructor(name = 'tunesheet', options?: DexieOptions) {
		super(name, options);
		// Browsers keep databases at every version that ever shipped, so never edit an old version block: add
		// version(n + 1) with only the tables and indexes that change, and an upgrade that is harmless to run twice.
		this.version(1).stores({ catalogOverrides: 'id' });
		this.version(2)
			.stores({ projects: 'id, updatedAt', settings: 'key', recovered: '++seq, table' })
			.upgrade(upgradeToVersion2);
		// Nothing to convert: the table is new.
		this.version(3).stores({ datasetFiles: 'id, projectId' });
		// Nothing to convert: the tables are new.
		this.version(4).stores({ customTokenizers: 'id, name', customTokenizerFiles: 'id' });
	}
}

let shared: TunesheetDb | null = null;

/** The database the app uses, opened on first use. */
export function database(): TunesheetDb {
	shared ??= new TunesheetDb();
	return shared;
}

export type OpenFailure = 'unavailable' | 'blocked' | 'version' | 'other';
export type OpenResult = { ok: true } | { ok: false; reason: OpenFailure; message: string };

/** What a failure to open means for the person, in the interface language. */
export function openFailureMessage(reason: Exclude<OpenFailure, 'other'>): string {
	switch (reason) {
		case 'unavailable':
			return m.projects_open_unavailable();
		case 'blocked':
			return m.projects_open_blocked();
		case 'version':
			return m.projects_open_version();
	}
}

/** Names of errors that mean IndexedDB cannot be used at all here. */
const UNAVAILABLE_ERRORS = new Set([
	'MissingAPIError',
	// Firefox's private windows before version 115, and a database the browser has shut down.
	'InvalidStateError',
	// Storage denied by the site's settings, or a page from file://.
	'SecurityError',
	// Chromium's "Internal error opening backing store": the profile's storage cannot be used.
	'UnknownError'
]);

function failure(reason: Exclude<OpenFailure, 'other'>): OpenResult {
	return { ok: false, reason, message: openFailureMessage(reason) };
}

/** Why `db.open()` failed, from the error and every error it wraps. */
export function classifyOpenError(error: unknown): OpenResult {
	const names = relatedErrors(error).map(errorName);
	if (names.includes('VersionError')) return failure('version');
	if (names.some((name) => name !== null && UNAVAILABLE_ERRORS.has(name))) {
		return failure('unavailable');
	}
	return { ok: false, reason: 'other', message: storageErrorMessage(error) };
}

/**
 * Whether the open database was last upgraded by a newer Tunesheet. Dexie keeps the native version at ten times
 * the declared one and may add 1 when it patches a schema, so only a whole declared version above ours counts.
 */
function heldByNewerVersion(db: Dexie): boolean {
	return Math.floor(db.backendDB().version / 10) > db.verno;
}

/**
 * Opens the database and says why it could not. 'blocked' comes back as soon as another tab holding an older
 * version stops the upgrade; the open is still pending then, and `db.open()` resolves once that tab lets go.
 */
export async function openDatabase(db: Dexie): Promise<OpenResult> {
	let stopWatching = (): void => {};
	const blocked = new Promise<OpenResult>((resolve) => {
		const onBlocked = (): void => resolve(failure('blocked'));
		db.on('blocked', onBlocked);
		stopWatching = () => db.on('blocked').unsubscribe(onBlocked);
	});
	const opened = db.open().then((): OpenResult => {
		// Dexie 4 opens a database of a higher version instead of failing with a VersionError; this code must
		// not write data it does not know the shape of.
		if (!heldByNewerVersion(db)) return { ok: true };
		db.close();
		return failure('version');
	});
	try {
		return await Promise.race([opened, blocked]);
	} catch (error) {
		return classifyOpenError(error);
	} finally {
		stopWatching();
	}
}
