/*
 * Import of LiteLLM's model_prices_and_context_window.json (USD per token, keyed by model name) into the
 * catalog. Untrusted input: each entry is checked on its own and a bad one is skipped with the reason.
 * `planLiteLlmImport` reports what would change; `applyCatalogImport` applies the report.
 */
import { numberFormat } from '../format';
import { m } from '../i18n/locale';
import { candidateFrom, type Candidate, type LiteLlmImportOptions } from './litellm-entry';
import {
	providerSlug,
	type ApiModelEntry,
	type CatalogEntry,
	type Fact,
	type InferencePrices
} from './types';

export type { LiteLlmImportOptions } from './litellm-entry';

export interface ImportAdded {
	id: string;
	keys: string[];
	entry: ApiModelEntry;
}

export interface ImportUpdated {
	id: string;
	keys: string[];
	before: ApiModelEntry;
	after: ApiModelEntry;
	/** e.g. 'inference.input: 2.5 → 2.6', in the language of the moment the import was planned. */
	changes: string[];
}

export interface CatalogImportReport {
	added: ImportAdded[];
	updated: ImportUpdated[];
	/** Keys whose figures equal the catalog's. */
	unchanged: string[];
	skipped: { key: string; reason: string }[];
}

function findModel(entries: Iterable<ApiModelEntry>, provider: string, name: string) {
	let aliasMatch: ApiModelEntry | undefined;
	for (const entry of entries) {
		if (entry.provider !== provider || entry.scope !== 'model') continue;
		if (entry.modelId === name) return { entry, exact: true };
		if (!aliasMatch && entry.aliases.includes(name)) aliasMatch = entry;
	}
	return aliasMatch ? { entry: aliasMatch, exact: false } : undefined;
}

/** A figure in a change line, every digit kept: 0.075, 1,048,576 (English); 0,075, 1 048 576 (French). */
function changed(value: number | null | undefined): string {
	return value == null
		? m.prices_change_none()
		: numberFormat({ maximumFractionDigits: 20 }).format(value);
}

function describeChange(field: string, before: number | null | undefined, after: number | null) {
	return m.prices_change({ field, before: changed(before), after: changed(after) });
}

function describeChanges(
	path: string,
	before: InferencePrices | undefined,
	after: InferencePrices
) {
	const changes: string[] = [];
	for (const [field, fact] of Object.entries(after) as [keyof InferencePrices, Fact][]) {
		const old = before?.[field]?.value;
		if (old !== fact.value) changes.push(describeChange(`${path}.${field}`, old, fact.value));
	}
	return changes;
}

interface Work {
	entry: ApiModelEntry;
	keys: string[];
	changes: string[];
	isNew: boolean;
	baseFrom?: string;
	fineTunedFrom?: string;
}

/** Works out what importing LiteLLM's table into `current` would add, update and skip. */
export function planLiteLlmImport(
	data: unknown,
	current: readonly CatalogEntry[],
	options: LiteLlmImportOptions
): CatalogImportReport {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new Error(m.prices_import_not_litellm());
	}
	const report: CatalogImportReport = { added: [], updated: [], unchanged: [], skipped: [] };
	const work = new Map<string, Work>();
	const apiEntries = current.filter((e): e is ApiModelEntry => e.kind === 'api-model');
	const knownIds = new Set(current.map((e) => e.id));
	const addedEntries: ApiModelEntry[] = [];
	const candidates: Candidate[] = [];
	for (const [key, raw] of Object.entries(data)) {
		if (key === 'sample_spec') continue;
		const result = candidateFrom(key, raw, options);
		if (typeof result === 'string') report.skipped.push({ key, reason: result });
		else candidates.push(result);
	}
	// Exact model ids before aliases, base models before fine-tuned ones (which may need the base added).
	const rank = new Map(
		candidates.map((c) => [
			c,
			(c.fineTuned ? 2 : 0) + (findModel(apiEntries, c.provider, c.name)?.exact === false ? 1 : 0)
		])
	);
	candidates.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));

	for (const candidate of candidates) {
		const { key, provider, name } = candidate;
		const found = findModel(apiEntries, provider, name) ?? findModel(addedEntries, provider, name);
		let item = found ? work.get(found.entry.id) : undefined;
		if (found && !item) {
			item = { entry: structuredClone(found.entry), keys: [], changes: [], isNew: false };
			work.set(found.entry.id, item);
		}
		if (!item) {
			const id = `${providerSlug(provider)}/${name}`;
			if (knownIds.has(id)) {
				report.skipped.push({ key, reason: m.prices_litellm_id_taken({ id }) });
				continue;
			}
			const entry: ApiModelEntry = {
				kind: 'api-model',
				id,
				provider,
				modelId: name,
				aliases: [],
				displayName: name,
				scope: 'model',
				notes: []
			};
			item = { entry, keys: [], changes: [], isNew: true };
			work.set(id, item);
			addedEntries.push(entry);
		}
		const earlier = candidate.fineTuned ? item.fineTunedFrom : item.baseFrom;
		if (earlier !== undefined) {
			const reason = m.prices_litellm_same_entry({ id: item.entry.id, key: earlier });
			report.skipped.push({ key, reason });
			continue;
		}
		const entry = item.entry;
		if (candidate.fineTuned) {
			item.fineTunedFrom = key;
			const offer = (entry.fineTuning ??= {});
			const merged = { ...offer.inference, ...candidate.prices };
			item.changes.push(...describeChanges('fineTuning.inference', offer.inference, merged));
			offer.inference = merged;
		} else {
			item.baseFrom = key;
			const merged = { ...entry.inference, ...candidate.prices };
			item.changes.push(...describeChanges('inference', entry.inference, merged));
			entry.inference = merged;
			if (candidate.contextTokens && entry.contextTokens?.value !== candidate.contextTokens.value) {
				item.changes.push(
					describeChange('contextTokens', entry.contextTokens?.value, candidate.contextTokens.value)
				);
				entry.contextTokens = candidate.contextTokens;
			}
		}
		item.keys.push(key);
		if (item.isNew) entry.notes = [m.prices_litellm_note({ keys: item.keys.join(', ') })];
	}

	for (const [id, item] of work) {
		if (item.isNew) report.added.push({ id, keys: item.keys, entry: item.entry });
		else if (item.changes.length === 0) report.unchanged.push(...item.keys);
		else {
			const before = apiEntries.find((e) => e.id === id);
			if (before) {
				report.updated.push({
					id,
					keys: item.keys,
					before,
					after: item.entry,
					changes: item.changes
				});
			}
		}
	}
	return report;
}

/** The catalog after an import: updated entries replaced in place, added ones appended. */
export function applyCatalogImport(
	current: readonly CatalogEntry[],
	report: Pick<CatalogImportReport, 'added' | 'updated'>
): CatalogEntry[] {
	const replacements = new Map<string, CatalogEntry>(report.updated.map((u) => [u.id, u.after]));
	return [
		...current.map((entry) => replacements.get(entry.id) ?? entry),
		...report.added.map((a) => a.entry)
	];
}
