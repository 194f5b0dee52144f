import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from './builtin';
import { USER_SOURCE, withFactValue } from './edit';
import { catalogRows } from './rows';
import { checkCatalogEntry } from './schema';

const TODAY = '2026-11-25';

describe('withFactValue', () => {
	it('changes one figure of a copy, with the user as its source, and the entry stays valid', () => {
		const row = catalogRows(BUILTIN_CATALOG, TODAY).find(
			(r) => r.figure === 'Fine-tuning: training'
		)!;
		const entry = BUILTIN_CATALOG.find((e) => e.id === row.entryId)!;
		const changed = withFactValue(entry, row.path, 12.5, TODAY);
		const changedRow = catalogRows([changed], TODAY).find((r) => r.key === row.key)!;
		expect(changedRow.fact).toEqual({
			value: 12.5,
			unit: row.fact.unit,
			source: USER_SOURCE,
			asOf: TODAY,
			confidence: 'high'
		});
		expect(catalogRows([entry], TODAY).find((r) => r.key === row.key)!.fact).toEqual(row.fact);
		expect(checkCatalogEntry(changed).ok).toBe(true);
	});

	it('reaches every figure the table shows, GPU offers included', () => {
		for (const row of catalogRows(BUILTIN_CATALOG, TODAY)) {
			const entry = BUILTIN_CATALOG.find((e) => e.id === row.entryId)!;
			expect(() => withFactValue(entry, row.path, 1, TODAY), row.key).not.toThrow();
		}
	});

	it('refuses a negative or non-finite value and a path to nothing', () => {
		const entry = BUILTIN_CATALOG[0]!;
		expect(() => withFactValue(entry, ['inference', 'input'], -1, TODAY)).toThrow(RangeError);
		expect(() => withFactValue(entry, ['inference', 'input'], Infinity, TODAY)).toThrow(RangeError);
		expect(() => withFactValue(entry, ['nothing', 'here'], 1, TODAY)).toThrow(/no figure/);
	});
});
