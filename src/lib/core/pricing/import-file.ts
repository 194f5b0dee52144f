import { m } from '../i18n/locale';
import { planLiteLlmImport } from './litellm';
import { readCatalogFile } from './schema';
import type { CatalogEntry } from './types';

/** The kind of price file read (importSourceLabel names it). */
export type ImportSource = 'tunesheet-catalog' | 'litellm';

/** A kind of price file as a person reads it: "Tunesheet catalog", "LiteLLM price table". */
export function importSourceLabel(source: ImportSource): string {
	return source === 'litellm'
		? m.prices_source_litellm_table()
		: m.prices_source_tunesheet_catalog();
}

/**
 * What importing a price file would do, worked out before anything changes. Its texts (changes, reasons) are in
 * the language of the moment it was planned.
 */
export interface ImportPlan {
	source: ImportSource;
	added: { id: string; name: string }[];
	updated: { id: string; name: string; changes: string[] }[];
	unchanged: number;
	skipped: { key: string; reason: string }[];
	/** The entries to store as the user's, when the plan is applied. */
	entries: CatalogEntry[];
}

/** JSON with object keys sorted, so two entries with the same figures compare equal whatever their key order. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: item
	);
}

const nameOf = (entry: CatalogEntry) => (entry.kind === 'gpu' ? entry.name : entry.displayName);

/**
 * Reads an untrusted price file (a Tunesheet catalog export or LiteLLM's model_prices_and_context_window.json)
 * against the current catalog. Throws with a readable reason when the file is neither.
 */
export function planImport(
	text: string,
	current: readonly CatalogEntry[],
	today: string
): ImportPlan {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new Error(m.prices_import_not_json({ detail: (error as Error).message }));
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new Error(m.prices_import_not_price_file());
	}
	if (Object.hasOwn(data, 'type')) return planCatalogFile(data, current);
	const report = planLiteLlmImport(data, current, { asOf: today });
	return {
		source: 'litellm',
		added: report.added.map(({ id, entry }) => ({ id, name: entry.displayName })),
		updated: report.updated.map(({ id, after, changes }) => ({
			id,
			name: after.displayName,
			changes
		})),
		unchanged: report.unchanged.length,
		skipped: report.skipped,
		entries: [...report.added.map((a) => a.entry), ...report.updated.map((u) => u.after)]
	};
}

function planCatalogFile(data: object, current: readonly CatalogEntry[]): ImportPlan {
	const read = readCatalogFile(data);
	const byId = new Map(current.map((entry) => [entry.id, entry]));
	const plan: ImportPlan = {
		source: 'tunesheet-catalog',
		added: [],
		updated: [],
		unchanged: 0,
		skipped: read.skipped,
		entries: []
	};
	for (const entry of read.entries) {
		const existing = byId.get(entry.id);
		if (existing && canonical(existing) === canonical(entry)) {
			plan.unchanged++;
			continue;
		}
		plan.entries.push(entry);
		if (existing)
			plan.updated.push({
				id: entry.id,
				name: nameOf(entry),
				changes: [m.prices_change_replaced()]
			});
		else plan.added.push({ id: entry.id, name: nameOf(entry) });
	}
	return plan;
}
