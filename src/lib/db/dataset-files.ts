// The only code that writes stored copies of dataset files.
import { formatBytes } from '$lib/core/format';
import { m } from '$lib/core/i18n/locale';
import type { StoredDatasetFile, TunesheetDb } from './db';

export const DATASET_FILE_ROW_VERSION = 1;

/** Room kept free for everything else the app stores: a copy may use at most this share of what is left. */
const SHARE_OF_FREE_SPACE = 0.8;

/**
 * Whether a file of `bytes` should be stored, given what the browser reports (`navigator.storage.estimate()`).
 * Null when it fits; otherwise the reason, with both sizes, in the current language. No estimate: the browser gives no figures, so it is tried.
 */
export function storageRefusal(
	bytes: number,
	estimate: { usage?: number; quota?: number } | null
): string | null {
	if (!estimate?.quota) return null;
	const free = Math.max(0, estimate.quota - (estimate.usage ?? 0));
	if (bytes <= free * SHARE_OF_FREE_SPACE) return null;
	return m.dataset_copy_refused({ needed: formatBytes(bytes), free: formatBytes(free) });
}

export async function storeDatasetFile(
	db: TunesheetDb,
	copy: { id: string; projectId: string; file: File },
	now = new Date()
): Promise<void> {
	await db.datasetFiles.put({
		id: copy.id,
		projectId: copy.projectId,
		fileName: copy.file.name,
		type: copy.file.type,
		bytes: copy.file.size,
		blob: copy.file,
		storedAt: now.toISOString(),
		schemaVersion: DATASET_FILE_ROW_VERSION
	});
}

/** The stored copy as a File to analyse again; null if there is none or it is not a usable row. */
export async function loadDatasetFile(db: TunesheetDb, id: string): Promise<File | null> {
	const row = await db.datasetFiles.get(id);
	if (!row || !(row.blob instanceof Blob) || typeof row.fileName !== 'string') return null;
	return new File([row.blob], row.fileName, { type: row.type });
}

/** Which datasets of a project have a stored copy, and their sizes. */
export async function storedCopies(
	db: TunesheetDb,
	projectId: string
): Promise<Pick<StoredDatasetFile, 'id' | 'fileName' | 'bytes'>[]> {
	const rows = await db.datasetFiles.where('projectId').equals(projectId).toArray();
	return rows.map(({ id, fileName, bytes }) => ({ id, fileName, bytes }));
}

export async function deleteDatasetFile(db: TunesheetDb, id: string): Promise<void> {
	await db.datasetFiles.delete(id);
}

/** Every stored copy of a project's datasets, when the project itself is deleted. */
export async function deleteProjectFiles(db: TunesheetDb, projectId: string): Promise<number> {
	return db.datasetFiles.where('projectId').equals(projectId).delete();
}

/** Copies whose project is gone (deleted, and the undo not taken in that session): removed on the next start. */
export async function deleteOrphanFiles(
	db: TunesheetDb,
	projectIds: readonly string[]
): Promise<number> {
	const kept = new Set(projectIds);
	return db.datasetFiles.filter((row) => !kept.has(row.projectId)).delete();
}
