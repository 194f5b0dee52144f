import { m } from '$lib/core/i18n/locale';
import { BUILTIN_CATALOG } from '$lib/core/pricing/builtin';
import { withFactValue } from '$lib/core/pricing/edit';
import { effectiveCatalog, exportCatalogJson } from '$lib/core/pricing/export';
import { planImport, type ImportPlan } from '$lib/core/pricing/import-file';
import type { FactPath } from '$lib/core/pricing/rows';
import type { CatalogEntry } from '$lib/core/pricing/types';
import {
	clearOverrides,
	deleteOverride,
	loadOverrides,
	saveOverrides
} from '$lib/db/catalog-overrides';
import type { TunesheetDb } from '$lib/db/db';

/** The price catalog as the app uses it: built-in entries with the user's overrides, stored in IndexedDB. */
export class CatalogState {
	overrides = $state.raw<CatalogEntry[]>([]);
	/** Stored overrides that no longer pass the schema, left out. */
	rejected = $state.raw<{ id: string; errors: string[] }[]>([]);
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state<string | null>(null);
	readonly entries = $derived(effectiveCatalog(BUILTIN_CATALOG, this.overrides));

	constructor(private readonly db: TunesheetDb) {}

	/** True for an entry the user added (not in the built-in catalog). */
	isCustom(entryId: string): boolean {
		return !BUILTIN_CATALOG.some((entry) => entry.id === entryId);
	}

	/** Adds an entry the user built (a custom model); it is stored like an override. */
	async add(entry: CatalogEntry): Promise<void> {
		await this.#write(async () => {
			await saveOverrides(this.db, [entry]);
			this.overrides = [...this.overrides.filter((e) => e.id !== entry.id), entry];
		});
	}

	isOverridden(entryId: string): boolean {
		return this.overrides.some((entry) => entry.id === entryId);
	}

	async load(): Promise<void> {
		await this.#write(async () => {
			const loaded = await loadOverrides(this.db);
			this.overrides = loaded.entries;
			this.rejected = loaded.rejected;
		});
	}

	/** Sets one figure to the user's value; the entry becomes an override. */
	async setFact(entryId: string, path: FactPath, value: number, today: string): Promise<void> {
		const entry = this.entries.find((candidate) => candidate.id === entryId);
		if (!entry) throw new Error(m.prices_no_entry({ id: entryId }));
		const changed = withFactValue(entry, path, value, today);
		await this.#write(async () => {
			await saveOverrides(this.db, [changed]);
			this.overrides = [...this.overrides.filter((e) => e.id !== entryId), changed];
		});
	}

	/** Back to the built-in figures for one entry. */
	async reset(entryId: string): Promise<void> {
		await this.#write(async () => {
			await deleteOverride(this.db, entryId);
			this.overrides = this.overrides.filter((entry) => entry.id !== entryId);
		});
	}

	async resetAll(): Promise<void> {
		await this.#write(async () => {
			await clearOverrides(this.db);
			this.overrides = [];
		});
	}

	/** What importing this file would change; nothing is stored yet. Throws with a reason for a bad file. */
	plan(text: string, today: string): ImportPlan {
		return planImport(text, this.entries, today);
	}

	async apply(plan: ImportPlan): Promise<void> {
		await this.#write(async () => {
			await saveOverrides(this.db, plan.entries);
			const replaced = (entry: CatalogEntry) => plan.entries.some((e) => e.id === entry.id);
			this.overrides = [...this.overrides.filter((entry) => !replaced(entry)), ...plan.entries];
		});
	}

	exportJson(): string {
		return exportCatalogJson(BUILTIN_CATALOG, this.overrides);
	}

	/** A failed write is reported and the catalog stays as it was. */
	async #write(work: () => Promise<void>): Promise<void> {
		try {
			await work();
			this.status = 'ready';
			this.error = null;
		} catch (error) {
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
			throw error;
		}
	}
}
