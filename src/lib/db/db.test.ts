import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '$lib/core/pricing/builtin';
import { loadOverrides } from './catalog-overrides';
import {
	classifyOpenError,
	openFailureMessage,
	openDatabase,
	TunesheetDb,
	upgradeToVersion2
} from './db';
import { quotaMessage } from './errors';

const opened: Dexie[] = [];
/** Tracks a database so the test's end deletes it. */
function track<T extends Dexie>(db: T): T {
	opened.push(db);
	return db;
}

afterEach(async () => {
	for (const db of opened.splice(0)) {
		db.close();
		await Dexie.delete(db.name);
	}
});

function storeNames(db: Dexie): string[] {
	return [...db.backendDB().objectStoreNames].sort();
}

describe('TunesheetDb', () => {
	it('creates every table at the current version on a first visit', async () => {
		const db = track(new TunesheetDb('db-fresh'));
		expect(await openDatabase(db)).toEqual({ ok: true });
		expect(db.verno).toBe(4);
		expect(storeNames(db)).toEqual([
			'catalogOverrides',
			'customTokenizerFiles',
			'customTokenizers',
			'datasetFiles',
			'projects',
			'recovered',
			'settings'
		]);
		expect(db.projects.schema.indexes.map((index) => index.name)).toEqual(['updatedAt']);
		expect(db.recovered.schema.primKey.auto).toBe(true);
		expect(db.recovered.schema.indexes.map((index) => index.name)).toEqual(['table']);
	});

	it('migrates a version 1 database, keeping its catalog overrides', async () => {
		const [entry] = BUILTIN_CATALOG;
		const version1 = new Dexie('db-migrate');
		version1.version(1).stores({ catalogOverrides: 'id' });
		await version1.table('catalogOverrides').bulkPut([
			{ id: entry!.id, entry, updatedAt: '2026-01-05T10:00:00.000Z' },
			// Not written by version 1, but an upgrade must not overwrite a version that is already there.
			{ id: 'already-stamped', entry: { kind: 'gpu' }, updatedAt: '', schemaVersion: 7 }
		]);
		version1.close();

		const db = track(new TunesheetDb('db-migrate'));
		expect(await openDatabase(db)).toEqual({ ok: true });
		expect(storeNames(db)).toEqual([
			'catalogOverrides',
			'customTokenizerFiles',
			'customTokenizers',
			'datasetFiles',
			'projects',
			'recovered',
			'settings'
		]);
		expect(await db.catalogOverrides.get(entry!.id)).toEqual({
			id: entry!.id,
			entry,
			updatedAt: '2026-01-05T10:00:00.000Z',
			schemaVersion: 1
		});
		expect((await db.catalogOverrides.get('already-stamped'))?.schemaVersion).toBe(7);
		expect((await loadOverrides(db)).entries.map((loaded) => loaded.id)).toEqual([entry!.id]);
		expect(await db.projects.count()).toBe(0);
	});

	it('changes nothing when the version 2 upgrade runs a second time', async () => {
		const version1 = new Dexie('db-twice');
		version1.version(1).stores({ catalogOverrides: 'id' });
		await version1
			.table('catalogOverrides')
			.put({ id: 'a', entry: { kind: 'gpu' }, updatedAt: 'x' });
		version1.close();
		const db = track(new TunesheetDb('db-twice'));
		await db.open();
		const afterFirst = await db.catalogOverrides.toArray();

		await db.transaction('rw', db.catalogOverrides, (transaction) =>
			upgradeToVersion2(transaction)
		);
		expect(await db.catalogOverrides.toArray()).toEqual(afterFirst);
		expect(afterFirst).toEqual([
			{ id: 'a', entry: { kind: 'gpu' }, updatedAt: 'x', schemaVersion: 1 }
		]);
	});

	it('migrates a version 3 database to version 4, keeping every row and adding the tokenizer table', async () => {
		const version3 = new Dexie('db-v3');
		version3.version(3).stores({
			catalogOverrides: 'id',
			projects: 'id, updatedAt',
			settings: 'key',
			recovered: '++seq, table',
			datasetFiles: 'id, projectId'
		});
		const override = { id: 'o1', entry: { kind: 'gpu' }, updatedAt: 'x', schemaVersion: 1 };
		const project = { id: 'p1', name: 'Support bot', updatedAt: '2026-11-01T00:00:00.000Z' };
		const settings = { key: 'app', value: { currency: 'EUR' }, schemaVersion: 1 };
		const recovered = {
			table: 'projects',
			key: 'p0',
			record: {},
			errors: ['bad'],
			recoveredAt: 'y'
		};
		const copy = { id: 'd1', projectId: 'p1', fileName: 'a.jsonl', bytes: 3, storedAt: 'z' };
		await version3.table('catalogOverrides').put(override);
		await version3.table('projects').put(project);
		await version3.table('settings').put(settings);
		await version3.table('recovered').add(recovered);
		await version3.table('datasetFiles').put(copy);
		version3.close();

		const db = track(new TunesheetDb('db-v3'));
		expect(await openDatabase(db)).toEqual({ ok: true });
		expect(db.verno).toBe(4);
		expect(storeNames(db)).toContain('customTokenizers');
		expect(db.customTokenizers.schema.indexes.map((index) => index.name)).toEqual(['name']);
		expect(await db.customTokenizers.count()).toBe(0);
		expect(await db.catalogOverrides.toArray()).toEqual([override]);
		expect(await db.table('projects').toArray()).toEqual([project]);
		expect(await db.table('settings').toArray()).toEqual([settings]);
		expect(await db.recovered.toArray()).toEqual([{ ...recovered, seq: 1 }]);
		expect(await db.table('datasetFiles').toArray()).toEqual([copy]);
		expect(await db.projects.where('updatedAt').above('2026').primaryKeys()).toEqual(['p1']);
	});
});

describe('openDatabase', () => {
	it('says "version" for a database a newer Tunesheet upgraded, and leaves it closed and as it was', async () => {
		const newer = new Dexie('db-newer');
		newer.version(5).stores({
			catalogOverrides: 'id',
			projects: 'id, updatedAt',
			settings: 'key',
			recovered: '++seq, table',
			datasetFiles: 'id, projectId',
			customTokenizers: 'id, name',
			customTokenizerFiles: 'id',
			shares: 'id'
		});
		await newer.table('shares').put({ id: 'kept' });
		newer.close();

		const db = track(new TunesheetDb('db-newer'));
		expect(await openDatabase(db)).toEqual({
			ok: false,
			reason: 'version',
			message: openFailureMessage('version')
		});
		expect(db.isOpen()).toBe(false);
		await expect(db.projects.count()).rejects.toThrow();

		const again = track(new Dexie('db-newer'));
		await again.open();
		expect(again.verno).toBeGreaterThanOrEqual(5);
		expect(await again.table('shares').toArray()).toEqual([{ id: 'kept' }]);
	});

	it('says "blocked" while another tab holds the old version open, then opens once it lets go', async () => {
		const version1 = new Dexie('db-blocked');
		version1.version(1).stores({ catalogOverrides: 'id' });
		await version1.open();
		version1.close();
		// A bare connection does not close itself when asked to, as an old tab might not.
		const otherTab = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('db-blocked');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});

		const db = track(new TunesheetDb('db-blocked'));
		expect(await openDatabase(db)).toEqual({
			ok: false,
			reason: 'blocked',
			message: openFailureMessage('blocked')
		});
		otherTab.close();
		await db.open();
		expect(storeNames(db)).toEqual([
			'catalogOverrides',
			'customTokenizerFiles',
			'customTokenizers',
			'datasetFiles',
			'projects',
			'recovered',
			'settings'
		]);
	});

	it('says "unavailable" when the browser refuses IndexedDB (a private window)', async () => {
		const refusing = {
			open() {
				throw new DOMException(
					'A mutation operation was attempted on a database that did not allow mutations.',
					'InvalidStateError'
				);
			}
		};
		const db = new TunesheetDb('db-private', { indexedDB: refusing, IDBKeyRange });
		expect(await openDatabase(db)).toEqual({
			ok: false,
			reason: 'unavailable',
			message: openFailureMessage('unavailable')
		});
	});
});

describe('classifyOpenError', () => {
	it('finds the cause inside Dexie wrappers', () => {
		expect(classifyOpenError(new Dexie.MissingAPIError()).ok).toBe(false);
		expect(classifyOpenError(new Dexie.MissingAPIError())).toMatchObject({ reason: 'unavailable' });
		expect(
			classifyOpenError(new Dexie.OpenFailedError(new DOMException('newer', 'VersionError')))
		).toMatchObject({ reason: 'version' });
		expect(classifyOpenError(new Dexie.VersionError('newer'))).toMatchObject({ reason: 'version' });
		expect(
			classifyOpenError(new Dexie.OpenFailedError(new DOMException('denied', 'SecurityError')))
		).toMatchObject({ reason: 'unavailable' });
	});

	it('passes any other error on with its own message, and a full disk with what to do', () => {
		expect(classifyOpenError(new Error('The disk is on fire'))).toEqual({
			ok: false,
			reason: 'other',
			message: 'The disk is on fire'
		});
		expect(
			classifyOpenError(new Dexie.AbortError('aborted', new DOMException('', 'QuotaExceededError')))
		).toEqual({ ok: false, reason: 'other', message: quotaMessage() });
	});
});
