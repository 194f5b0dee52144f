import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TunesheetDb } from './db';
import {
	clearRecovered,
	listRecovered,
	moveToRecovered,
	RECOVERED_FILE_TYPE,
	recoveredJson,
	toJsonData
} from './recovered';

let db: TunesheetDb;
afterEach(async () => {
	await db.delete();
});

async function setAside(key: string, record: unknown, errors: string[]): Promise<void> {
	await db.transaction('rw', db.projects, db.recovered, () =>
		moveToRecovered(db, 'projects', key, record, errors, new Date('2026-04-01T08:00:00.000Z'))
	);
}

describe('recovered records', () => {
	it('are listed oldest first and cleared', async () => {
		db = new TunesheetDb('recovered-list');
		expect(await listRecovered(db)).toEqual([]);
		await setAside('first', { id: 'first', name: 1 }, ['name: expected string']);
		await setAside('second', { id: 'second' }, ['name: required']);
		expect(await listRecovered(db)).toEqual([
			{
				seq: 1,
				table: 'projects',
				key: 'first',
				record: { id: 'first', name: 1 },
				errors: ['name: expected string'],
				recoveredAt: '2026-04-01T08:00:00.000Z'
			},
			{
				seq: 2,
				table: 'projects',
				key: 'second',
				record: { id: 'second' },
				errors: ['name: required'],
				recoveredAt: '2026-04-01T08:00:00.000Z'
			}
		]);
		await clearRecovered(db);
		expect(await listRecovered(db)).toEqual([]);
	});

	it('are moved, not copied: the row leaves its table', async () => {
		db = new TunesheetDb('recovered-move');
		await db.projects.put({ id: 'p1' } as never);
		await setAside('p1', { id: 'p1' }, ['broken']);
		expect(await db.projects.count()).toBe(0);
		expect(await db.recovered.count()).toBe(1);
	});

	it('export as one JSON document, keeping values JSON has no form for', async () => {
		db = new TunesheetDb('recovered-json');
		const looped: Record<string, unknown> = { id: 'looped' };
		looped.self = looped;
		await setAside(
			'odd',
			{
				rate: Number.NaN,
				limit: Number.POSITIVE_INFINITY,
				big: 12345678901234567890n,
				when: new Date('2026-01-02T03:04:05.000Z'),
				tags: new Set(['a', 'b']),
				byName: new Map([['x', 1]]),
				bytes: new Uint8Array([1, 2, 255]),
				looped
			},
			['rate: expected number']
		);
		const parsed = JSON.parse(await recoveredJson(db, new Date('2026-04-02T00:00:00.000Z')));
		expect(parsed).toEqual({
			type: RECOVERED_FILE_TYPE,
			exportedAt: '2026-04-02T00:00:00.000Z',
			records: [
				{
					seq: 1,
					table: 'projects',
					key: 'odd',
					recoveredAt: '2026-04-01T08:00:00.000Z',
					errors: ['rate: expected number'],
					record: {
						rate: 'NaN',
						limit: 'Infinity',
						big: '12345678901234567890',
						when: '2026-01-02T03:04:05.000Z',
						tags: ['a', 'b'],
						byName: [['x', 1]],
						bytes: [1, 2, 255],
						looped: { id: 'looped', self: '[circular]' }
					}
				}
			]
		});
	});
});

describe('toJsonData', () => {
	it('keeps a __proto__ key as plain data and repeats a shared object that is not a loop', () => {
		const shared = { n: 1 };
		const data = JSON.parse('{"__proto__": {"polluted": true}}') as object;
		const converted = toJsonData({ data, a: shared, b: shared }) as Record<string, unknown>;
		expect(Object.hasOwn(converted.data as object, '__proto__')).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(converted.a).toEqual({ n: 1 });
		expect(converted.b).toEqual({ n: 1 });
	});
});
