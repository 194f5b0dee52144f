import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from './builtin';
import { withFactValue } from './edit';
import { toCatalogFile } from './export';
import { planImport } from './import-file';

const TODAY = '2026-11-25';

describe('planImport', () => {
	it('reads a Tunesheet catalog export: changed entries are updates, new ones additions', () => {
		const changed = withFactValue(BUILTIN_CATALOG[0]!, ['inference', 'input'], 9.99, TODAY);
		const added = { ...changed, id: 'custom/my-model', displayName: 'My model' };
		const file = JSON.stringify(toCatalogFile([changed, BUILTIN_CATALOG[1]!, added]));
		const plan = planImport(file, BUILTIN_CATALOG, TODAY);
		expect(plan.source).toBe('Tunesheet catalog');
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
		expect(plan.skipped[0]!.key).toBe('entries.0');
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
			{ key: 'entries.1', reason: 'entries.1.id: an earlier entry has the same id' }
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
		expect(plan.source).toBe('LiteLLM price table');
		expect(plan.added.length + plan.updated.length).toBe(1);
	});

	it.each([
		['not JSON', '{"a": ', /not valid JSON/],
		['an array', '[1, 2]', /neither a Tunesheet catalog nor a LiteLLM price table/],
		['another file type', '{"type": "something-else"}', /Not a Tunesheet catalog file/]
	])('refuses %s with a reason', (_, text, reason) => {
		expect(() => planImport(text, BUILTIN_CATALOG, TODAY)).toThrow(reason);
	});
});
