// The only code that reads and writes projects. A stored record is checked on every read; one that fails is moved
// to `recovered` (never deleted), and a record that would fail is never written.
import type { IndexableType } from 'dexie';
import { localizedIssues } from '$lib/core/project/issues';
import {
	checkProject,
	describeProblems,
	limitErrors,
	projectSchema
} from '$lib/core/project/schema';
import type { ProjectRecord } from '$lib/core/project/types';
import type { TunesheetDb } from './db';
import { RecordCheckError, type RecordSubject } from './errors';
import { moveToRecovered, type SetAside } from './recovered';

export interface ProjectSummary {
	id: string;
	name: string;
	updatedAt: string;
}

/** `project: null` with no errors: there is no such project; with errors: it was set aside for those. */
export interface LoadedProject {
	project: ProjectRecord | null;
	errors: string[];
}

export interface LoadedProjects {
	/** Newest first. */
	projects: ProjectRecord[];
	/** Records that failed their check and were moved to `recovered` by this load. */
	recovered: SetAside[];
}

/** Newest first by the instant (timestamps may carry different offsets), then by name and id to be stable. */
function newestFirst(a: ProjectSummary, b: ProjectSummary): number {
	return (
		Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
		a.name.localeCompare(b.name) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

function refuseUnless(project: unknown, subject: RecordSubject): ProjectRecord {
	const checked = checkProject(project);
	if (!checked.ok) throw new RecordCheckError(subject, checked.errors);
	return checked.project;
}

function projectSubject(project: { name?: unknown }): RecordSubject {
	return { project: typeof project.name === 'string' ? project.name : null };
}

/** Every project that loads, newest first; records that do not load are set aside as in loadAllProjects. */
export async function listProjects(db: TunesheetDb): Promise<ProjectSummary[]> {
	const { projects } = await loadAllProjects(db);
	return projects.map(({ id, name, updatedAt }) => ({ id, name, updatedAt }));
}

/**
 * Names and dates of the stored projects, newest first, without checking or moving anything: a read-only query,
 * as `liveQuery` needs to follow other tabs' changes. A record without a usable name or date is left out here;
 * opening or listing it with the functions above sets it aside.
 */
export async function projectSummaries(db: TunesheetDb): Promise<ProjectSummary[]> {
	const rows = (await db.projects.toArray()) as unknown as Record<string, unknown>[];
	return rows
		.flatMap(({ id, name, updatedAt }) =>
			typeof id === 'string' && typeof name === 'string' && typeof updatedAt === 'string'
				? [{ id, name, updatedAt }]
				: []
		)
		.sort(newestFirst);
}

export async function loadProject(db: TunesheetDb, id: string): Promise<LoadedProject> {
	// Read and set aside in one transaction, so another tab's save in between is never the record moved.
	return db.transaction('rw', db.projects, db.recovered, async (): Promise<LoadedProject> => {
		const stored: unknown = await db.projects.get(id);
		if (stored === undefined) return { project: null, errors: [] };
		const checked = checkProject(stored);
		if (checked.ok) return { project: checked.project, errors: [] };
		await moveToRecovered(db, 'projects', id, stored, checked.errors);
		return { project: null, errors: checked.errors };
	});
}

export async function loadAllProjects(db: TunesheetDb): Promise<LoadedProjects> {
	return db.transaction('rw', db.projects, db.recovered, async (): Promise<LoadedProjects> => {
		const rows: { key: IndexableType; stored: unknown }[] = [];
		await db.projects.each((stored, cursor) => {
			rows.push({ key: cursor.primaryKey, stored });
		});
		const loaded: LoadedProjects = { projects: [], recovered: [] };
		for (const { key, stored } of rows) {
			const checked = checkProject(stored);
			if (checked.ok) {
				loaded.projects.push(checked.project);
				continue;
			}
			loaded.recovered.push(await moveToRecovered(db, 'projects', key, stored, checked.errors));
		}
		loaded.projects.sort(newestFirst);
		return loaded;
	});
}

/**
 * Writes a project the person edited. Always stamps `updatedAt` with `now`: every save is an edit being kept, and
 * a caller could not be trusted to remember. Writes that must keep the stored time (undo of a delete, a backup
 * being restored) use restoreProject and putProjectsInChunks. `createdAt` and `schemaVersion` are kept as given.
 * Returns the record as stored; throws RecordCheckError, writing nothing, if it would not load again.
 */
export async function saveProject(
	db: TunesheetDb,
	project: ProjectRecord,
	now = new Date()
): Promise<ProjectRecord> {
	const stamped = refuseUnless(
		{ ...project, updatedAt: now.toISOString() },
		projectSubject(project)
	);
	await db.projects.put(stamped);
	return stamped;
}

/** Deletes a project and returns it exactly as it was stored, for undo; null if there was none. */
export async function deleteProject(db: TunesheetDb, id: string): Promise<ProjectRecord | null> {
	return db.transaction('rw', db.projects, async () => {
		const stored = await db.projects.get(id);
		if (stored === undefined) return null;
		await db.projects.delete(id);
		return stored;
	});
}

/** Puts back a deleted project as it was, `updatedAt` included; throws RecordCheckError if it would not load. */
export async function restoreProject(db: TunesheetDb, record: ProjectRecord): Promise<void> {
	await db.projects.put(refuseUnless(record, projectSubject(record)));
}

/**
 * Writes many projects as they are (a backup being restored), each chunk in its own transaction, so one write
 * never holds the database for long and progress can be shown. Every record is checked before anything is
 * written; if a later chunk fails to write (a full disk), the chunks before it stay written.
 */
export async function putProjectsInChunks(
	db: TunesheetDb,
	projects: readonly ProjectRecord[],
	chunkSize = 50,
	onProgress?: (written: number, total: number) => void
): Promise<void> {
	if (!Number.isInteger(chunkSize) || chunkSize < 1) {
		// i18n-exempt: a programming guard on the caller's argument, never shown to a person
		throw new RangeError(`chunkSize must be a whole number of at least 1, not ${chunkSize}`);
	}
	const checked: ProjectRecord[] = [];
	const errors: string[] = [];
	projects.forEach((project, index) => {
		const result = projectSchema.safeParse(project, { error: localizedIssues });
		if (result.success) checked.push(result.data);
		else errors.push(...describeProblems(result.error, ['projects', index]));
	});
	if (errors.length > 0) throw new RecordCheckError('projects', limitErrors(errors));
	for (let start = 0; start < checked.length; start += chunkSize) {
		const chunk = checked.slice(start, start + chunkSize);
		await db.transaction('rw', db.projects, () => db.projects.bulkPut(chunk));
		onProgress?.(start + chunk.length, checked.length);
	}
}
