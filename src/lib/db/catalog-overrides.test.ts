import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '$lib/core/pricing/builtin';
import { TunesheetDb } from './db';
import { clearOverrides, deleteOverride, loadOverrides, saveOverrides } from './catalog-overrides';

let db: TunesheetDb;
afterEach(async () => {
	await db.delete();
});

describe('catalog overrides', () => {
	it('stores, reads back, deletes and clears entries', async () => {
		db = new TunesheetDb('test-overrides');
		const [first, second] = BUILTIN_CATALOG;
		await saveOverrides(db, [first!, second!]);
		expect((await loadOverrides(db)).entries.map((e) => e.id)).toEqual(
			[first!.id, second!.id].sort()
		);
		await deleteOverride(db, first!.id);
		expect((await loadOverrides(db)).entries.map((e) => e.id)).toEqual([second!.id]);
		await clearOverrides(db);
		expect((await loadOverrides(db)).entries).toEqual([]);
	});

	it('leaves a stored entry that fails the schema out, and says why', async () => {
		db = new TunesheetDb('test-overrides-bad');
		await db.catalogOverrides.put({
			id: 'bad',
			entry: { kind: 'gpu', id: 'bad' },
			updatedAt: '',
			schemaVersion: 1
		});
		const loaded = await loadOverrides(db);
		expect(loaded.entries).toEqual([]);
		expect(loaded.rejected[0]!.id).toBe('bad');
		expect(loaded.rejected[0]!.errors.length).toBeGreaterThan(0);
	});
});
