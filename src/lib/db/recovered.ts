// Records that failed their check when read: kept aside so nothing a person stored is lost without a trace.
import type { IndexableType } from 'dexie';
import type { RecoveredRecord, TunesheetDb } from './db';

export const RECOVERED_FILE_TYPE = 'tunesheet-recovered';

/** A record moved aside: where it was and why. */
export interface SetAside {
	key: string;
	errors: string[];
}

/**
 * Moves one stored record into `recovered` and deletes it from `tableName`. Must run inside a read-write
 * transaction over both tables, so the record is never in both or in neither.
 */
export async function moveToRecovered(
	db: TunesheetDb,
	tableName: 'projects' | 'settings',
	key: IndexableType,
	record: unknown,
	errors: string[],
	now = new Date()
): Promise<SetAside> {
	const aside = { key: String(key), errors };
	await db.recovered.add({ table: tableName, ...aside, record, recoveredAt: now.toISOString() });
	await db.table(tableName).delete(key);
	return aside;
}

/** Everything set aside, oldest first. */
export async function listRecovered(db: TunesheetDb): Promise<RecoveredRecord[]> {
	return db.recovered.toArray();
}

/**
 * Stored data as plain JSON data, without losing what JSON cannot say: IndexedDB keeps values that JSON has no
 * form for (NaN, BigInt, Map, cycles), and a record set aside may hold exactly those.
 */
export function toJsonData(value: unknown, ancestors = new Set<object>()): unknown {
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	if (typeof value !== 'object' || value === null) return value;
	if (ancestors.has(value)) return '[circular]';
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
	}
	if (value instanceof Blob) return { blob: { size: value.size, type: value.type } };
	if (value instanceof ArrayBuffer) return Array.from(new Uint8Array(value));
	if (ArrayBuffer.isView(value)) {
		return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
	}
	ancestors.add(value);
	try {
		if (Array.isArray(value)) return value.map((item: unknown) => toJsonData(item, ancestors));
		if (value instanceof Map) {
			return [...value].map(([key, item]) => [
				toJsonData(key, ancestors),
				toJsonData(item, ancestors)
			]);
		}
		if (value instanceof Set) return [...value].map((item) => toJsonData(item, ancestors));
		if (value instanceof Error) return { name: value.name, message: value.message };
		// fromEntries defines own properties, so a '__proto__' key stays plain data.
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, toJsonData(item, ancestors)])
		);
	} finally {
		ancestors.delete(value);
	}
}

/** Everything set aside as one JSON document, for the person to save and inspect or repair. */
export async function recoveredJson(db: TunesheetDb, now = new Date()): Promise<string> {
	const records = await listRecovered(db);
	const exported = {
		type: RECOVERED_FILE_TYPE,
		exportedAt: now.toISOString(),
		records: records.map((entry) => ({
			seq: entry.seq,
			table: entry.table,
			key: entry.key,
			recoveredAt: entry.recoveredAt,
			errors: entry.errors,
			record: toJsonData(entry.record)
		}))
	};
	return JSON.stringify(exported, null, '\t');
}

export async function clearRecovered(db: TunesheetDb): Promise<void> {
	await db.recovered.clear();
}
