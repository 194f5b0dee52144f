import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes } from '$lib/core/format';
import { useLocale } from '$lib/core/i18n/locale';
import { TunesheetDb } from './db';
import {
	deleteDatasetFile,
	deleteOrphanFiles,
	deleteProjectFiles,
	loadDatasetFile,
	storageRefusal,
	storeDatasetFile,
	storedCopies
} from './dataset-files';

let db: TunesheetDb;
afterEach(async () => {
	await db.delete();
});

describe('stored dataset copies', () => {
	it('stores a copy, gives it back as a file, and deletes it alone or with its project', async () => {
		db = new TunesheetDb('test-dataset-files');
		const text = '{"messages":[]}\n';
		await storeDatasetFile(db, {
			id: 'd1',
			projectId: 'p1',
			file: new File([text], 'train.jsonl', { type: 'application/jsonl' })
		});
		await storeDatasetFile(db, { id: 'd2', projectId: 'p1', file: new File(['x'], 'b.jsonl') });
		await storeDatasetFile(db, { id: 'd3', projectId: 'p2', file: new File(['y'], 'c.jsonl') });
		expect(await storedCopies(db, 'p1')).toEqual([
			{ id: 'd1', fileName: 'train.jsonl', bytes: text.length },
			{ id: 'd2', fileName: 'b.jsonl', bytes: 1 }
		]);
		const back = await loadDatasetFile(db, 'd1');
		expect(back?.name).toBe('train.jsonl');
		expect(await back?.text()).toBe(text);
		await deleteDatasetFile(db, 'd2');
		expect(await deleteProjectFiles(db, 'p1')).toBe(1);
		expect(await storedCopies(db, 'p1')).toEqual([]);
		expect(await loadDatasetFile(db, 'd3')).not.toBeNull();
		expect(await loadDatasetFile(db, 'missing')).toBeNull();
		expect(await deleteOrphanFiles(db, ['p1'])).toBe(1);
		expect(await loadDatasetFile(db, 'd3')).toBeNull();
	});
});

describe('storageRefusal', () => {
	afterEach(() => useLocale('en'));

	it('lets a file through that fits in most of the free space, and says why otherwise', () => {
		expect(storageRefusal(700, { usage: 100, quota: 1000 })).toBeNull();
		expect(storageRefusal(800, { usage: 100, quota: 1000 })).toBe(
			'The copy needs 800 B; this browser lets Tunesheet use about 900 B more.'
		);
		expect(storageRefusal(5e9, null)).toBeNull();
		expect(storageRefusal(1, { usage: 2000, quota: 1000 })).toMatch(/about 0 B more/);
	});

	it('says why in French, with French sizes', () => {
		useLocale('fr');
		expect(storageRefusal(1_500_000, { usage: 0, quota: 1_000_000 })).toBe(
			`La copie nécessite ${formatBytes(1_500_000)}\u00a0; ce navigateur ne laisse à Tunesheet qu’environ ${formatBytes(1_000_000)} de plus.`
		);
		expect(formatBytes(1_500_000)).toMatch(/^1,5\s?Mo$/);
	});
});
