import { liveQuery, type Subscription } from 'dexie';
import { m } from '$lib/core/i18n/locale';
import { joinProblems } from '$lib/core/project/issues';
import { PROJECT_LIMITS } from '$lib/core/project/schema';
import { formatCount } from '$lib/core/format';
import { exampleScenarios, EXAMPLE_BASELINE_ID } from '$lib/core/scenario/example';
import { FOLLOW_LANGUAGE } from '$lib/core/scenario/money';
import { newProject, nowIso } from '$lib/core/project/from-state';
import {
	DEFAULT_SETTINGS,
	PROJECT_SCHEMA_VERSION,
	type AppSettings,
	type DatasetRecord,
	type ProjectRecord
} from '$lib/core/project/types';
import type { TunesheetDb } from '$lib/db/db';
import { openDatabase, openFailureMessage } from '$lib/db/db';
import { isQuotaError, storageErrorMessage } from '$lib/db/errors';
import {
	deleteProject,
	listProjects,
	loadAllProjects,
	loadProject,
	projectSummaries,
	putProjectsInChunks,
	restoreProject,
	saveProject
} from '$lib/db/projects';
import { loadSettings, saveSettings } from '$lib/db/settings';
import {
	deleteDatasetFile,
	deleteOrphanFiles,
	loadDatasetFile,
	storageRefusal,
	storeDatasetFile,
	storedCopies
} from '$lib/db/dataset-files';
import type { Workbench } from './workbench.svelte';

/** How long after an edit it is saved. */
export const AUTOSAVE_DELAY_MS = 500;
/** Waits before retrying a failed save: a quota or lock problem may clear. */
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

export type SaveStatus = 'loading' | 'saved' | 'saving' | 'failed' | 'memory';

export interface ProjectSummary {
	id: string;
	name: string;
	updatedAt: string;
}

/**
 * The projects in IndexedDB and the one open in the workbench: loading, autosave (debounced, flushed when the page
 * is hidden), switching, and following edits made in another tab. Without IndexedDB it keeps working in memory and
 * says that nothing will be saved.
 */
export class ProjectsState {
	status = $state<SaveStatus>('loading');
	/**
	 * What went wrong with the last save or with opening the database: kept as a way to say it, so that it is said
	 * in the interface language of the moment it is shown.
	 */
	#problem = $state.raw<(() => string) | null>(null);
	/** Another tab opened a newer version of the database: this tab must reload. */
	upgradeBanner = $state<'reload' | 'blocked' | null>(null);
	list = $state.raw<ProjectSummary[]>([]);
	current = $state.raw<ProjectRecord | null>(null);
	settings = $state.raw<AppSettings>(DEFAULT_SETTINGS);
	/** Stored copies of the open project's dataset files (kept only when asked). */
	copies = $state.raw<{ id: string; fileName: string; bytes: number }[]>([]);
	/** The last project deleted, so it can be brought back. */
	lastDeleted = $state.raw<ProjectRecord | null>(null);
	#timer: ReturnType<typeof setTimeout> | null = null;
	#retry = 0;
	#savedJson = '';
	#loaded = false;
	#watch: Subscription | null = null;
	#listWatch: Subscription | null = null;

	constructor(
		private readonly db: TunesheetDb,
		private readonly workbench: Workbench
	) {}

	get persistent(): boolean {
		return this.status !== 'memory';
	}

	/** What went wrong with the last save or with opening the database, in the interface language. */
	get problem(): string | null {
		return this.#problem?.() ?? null;
	}

	/** Keeps the storage error, to be described whenever the problem is shown. */
	#failed(error: unknown): void {
		this.#problem = () => storageErrorMessage(error);
	}

	/** Opens the database and the last project (or the example for a first visit). Never saves before this ends. */
	async start(): Promise<void> {
		let opened = await openDatabase(this.db);
		if (!opened.ok && opened.reason === 'blocked') {
			// Another tab holds the older database open: say so, and go on once it lets go.
			this.upgradeBanner = 'blocked';
			opened = await this.db.open().then(
				() => ({ ok: true }) as const,
				() => opened
			);
			this.upgradeBanner = null;
		}
		if (!opened.ok) {
			this.status = 'memory';
			const { reason, message } = opened;
			this.#problem = reason === 'other' ? () => message : () => openFailureMessage(reason);
			this.#loaded = true;
			return;
		}
		this.db.on('versionchange', () => {
			// Another tab upgrades the database: save what is pending, let it proceed, and ask for a reload.
			void this.flush().finally(() => this.db.close());
			this.upgradeBanner = 'reload';
			return false;
		});
		try {
			const loadedSettings = await loadSettings(this.db);
			this.settings = loadedSettings.settings;
			this.workbench.display = {
				currency: this.settings.currency,
				rate: this.settings.rate,
				locale: this.settings.locale ?? FOLLOW_LANGUAGE
			};
			const projects = await listProjects(this.db);
			const wanted =
				projects.find((p) => p.id === this.settings.lastProjectId)?.id ?? projects[0]?.id;
			const loaded = wanted ? await loadProject(this.db, wanted) : null;
			if (loaded?.errors.length) {
				const { errors } = loaded;
				this.#problem = () =>
					m.projects_problem_set_aside_startup({ errors: joinProblems(errors) });
			}
			if (loaded?.project) {
				this.#open(loaded.project);
			} else {
				// A first visit (or nothing readable): the example, so the sheet means something at once.
				this.#open(await saveProject(this.db, this.#exampleProject()));
			}
			this.#watchList();
			this.status = 'saved';
			const ids = (await projectSummaries(this.db)).map((p) => p.id);
			await deleteOrphanFiles(this.db, ids);
		} catch (error) {
			this.status = 'failed';
			this.#failed(error);
		} finally {
			this.#loaded = true;
		}
	}

	#exampleProject(): ProjectRecord {
		return {
			...newProject(crypto.randomUUID(), m.projects_name_example(), nowIso()),
			scenarios: exampleScenarios(),
			baselineId: EXAMPLE_BASELINE_ID,
			isExample: true
		};
	}

	/** Shows a record in the workbench and follows it for edits from other tabs. */
	#open(record: ProjectRecord): void {
		this.current = record;
		this.#savedJson = JSON.stringify(this.#content(record));
		const { workbench } = this;
		workbench.sheet.load(record.id, record.scenarios, record.baselineId, record.isExample);
		workbench.draft.load(record.prompt, record.prompt.encoding);
		workbench.guide.load(record.guide);
		workbench.storedDataset = record.datasets.at(-1) ?? null;
		// An analysis done for the previous project stays with it.
		workbench.dataset.record = null;
		this.settings = { ...this.settings, lastProjectId: record.id };
		if (this.persistent) void saveSettings(this.db, this.settings).catch(() => {});
		this.#watchCurrent(record.id);
		void this.#refreshCopies();
	}

	async #refreshCopies(): Promise<void> {
		const id = this.current?.id;
		if (!id || !this.persistent) return;
		this.copies = await storedCopies(this.db, id).catch(() => []);
	}

	/**
	 * Keeps a copy of an analysed file with the open project, after checking it fits in what the browser allows.
	 * Returns why it was not kept, or null.
	 */
	async keepCopy(recordId: string, file: File): Promise<string | null> {
		const project = this.current;
		if (!project || !this.persistent) return m.projects_keep_copy_no_storage();
		const estimate = (await navigator.storage?.estimate?.().catch(() => null)) ?? null;
		const refusal = storageRefusal(file.size, estimate);
		if (refusal) return refusal;
		try {
			await storeDatasetFile(this.db, { id: recordId, projectId: project.id, file });
		} catch (error) {
			return storageErrorMessage(error);
		}
		await this.#refreshCopies();
		return null;
	}

	async dropCopy(id: string): Promise<void> {
		if (!this.persistent) return;
		await deleteDatasetFile(this.db, id);
		await this.#refreshCopies();
	}

	storedFile(id: string): Promise<File | null> {
		return loadDatasetFile(this.db, id);
	}

	/** The parts of a record an edit changes; comparing them tells a real change from a reload of the same data. */
	#content(record: ProjectRecord) {
		return [
			record.name,
			record.scenarios,
			record.baselineId,
			record.prompt,
			record.datasets,
			record.guide
		];
	}

	/** The open project as the workbench shows it now. Reading it inside an effect tracks every edit. */
	snapshot(): ProjectRecord | null {
		const current = this.current;
		if (!current) return null;
		const { sheet, draft, dataset, guide } = this.workbench;
		const guideRecord = guide.record;
		return {
			...current,
			scenarios: sheet.scenarios,
			baselineId: sheet.baselineId,
			isExample: sheet.isExample,
			prompt: { ...draft.parts, encoding: draft.encoding },
			datasets: dataset.record ? upsert(current.datasets, dataset.record) : current.datasets,
			...(guideRecord ? { guide: guideRecord } : {})
		};
	}

	/**
	 * A discrete edit (a sheet cell, a project action) is written at once rather than after the typing delay, so
	 * that closing the tab right after it loses nothing.
	 */
	saveSoon(): void {
		if (!this.#loaded || !this.current) return;
		// A task of its own, not a microtask: the write's checks stay out of the task that draws the change.
		setTimeout(() => void this.flush(), 0);
	}

	/** Called on every change of the snapshot; saves within AUTOSAVE_DELAY_MS. */
	schedule(): void {
		if (!this.#loaded || !this.current) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
	}

	/** Saves now if anything changed (on pagehide, visibilitychange, before switching project). */
	async flush(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const record = this.snapshot();
		if (!record || !this.#loaded) return;
		const json = JSON.stringify(this.#content(record));
		if (json === this.#savedJson) return;
		if (!this.persistent) return;
		this.status = 'saving';
		try {
			this.current = await saveProject(this.db, {
				...record,
				schemaVersion: PROJECT_SCHEMA_VERSION
			});
			this.#savedJson = json;
			this.#retry = 0;
			this.status = 'saved';
			this.#problem = null;
		} catch (error) {
			this.status = 'failed';
			this.#failed(error);
			// Kept in the page and tried again; never dropped.
			const delay = RETRY_DELAYS_MS[Math.min(this.#retry++, RETRY_DELAYS_MS.length - 1)];
			if (!isQuotaError(error) || this.#retry <= RETRY_DELAYS_MS.length) {
				this.#timer = setTimeout(() => void this.flush(), delay);
			}
		}
	}

	/** True while an edit waits to be written. */
	get dirty(): boolean {
		const record = this.snapshot();
		return record !== null && JSON.stringify(this.#content(record)) !== this.#savedJson;
	}

	async switchTo(id: string): Promise<void> {
		if (id === this.current?.id) return;
		await this.flush();
		const { project, errors } = await loadProject(this.db, id);
		if (!project) {
			this.#problem = errors.length
				? () => m.projects_problem_set_aside({ errors: joinProblems(errors) })
				: () => m.projects_problem_gone();
			return;
		}
		this.#open(project);
	}

	async create(name: string): Promise<void> {
		await this.flush();
		const record = newProject(
			crypto.randomUUID(),
			name.trim() || m.projects_name_untitled(),
			now()
		);
		await this.#write(() => saveProject(this.db, record));
		this.#open(record);
	}

	/** Stores a project that came from elsewhere (a share link) as a new one of the person's, and opens it. */
	async adopt(source: ProjectRecord): Promise<void> {
		await this.flush();
		const taken = this.list.some((p) => p.name === source.name);
		const record: ProjectRecord = {
			...structuredClone(source),
			id: crypto.randomUUID(),
			name: taken ? m.projects_name_shared({ name: source.name }) : source.name,
			createdAt: now(),
			updatedAt: now()
		};
		if (this.persistent) await this.#write(() => saveProject(this.db, record));
		this.#open(record);
	}

	async rename(id: string, name: string): Promise<string | null> {
		const trimmed = name.trim();
		if (!trimmed) return m.projects_rename_empty();
		if (trimmed.length > PROJECT_LIMITS.nameLength) {
			return m.projects_rename_too_long({ max: formatCount(PROJECT_LIMITS.nameLength) });
		}
		if (id === this.current?.id) {
			this.current = { ...this.current, name: trimmed };
			await this.flush();
			return null;
		}
		const { project } = await loadProject(this.db, id);
		if (project) await this.#write(() => saveProject(this.db, { ...project, name: trimmed }));
		return null;
	}

	async duplicate(id: string): Promise<void> {
		await this.flush();
		const source =
			id === this.current?.id ? this.snapshot() : (await loadProject(this.db, id)).project;
		if (!source) return;
		const copy: ProjectRecord = {
			...structuredClone(source),
			id: crypto.randomUUID(),
			name: m.projects_name_copy({ name: source.name }),
			createdAt: now(),
			updatedAt: now()
		};
		await this.#write(() => saveProject(this.db, copy));
		this.#open(copy);
	}

	async remove(id: string): Promise<void> {
		await this.flush();
		const deleted = await deleteProject(this.db, id);
		this.lastDeleted = deleted;
		if (id === this.current?.id) {
			const next = (await listProjects(this.db))[0];
			const record = next ? (await loadProject(this.db, next.id)).project : null;
			if (record) this.#open(record);
			else await this.create(m.projects_name_untitled());
		}
	}

	async undoDelete(): Promise<void> {
		const deleted = this.lastDeleted;
		if (!deleted) return;
		await this.#write(() => restoreProject(this.db, deleted));
		this.lastDeleted = null;
	}

	/** Every stored project, checked (for a backup, or to plan a restore against). */
	async allProjects(): Promise<ProjectRecord[]> {
		if (!this.persistent) return this.current ? [this.snapshot() ?? this.current] : [];
		return (await loadAllProjects(this.db)).projects;
	}

	/** Adds restored projects in chunks, and the file's settings; nothing stored is deleted or overwritten. */
	async restore(
		records: ProjectRecord[],
		settings: AppSettings | null,
		onProgress: (done: number, total: number) => void
	): Promise<void> {
		await this.flush();
		if (!this.persistent) throw new Error(m.projects_restore_no_storage());
		await putProjectsInChunks(this.db, records, 50, onProgress);
		if (settings) {
			// The open project stays open; the file's display currency applies.
			this.settings = { ...settings, lastProjectId: this.settings.lastProjectId };
			await saveSettings(this.db, this.settings);
			this.workbench.display = {
				currency: settings.currency,
				rate: settings.rate,
				locale: settings.locale ?? FOLLOW_LANGUAGE
			};
		}
	}

	/** `locale` null: follow the interface language. */
	async saveDisplay(currency: string, rate: number, locale: string | null): Promise<void> {
		this.settings = { ...this.settings, currency, rate, locale };
		if (this.persistent) await this.#write(() => saveSettings(this.db, this.settings));
	}

	async markBackedUp(): Promise<void> {
		this.settings = { ...this.settings, lastBackupAt: now() };
		if (this.persistent) await this.#write(() => saveSettings(this.db, this.settings));
	}

	async #write(action: () => Promise<unknown>): Promise<void> {
		if (!this.persistent) return;
		try {
			await action();
			this.#problem = null;
		} catch (error) {
			this.status = 'failed';
			this.#failed(error);
			throw error;
		}
	}

	#watchList(): void {
		this.#listWatch?.unsubscribe();
		this.#listWatch = liveQuery(() => projectSummaries(this.db)).subscribe({
			next: (list) => (this.list = list),
			error: () => {}
		});
	}

	/** Another tab's save of the open project shows here, unless this tab has edits of its own waiting. */
	#watchCurrent(id: string): void {
		this.#watch?.unsubscribe();
		this.#watch = liveQuery(() => this.db.projects.get(id)).subscribe({
			next: async (stored) => {
				if (!stored || !this.current || stored.id !== this.current.id) return;
				if (stored.updatedAt <= this.current.updatedAt || this.dirty) return;
				const { project } = await loadProject(this.db, id);
				if (project) this.#open(project);
			},
			error: () => {}
		});
	}

	dispose(): void {
		this.#watch?.unsubscribe();
		this.#listWatch?.unsubscribe();
	}
}

const now = nowIso;

function upsert(records: readonly DatasetRecord[], record: DatasetRecord): DatasetRecord[] {
	return [...records.filter((r) => r.id !== record.id), record];
}
