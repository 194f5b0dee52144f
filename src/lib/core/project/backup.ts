/*
 * The backup file: everything a person keeps in Tunesheet as one JSON file. Reading one is all or nothing: a file
 * with any bad record is refused whole, so a restore never leaves half of a file behind.
 */
import { z } from 'zod';
import { formatCount } from '../format';
import { m } from '../i18n/locale';
import { catalogEntrySchema, describeIssues } from '../pricing/schema';
import type { CatalogEntry } from '../pricing/types';
import { joinProblems, localizedIssues } from './issues';
import { describeProblems, limitErrors, projectSchema, settingsSchema } from './schema';
import {
	BACKUP_FILE_TYPE,
	BACKUP_FILE_VERSION,
	type AppSettings,
	type BackupFile,
	type ProjectRecord
} from './types';

/** Longest backup text read, in characters (about bytes): larger text is refused before parsing. */
export const MAX_BACKUP_TEXT_LENGTH = 200 * 1024 * 1024;
export const MAX_PROJECTS_PER_FILE = 1_000;
export const MAX_CATALOG_OVERRIDES_PER_FILE = 50_000;

/** Turns a backup of version n into version n + 1; it must cope with any shape, since the file is untrusted. */
export type BackupMigration = (file: unknown) => unknown;

/**
 * Steps from each older backup version to the next. Version 1 is the first, so there are none yet; a version 2
 * adds `1: (file) => …` here, and every older file is brought up to date one step at a time.
 */
export const MIGRATIONS: Readonly<Record<number, BackupMigration>> = {};

export type MigrationOutcome =
	{ ok: true; data: unknown; migratedFrom?: number } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownValue(record: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The versions that can be brought up to `current`: current, and each older one with a step to the next. */
export function knownVersions(
	migrations: Readonly<Record<number, BackupMigration>>,
	current: number
): number[] {
	const versions = [current];
	for (let version = current - 1; version >= 1 && Object.hasOwn(migrations, version); version--) {
		versions.unshift(version);
	}
	return versions;
}

function describeVersions(versions: readonly number[]): string {
	const first = versions[0];
	const last = versions[versions.length - 1];
	return first === last
		? m.projects_backup_version({ version: String(first) })
		: m.projects_backup_versions({ first: String(first), last: String(last) });
}

/**
 * Brings parsed backup data from its own version to `current`, one step at a time. Exported with the table as a
 * parameter so that the mechanism can be exercised before there is a second version.
 */
export function runMigrations(
	data: unknown,
	migrations: Readonly<Record<number, BackupMigration>> = MIGRATIONS,
	current: number = BACKUP_FILE_VERSION
): MigrationOutcome {
	if (!isRecord(data)) return { ok: false, error: m.projects_backup_not_object() };
	const from = ownValue(data, 'version');
	if (typeof from !== 'number' || !Number.isInteger(from)) {
		return { ok: false, error: m.projects_backup_no_version() };
	}
	const known = knownVersions(migrations, current);
	if (from > current) {
		return {
			ok: false,
			error: m.projects_backup_newer({ version: String(from), known: describeVersions(known) })
		};
	}
	if (!known.includes(from)) {
		return {
			ok: false,
			error: m.projects_backup_unknown_version({
				version: String(from),
				known: describeVersions(known)
			})
		};
	}
	let migrated: unknown = data;
	for (let version = from; version < current; version++) {
		const step = migrations[version];
		if (!step) {
			return { ok: false, error: m.projects_backup_no_migration({ version: String(version) }) };
		}
		try {
			migrated = step(migrated);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return {
				ok: false,
				error: m.projects_backup_migration_failed({ version: String(version), reason })
			};
		}
		if (!isRecord(migrated) || ownValue(migrated, 'version') !== version + 1) {
			return {
				ok: false,
				error: m.projects_backup_migration_wrong({
					from: String(version),
					to: String(version + 1)
				})
			};
		}
	}
	return from === current
		? { ok: true, data: migrated }
		: { ok: true, data: migrated, migratedFrom: from };
}

export function backupFile(
	projects: readonly ProjectRecord[],
	catalogOverrides: readonly CatalogEntry[],
	settings: AppSettings | null,
	now: string
): BackupFile {
	return {
		type: BACKUP_FILE_TYPE,
		version: BACKUP_FILE_VERSION,
		exportedAt: now,
		projects: [...projects],
		catalogOverrides: [...catalogOverrides],
		settings
	};
}

/**
 * One project to share or keep: with the price overrides of the models and GPUs its scenarios use (the ones its
 * figures depend on), not every override.
 */
export function singleProjectBackup(
	project: ProjectRecord,
	catalogOverrides: readonly CatalogEntry[],
	settings: AppSettings | null,
	now: string
): BackupFile {
	const used = new Set<string>();
	for (const scenario of project.scenarios) {
		if (scenario.modelId !== null) used.add(scenario.modelId);
		if (scenario.gpuId !== null) used.add(scenario.gpuId);
	}
	return backupFile(
		[project],
		catalogOverrides.filter((entry) => used.has(entry.id)),
		settings,
		now
	);
}

/** The file's own keys first, in a fixed order, so that a person opening it sees what it is. */
const ENVELOPE_ORDER: readonly (keyof BackupFile)[] = [
	'type',
	'version',
	'exportedAt',
	'settings',
	'projects',
	'catalogOverrides'
];

/** Keys of every nested object sorted, so that the same data always gives the same text (diffable backups). */
function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (!isRecord(value)) return value;
	// fromEntries defines own properties, so even a '__proto__' key stays plain data.
	return Object.fromEntries(
		Object.keys(value)
			.sort()
			.map((key) => [key, sortKeys(value[key])])
	);
}

/** The backup as pretty JSON text with a stable key order. */
export function backupJson(file: BackupFile): string {
	const ordered = Object.fromEntries(
		ENVELOPE_ORDER.map((key) => [
			key,
			key === 'type' || key === 'version' ? file[key] : sortKeys(file[key])
		])
	);
	return `${JSON.stringify(ordered, null, '\t')}\n`;
}

export type BackupRead =
	| { ok: true; file: BackupFile; migratedFrom?: number }
	| {
			ok: false;
			/** One paragraph for the person. */
			error: string;
			/** Each bad record's key path and problem ('projects.2.scenarios.0.name: …'), the first few. */
			problems: string[];
	  };

function refuse(error: string, problems: string[] = []): BackupRead {
	return { ok: false, error, problems };
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function parseError(text: string, error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	// Engines differ: V8 names a position (and sometimes the line), Firefox the line and column.
	if (position && !/line \d+/.test(message)) {
		const { line, column } = lineAndColumn(text, Number(position[1]));
		return m.projects_backup_not_json_at({
			line: formatCount(line),
			column: formatCount(column),
			reason: message
		});
	}
	return m.projects_backup_not_json({ reason: message });
}

const envelopeSchema = z.object({
	type: z.literal(BACKUP_FILE_TYPE),
	version: z.literal(BACKUP_FILE_VERSION),
	exportedAt: z.iso.datetime({ offset: true, error: () => m.projects_check_datetime() }),
	projects: z.array(z.unknown()).max(MAX_PROJECTS_PER_FILE),
	catalogOverrides: z.array(z.unknown()).max(MAX_CATALOG_OVERRIDES_PER_FILE),
	settings: z.unknown()
});

/**
 * Reads a backup file's text: refuses text that is too long, is not JSON, is not a Tunesheet backup, or is of an
 * unknown version; updates an older version; then checks every record and refuses the whole file if any is bad.
 */
export function readBackup(text: string, options: { maxLength?: number } = {}): BackupRead {
	const maxLength = options.maxLength ?? MAX_BACKUP_TEXT_LENGTH;
	if (text.length > maxLength) {
		const megabytes = (length: number) => Math.ceil(length / (1024 * 1024));
		return refuse(
			m.projects_backup_too_large({
				size: formatCount(megabytes(text.length)),
				max: formatCount(megabytes(maxLength))
			})
		);
	}
	// Some editors save a byte order mark, which JSON.parse refuses.
	const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		return refuse(parseError(json, error));
	}

	const type = isRecord(data) ? ownValue(data, 'type') : undefined;
	if (type === 'tunesheet-catalog') {
		return refuse(m.projects_backup_is_catalog());
	}
	if (type !== BACKUP_FILE_TYPE) {
		return refuse(m.projects_backup_not_backup({ type: BACKUP_FILE_TYPE }));
	}

	const migration = runMigrations(data);
	if (!migration.ok) return refuse(migration.error);

	const envelope = envelopeSchema.safeParse(migration.data, { error: localizedIssues });
	if (!envelope.success) {
		const problems = describeProblems(envelope.error);
		return refuse(m.projects_backup_damaged({ problems: joinProblems(problems) }), problems);
	}

	const problems: string[] = [];
	const projects: ProjectRecord[] = [];
	envelope.data.projects.forEach((raw, index) => {
		const result = projectSchema.safeParse(raw, { error: localizedIssues });
		if (result.success) projects.push(result.data);
		else problems.push(...describeIssues(result.error, ['projects', index]));
	});

	const catalogOverrides: CatalogEntry[] = [];
	const catalogIds = new Set<string>();
	envelope.data.catalogOverrides.forEach((raw, index) => {
		const result = catalogEntrySchema.safeParse(raw, { error: localizedIssues });
		if (!result.success) {
			problems.push(...describeIssues(result.error, ['catalogOverrides', index]));
		} else if (catalogIds.has(result.data.id)) {
			problems.push(`catalogOverrides.${index}.id: ${m.projects_check_override_repeat()}`);
		} else {
			catalogIds.add(result.data.id);
			catalogOverrides.push(result.data);
		}
	});

	let settings: AppSettings | null = null;
	if (envelope.data.settings !== null) {
		const result = settingsSchema.safeParse(envelope.data.settings, { error: localizedIssues });
		if (result.success) settings = result.data;
		else problems.push(...describeIssues(result.error, ['settings']));
	}

	if (problems.length > 0) {
		const listed = limitErrors(problems);
		return refuse(m.projects_backup_bad_records({ problems: joinProblems(listed) }), listed);
	}

	const file: BackupFile = {
		type: BACKUP_FILE_TYPE,
		version: BACKUP_FILE_VERSION,
		exportedAt: envelope.data.exportedAt,
		projects,
		catalogOverrides,
		settings
	};
	return migration.migratedFrom === undefined
		? { ok: true, file }
		: { ok: true, file, migratedFrom: migration.migratedFrom };
}
