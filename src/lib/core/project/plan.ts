/*
 * What restoring a backup would do, worked out before anything is written. A restore only adds: a project whose id
 * is taken gets a new id, a taken name gets a suffix, and nothing already stored is deleted. Price overrides are
 * keyed by catalog id, so one with a taken id replaces the stored one.
 */
import { formatCount } from '../format';
import { m } from '../i18n/locale';
import type { CatalogEntry } from '../pricing/types';
import { PROJECT_LIMITS } from './schema';
import type { AppSettings, BackupFile, ProjectRecord } from './types';

export interface ExistingData {
	projectIds: ReadonlySet<string>;
	projectNames: ReadonlySet<string>;
	catalogIds: ReadonlySet<string>;
	/** The stored settings, to tell whether the file's would change anything; absent: assume they would. */
	settings?: AppSettings | null;
}

export interface PlannedProject {
	/** The record to store: with its new id and name when those were taken. */
	project: ProjectRecord;
	originalId: string;
	originalName: string;
	idChanged: boolean;
	renamed: boolean;
}

export interface PlannedOverride {
	entry: CatalogEntry;
	action: 'add' | 'replace';
}

export interface RestorePlan {
	projects: PlannedProject[];
	catalog: PlannedOverride[];
	/** The settings to store, or null when the file has none or they equal the stored ones. */
	settings: AppSettings | null;
}

/** Tries before giving up on an id generator that keeps returning taken ids. */
const MAX_ID_ATTEMPTS = 100;

function freshId(taken: ReadonlySet<string>, newId: () => string): string {
	for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
		const candidate = newId();
		if (candidate !== '' && candidate.length <= PROJECT_LIMITS.idLength && !taken.has(candidate)) {
			return candidate;
		}
	}
	// i18n-exempt: a programming guard; random ids never collide a hundred times
	throw new Error(`No free project id after ${MAX_ID_ATTEMPTS} attempts.`);
}

/** 'Name (restored)', then 'Name (restored 2)'…, shortening the name so that it stays within the length limit. */
function freeName(name: string, taken: ReadonlySet<string>): string {
	for (let n = 1; ; n++) {
		const suffix = ` ${n === 1 ? m.projects_name_restored() : m.projects_name_restored_nth({ n: String(n) })}`;
		const stem = name.slice(0, PROJECT_LIMITS.nameLength - suffix.length);
		const candidate = `${stem}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

function sameSettings(a: AppSettings, b: AppSettings): boolean {
	return (
		a.currency === b.currency &&
		a.rate === b.rate &&
		a.lastProjectId === b.lastProjectId &&
		a.lastBackupAt === b.lastBackupAt
	);
}

/** A count for a message: the number chooses the plural, the text is written as the locale writes it. */
function counted(count: number): { count: number; shown: string } {
	return { count, shown: formatCount(count) };
}

/**
 * What a restore would do, in words: '3 projects to add (1 renamed), 2 price overrides (1 replaced), settings'.
 * Written when asked, so that it reads in the interface language of the moment.
 */
export function describeRestore(plan: RestorePlan): string {
	const parts: string[] = [];
	if (plan.projects.length > 0) {
		const renamed = plan.projects.filter((planned) => planned.renamed).length;
		const added = m.projects_plan_projects(counted(plan.projects.length));
		parts.push(renamed > 0 ? `${added} ${m.projects_plan_renamed(counted(renamed))}` : added);
	}
	if (plan.catalog.length > 0) {
		const replaced = plan.catalog.filter((planned) => planned.action === 'replace').length;
		const overrides = m.projects_plan_overrides(counted(plan.catalog.length));
		parts.push(
			replaced > 0 ? `${overrides} ${m.projects_plan_replaced(counted(replaced))}` : overrides
		);
	}
	if (plan.settings) parts.push(m.projects_plan_settings());
	return parts.length > 0 ? parts.join(', ') : m.projects_plan_nothing();
}

/**
 * Plans the restore of a checked backup. Ids and names given out earlier in the same plan count as taken too, so
 * two projects of one file never end up with the same id. `newId` makes ids (e.g. crypto.randomUUID).
 */
export function planRestore(
	file: BackupFile,
	existing: ExistingData,
	newId: () => string
): RestorePlan {
	const takenIds = new Set(existing.projectIds);
	const takenNames = new Set(existing.projectNames);
	const projects = file.projects.map((original): PlannedProject => {
		const id = takenIds.has(original.id) ? freshId(takenIds, newId) : original.id;
		const name = takenNames.has(original.name)
			? freeName(original.name, takenNames)
			: original.name;
		takenIds.add(id);
		takenNames.add(name);
		return {
			project: { ...original, id, name },
			originalId: original.id,
			originalName: original.name,
			idChanged: id !== original.id,
			renamed: name !== original.name
		};
	});

	const catalog = file.catalogOverrides.map((entry): PlannedOverride => ({
		entry,
		action: existing.catalogIds.has(entry.id) ? 'replace' : 'add'
	}));

	let settings: AppSettings | null = null;
	if (file.settings) {
		// The project the file was last on may have been given a new id above.
		const lastProject = projects.find(
			(planned) => planned.originalId === file.settings?.lastProjectId
		);
		const restored: AppSettings = lastProject
			? { ...file.settings, lastProjectId: lastProject.project.id }
			: { ...file.settings };
		const current = existing.settings;
		settings = current && sameSettings(current, restored) ? null : restored;
	}

	return { projects, catalog, settings };
}
