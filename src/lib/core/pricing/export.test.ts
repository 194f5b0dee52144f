import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from './builtin';
import { effectiveCatalog, exportCatalogJson, isStale } from './export';
import { readCatalogFile } from './schema';
import type { ApiModelEntry } from './types';

const gpt4oMini = BUILTIN_CATALOG.find(
	(e) => e.id === 'openai/gpt-4o-mini-2024-07-18'
) as ApiModelEntry;

const override: ApiModelEntry = {
	...gpt4oMini,
	inference: {
		...gpt4oMini.inference!,
		input: { ...gpt4oMini.inference!.input, value: 0.2, source: 'my invoice', asOf: '2026-11-01' }
	}
};

const custom: ApiModelEntry = {
	kind: 'api-model',
	id: 'acme/acme-1',
	provider: 'Acme',
	modelId: 'acme-1',
	aliases: [],
	displayName: 'Acme 1',
	scope: 'model',
	notes: ['Entered by hand.']
};

describe('effective catalog', () => {
	it('replaces overridden entries in place and appends custom ones', () => {
		const catalog = effectiveCatalog(BUILTIN_CATALOG, [override, custom]);
		expect(catalog).toHaveLength(BUILTIN_CATALOG.length + 1);
		const index = BUILTIN_CATALOG.indexOf(gpt4oMini);
		expect(catalog[index]).toBe(override);
		expect(catalog.at(-1)).toBe(custom);
	});

	it('exports Tunesheet catalog JSON that reads back whole', () => {
		const json = exportCatalogJson(BUILTIN_CATALOG, [override, custom]);
		const data = JSON.parse(json);
		expect(data.type).toBe('tunesheet-catalog');
		expect(data.version).toBe(1);
		const read = readCatalogFile(data);
		expect(read.skipped).toEqual([]);
		expect(read.entries).toEqual(effectiveCatalog(BUILTIN_CATALOG, [override, custom]));
	});
});

describe('stale prices', () => {
	it('flags prices more than six months old', () => {
		expect(isStale('2026-05-25', '2026-11-25')).toBe(false);
		expect(isStale('2026-05-24', '2026-11-25')).toBe(true);
		expect(isStale('2026-08-01', '2026-11-25')).toBe(false);
		expect(isStale('2025-07-19', '2026-11-25')).toBe(true);
	});

	it('counts calendar months, clamping month ends, across years', () => {
		expect(isStale('2026-08-31', '2027-02-28')).toBe(false);
		expect(isStale('2026-08-31', '2027-03-01')).toBe(true);
		expect(isStale('2026-01-15', '2026-04-16', 3)).toBe(true);
		expect(isStale('2026-01-15', '2026-04-15', 3)).toBe(false);
	});

	it('rejects dates that are not YYYY-MM-DD', () => {
		expect(() => isStale('2026-08', '2026-11-25')).toThrow(RangeError);
	});
});
