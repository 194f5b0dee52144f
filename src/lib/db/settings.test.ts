import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type AppSettings } from '$lib/core/project/types';
import { TunesheetDb, type StoredSettings } from './db';
import { RecordCheckError } from './errors';
import { listRecovered } from './recovered';
import { loadSettings, saveSettings, SETTINGS_ROW_VERSION } from './settings';

let db: TunesheetDb;
afterEach(async () => {
	await db.delete();
});

const euros: AppSettings = {
	currency: 'EUR',
	rate: 0.92,
	lastProjectId: 'p1',
	lastBackupAt: '2026-03-01T09:00:00.000Z',
	locale: 'fr-FR'
};

describe('settings', () => {
	it('are the defaults on a first visit, as a copy', async () => {
		db = new TunesheetDb('settings-first');
		const loaded = await loadSettings(db);
		expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
		loaded.settings.currency = 'GBP';
		expect(DEFAULT_SETTINGS.currency).toBe('USD');
	});

	it('read back what was saved, in one versioned row', async () => {
		db = new TunesheetDb('settings-save');
		await saveSettings(db, euros);
		expect(await loadSettings(db)).toEqual({ settings: euros, errors: [] });
		expect(await db.settings.toArray()).toEqual([
			{ key: 'app', value: euros, schemaVersion: SETTINGS_ROW_VERSION }
		]);
	});

	it('that would not load again are not written', async () => {
		db = new TunesheetDb('settings-refuse');
		const saving = saveSettings(db, { ...euros, currency: 'euro' });
		await expect(saving).rejects.toBeInstanceOf(RecordCheckError);
		await expect(saving).rejects.toMatchObject({
			errors: [expect.stringMatching(/^currency: /)]
		});
		expect(await db.settings.count()).toBe(0);
	});

	it('that fail their check are set aside and the defaults used', async () => {
		db = new TunesheetDb('settings-corrupt');
		const stored = { key: 'app', value: { ...euros, rate: 'high' }, schemaVersion: 1 };
		await db.settings.put(stored as unknown as StoredSettings);
		const loaded = await loadSettings(db);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
		expect(loaded.errors).toEqual([expect.stringMatching(/^value\.rate: /)]);
		expect(await db.settings.count()).toBe(0);
		const recovered = await listRecovered(db);
		expect(recovered).toHaveLength(1);
		expect(recovered[0]).toMatchObject({
			table: 'settings',
			key: 'app',
			record: stored,
			errors: loaded.errors
		});
		expect(await loadSettings(db)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
	});

	it('of an unknown row version are set aside', async () => {
		db = new TunesheetDb('settings-version');
		await db.settings.put({ key: 'app', value: euros, schemaVersion: 2 });
		const loaded = await loadSettings(db);
		expect(loaded).toEqual({
			settings: DEFAULT_SETTINGS,
			errors: ['schemaVersion: version 2 is not known (this Tunesheet reads version 1)']
		});
		expect((await listRecovered(db)).map((entry) => entry.key)).toEqual(['app']);
	});
});

describe('a settings row with no value', () => {
	it('is set aside with the reason on the value itself', async () => {
		db = new TunesheetDb('settings-no-value');
		await db.settings.put({ key: 'app', schemaVersion: 1 } as unknown as StoredSettings);
		const loaded = await loadSettings(db);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
		expect(loaded.errors).toEqual([expect.stringMatching(/^value: /)]);
	});
});
