import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from './builtin';
import { withFactValue } from './edit';
import { toCatalogFile } from './export';
import { planImport } from './import-file';

const TODAY = '2026-11-25';

afterEach(() => useLocale('en'));

describe('planImport', () => {
	it('reads a Tunesheet catalog export: changed entries are updates, new ones additions', () => {
		const changed = withFactValue(BUILTIN_CATALOG[0]!, ['inference', 'input'], 9.99, TODAY);
		const added = { ...changed, id: 'custom/my-model', displayName: 'My model' };
		const file = JSON.stringify(toCatalogFile([changed, BUILTIN_CATALOG[1]!, added]));
		const plan = planImport(file, BUILTIN_CATALOG, TODAY);
		expect(plan.source).toBe('tunesheet-catalog');
		expect(plan.updated.map((u) => u.id)).toEqual([changed.id]);
		expect(plan.added.map((a) => a.id)).toEqual(['custom/my-model']);
		expect(plan.unchanged).toBe(1);
		expect(plan.entries).toHaveLength(2);
	});

	it('skips a bad entry of a catalog file with the key named, keeping the rest', () => {
		const bad = { ...BUILTIN_CATALOG[0]!, id: 'x/bad', inference: { input: { value: -1 } } };
		const file = JSON.stringify({
			type: 'tunesheet-catalog',
			version: 1,
			entries: [bad, BUILTIN_CATALOG[1]]
		});
		const plan = planImport(file, [], TODAY);
		expect(plan.added).toHaveLength(1);
		// The place is said once: the entry in the key, the field inside it in the reason.
		expect(plan.skipped.map((s) => s.key)).toEqual(['entries.0']);
		const reason = plan.skipped[0]!.reason;
		expect(reason).toMatch(
			/^inference\.input\.value: must not be negative; inference\.input\.unit: Invalid input: /
		);
		expect(reason).not.toContain('entries.0');
	});

	it('takes the first of two entries with the same id and skips the other', () => {
		const first = { ...BUILTIN_CATALOG[0]!, id: 'custom/twice', displayName: 'First' };
		const second = { ...first, displayName: 'Second' };
		const file = JSON.stringify({
			type: 'tunesheet-catalog',
			version: 1,
			entries: [first, second]
		});
		const plan = planImport(file, BUILTIN_CATALOG, TODAY);
		expect(plan.added).toEqual([{ id: 'custom/twice', name: 'First' }]);
		expect(plan.entries).toHaveLength(1);
		expect(plan.skipped).toEqual([
			{ key: 'entries.1', reason: 'id: an earlier entry has the same id' }
		]);
	});

	it('reads a LiteLLM table', () => {
		const file = JSON.stringify({
			sample_spec: { input_cost_per_token: 0 },
			'my-new-model': {
				litellm_provider: 'openai',
				mode: 'chat',
				input_cost_per_token: 0.0000025,
				output_cost_per_token: 0.00001
			}
		});
		const plan = planImport(file, BUILTIN_CATALOG, TODAY);
		expect(plan.source).toBe('litellm');
		expect(plan.added.length + plan.updated.length).toBe(1);
	});

	it.each([
		['not JSON', '{"a": ', /not valid JSON/],
		['an array', '[1, 2]', /neither a Tunesheet catalog nor a LiteLLM price table/],
		['another file type', '{"type": "something-else"}', /Not a Tunesheet catalog file/]
	])('refuses %s with a reason', (_, text, reason) => {
		expect(() => planImport(text, BUILTIN_CATALOG, TODAY)).toThrow(reason);
	});

	it('reports in French: a refused file, and the problems of skipped entries', () => {
		useLocale('fr');
		expect(() => planImport('{"a": ', BUILTIN_CATALOG, TODAY)).toThrow(
			/^Le fichier n’est pas du JSON valide\u00a0: /
		);
		expect(() => planImport('{"type": "other"}', BUILTIN_CATALOG, TODAY)).toThrow(
			'Ce n’est pas un fichier de catalogue Tunesheet\u00a0: type\u00a0: Valeur invalide\u00a0: il faut "tunesheet-catalog"\u00a0; version\u00a0: Valeur invalide\u00a0: il faut 1\u00a0; entries\u00a0: Valeur manquante\u00a0: il faut un tableau'
		);
		const negative = structuredClone(BUILTIN_CATALOG[0]!) as {
			inference: { input: { value: number } };
		};
		negative.inference.input.value = -1;
		const file = JSON.stringify({
			type: 'tunesheet-catalog',
			version: 1,
			entries: [[1], negative, BUILTIN_CATALOG[0], BUILTIN_CATALOG[0]]
		});
		expect(planImport(file, [], TODAY).skipped).toEqual([
			{ key: 'entries.0', reason: 'Valeur invalide\u00a0: il faut un objet, pas un tableau' },
			{ key: 'entries.1', reason: 'inference.input.value\u00a0: ne doit pas être négatif' },
			{ key: 'entries.3', reason: 'id\u00a0: une entrée précédente a le même identifiant' }
		]);
		const litellm = JSON.stringify({
			'gemini/gemini-2.5-flash': {
				max_input_tokens: 1048576,
				input_cost_per_token: 3e-7,
				output_cost_per_token: 2.5e-6,
				litellm_provider: 'gemini',
				mode: 'chat'
			},
			negative: { input_cost_per_token: -1, output_cost_per_token: 1, litellm_provider: 'openai' }
		});
		const plan = planImport(litellm, BUILTIN_CATALOG, TODAY);
		expect(plan.updated.map((u) => u.changes)).toEqual([
			['contextTokens\u00a0: aucune → 1\u202f048\u202f576']
		]);
		expect(plan.skipped).toEqual([
			{ key: 'negative', reason: 'input_cost_per_token\u00a0: ne doit pas être négatif' }
		]);
	});
});
