/*
 * Resolves an OpenAI fine-tuned model id, `ft:<base>:<organization>:<suffix>:<job id>` (the suffix may be
 * empty), to the catalog entry of its base model: the exact dated id first, then the undated family.
 */
import { m } from '../i18n/locale';
import type { ApiModelEntry, CatalogEntry, Fact, InferencePrices } from './types';

export interface FineTunedIdParts {
	baseModel: string;
	organization?: string;
	suffix?: string;
	jobId?: string;
}

/** null when the text is not an `ft:` id. */
export function parseFineTunedId(id: string): FineTunedIdParts | null {
	const trimmed = id.trim();
	if (!trimmed.startsWith('ft:')) return null;
	const [baseModel, organization, suffix, jobId] = trimmed.slice(3).split(':');
	if (!baseModel) return null;
	const parts: FineTunedIdParts = { baseModel };
	if (organization) parts.organization = organization;
	if (suffix) parts.suffix = suffix;
	if (jobId) parts.jobId = jobId;
	return parts;
}

/** 'gpt-4o-mini-2024-07-18' → 'gpt-4o-mini'; 'gpt-3.5-turbo-0125' → 'gpt-3.5-turbo'; undated → null. */
export function modelFamily(modelId: string): string | null {
	const match = /^(.+?)-(?:\d{4}-\d{2}-\d{2}|\d{4})$/.exec(modelId);
	return match?.[1] ?? null;
}

export type FineTunedResolution =
	| {
			entry: ApiModelEntry;
			parts: FineTunedIdParts;
			/** 'family': no entry for this snapshot; the family's prices are used. */
			matchedBy: 'exact' | 'family';
			baseInference: InferencePrices | null;
			fineTunedInference: InferencePrices | null;
			training: Fact | null;
	  }
	/** Why nothing was found, in the current language. */
	| { entry: null; reason: string };

function byName(entries: ApiModelEntry[], name: string): ApiModelEntry[] {
	const exact = entries.filter((e) => e.modelId === name);
	return [...exact, ...entries.filter((e) => e.modelId !== name && e.aliases.includes(name))];
}

/** Fine-tuned ids are OpenAI's: an OpenAI entry wins over another provider's entry of the same name. */
export function resolveFineTunedId(
	id: string,
	catalog: readonly CatalogEntry[]
): FineTunedResolution {
	const parts = parseFineTunedId(id);
	if (!parts) {
		return { entry: null, reason: m.prices_lookup_not_fine_tuned({ id }) };
	}
	const models = catalog.filter(
		(e): e is ApiModelEntry => e.kind === 'api-model' && e.scope === 'model'
	);
	const ordered = [
		...models.filter((e) => e.provider === 'OpenAI'),
		...models.filter((e) => e.provider !== 'OpenAI')
	];
	const family = modelFamily(parts.baseModel);
	const exact = byName(ordered, parts.baseModel);
	const candidates = [...exact, ...(family ? byName(ordered, family) : [])];
	const entry = candidates[0];
	if (!entry) {
		const model = parts.baseModel;
		const reason = family
			? m.prices_lookup_no_base_or_family({ model, family })
			: m.prices_lookup_no_base({ model });
		return { entry: null, reason };
	}
	// A snapshot entry may lack base prices that its family entry has (e.g. after a custom edit).
	const baseInference = candidates.find((e) => e.inference)?.inference ?? null;
	const offer = candidates.find((e) => e.fineTuning)?.fineTuning;
	return {
		entry,
		parts,
		matchedBy: exact.length > 0 ? 'exact' : 'family',
		baseInference,
		fineTunedInference: offer?.inference ?? null,
		training: offer?.training ?? null
	};
}
