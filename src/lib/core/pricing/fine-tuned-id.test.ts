import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from './builtin';
import { modelFamily, parseFineTunedId, resolveFineTunedId } from './fine-tuned-id';
import type { ApiModelEntry } from './types';

afterEach(() => useLocale('en'));

function resolved(id: string, catalog = BUILTIN_CATALOG) {
	const result = resolveFineTunedId(id, catalog);
	if (result.entry === null) throw new Error(result.reason);
	return result;
}

describe('fine-tuned model ids', () => {
	it('parses the parts, with an empty suffix left out', () => {
		expect(parseFineTunedId('ft:gpt-4o-mini-2024-07-18:org:suffix:abc123')).toEqual({
			baseModel: 'gpt-4o-mini-2024-07-18',
			organization: 'org',
			suffix: 'suffix',
			jobId: 'abc123'
		});
		expect(parseFineTunedId('ft:gpt-3.5-turbo-0125:org::id')).toEqual({
			baseModel: 'gpt-3.5-turbo-0125',
			organization: 'org',
			jobId: 'id'
		});
		expect(parseFineTunedId('gpt-4o-mini')).toBeNull();
		expect(parseFineTunedId('ft:')).toBeNull();
	});

	it('knows the family of a dated snapshot', () => {
		expect(modelFamily('gpt-4o-mini-2024-07-18')).toBe('gpt-4o-mini');
		expect(modelFamily('gpt-3.5-turbo-0125')).toBe('gpt-3.5-turbo');
		expect(modelFamily('gpt-4o-mini')).toBeNull();
	});

	it('gives base and fine-tuned prices of gpt-4o-mini', () => {
		const result = resolved('ft:gpt-4o-mini-2024-07-18:org:suffix:abc123');
		expect(result.entry.id).toBe('openai/gpt-4o-mini-2024-07-18');
		expect(result.matchedBy).toBe('exact');
		expect(result.baseInference?.input.value).toBe(0.15);
		expect(result.fineTunedInference?.input.value).toBe(0.3);
		expect(result.fineTunedInference?.output.value).toBe(1.2);
		expect(result.training?.value).toBe(3);
	});

	it('resolves gpt-3.5-turbo-0125 with an empty suffix and gpt-4.1', () => {
		const turbo = resolved('ft:gpt-3.5-turbo-0125:org::id');
		expect(turbo.entry.id).toBe('openai/gpt-3.5-turbo-0125');
		expect(turbo.fineTunedInference?.input.value).toBe(3);
		expect(turbo.baseInference?.input.value).toBe(0.5);
		const gpt41 = resolved('ft:gpt-4.1-2025-04-14:my-org:custom:xyz');
		expect(gpt41.entry.id).toBe('openai/gpt-4.1-2025-04-14');
		expect(gpt41.baseInference?.input.value).toBe(2);
		expect(gpt41.fineTunedInference?.input.value).toBe(3);
		expect(gpt41.training?.value).toBe(25);
	});

	it('falls back on the undated family when the snapshot is not in the catalog', () => {
		const older = resolved('ft:gpt-3.5-turbo-1106:org::id');
		expect(older.matchedBy).toBe('family');
		expect(older.entry.id).toBe('openai/gpt-3.5-turbo-0125');

		const familyOnly: ApiModelEntry = {
			...(BUILTIN_CATALOG.find((e) => e.id === 'openai/gpt-4o-mini-2024-07-18') as ApiModelEntry),
			id: 'custom/gpt-4o-mini',
			modelId: 'gpt-4o-mini',
			aliases: []
		};
		const result = resolved('ft:gpt-4o-mini-2024-07-18:org:suffix:abc123', [familyOnly]);
		expect(result.matchedBy).toBe('family');
		expect(result.entry.id).toBe('custom/gpt-4o-mini');
	});

	it('prefers the exact dated entry over a family entry', () => {
		const familyEntry: ApiModelEntry = {
			kind: 'api-model',
			id: 'custom/gpt-4o-mini',
			provider: 'OpenAI',
			modelId: 'gpt-4o-mini',
			aliases: [],
			displayName: 'GPT-4o mini (custom)',
			scope: 'model',
			notes: []
		};
		const result = resolved('ft:gpt-4o-mini-2024-07-18:org::x', [familyEntry, ...BUILTIN_CATALOG]);
		expect(result.entry.id).toBe('openai/gpt-4o-mini-2024-07-18');
	});

	it('returns null with a reason for unknown models and non-ft ids', () => {
		expect(resolveFineTunedId('ft:davinci-002:org::x', BUILTIN_CATALOG)).toEqual({
			entry: null,
			reason: "No catalog entry for base model 'davinci-002'"
		});
		expect(resolveFineTunedId('ft:gpt-9-2030-01-01:org::x', BUILTIN_CATALOG)).toEqual({
			entry: null,
			reason: "No catalog entry for base model 'gpt-9-2030-01-01' or 'gpt-9'"
		});
		const notFineTuned = resolveFineTunedId('gpt-4o-mini', BUILTIN_CATALOG);
		expect(notFineTuned.entry).toBeNull();
		expect(notFineTuned.entry === null && notFineTuned.reason).toMatch(/start with 'ft:'/);
	});

	it('says why in French', () => {
		useLocale('fr');
		expect(resolveFineTunedId('ft:gpt-9-2030-01-01:org::x', BUILTIN_CATALOG)).toEqual({
			entry: null,
			reason:
				'Aucune entrée du catalogue pour le modèle de base «\u00a0gpt-9-2030-01-01\u00a0» ni pour «\u00a0gpt-9\u00a0»'
		});
	});
});
