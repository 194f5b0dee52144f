import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from './builtin';
import { checkCatalogEntry, readCatalogFile } from './schema';

const entry = structuredClone(
	BUILTIN_CATALOG.find((e) => e.id === 'openai/gpt-4o-mini-2024-07-18')
);

function withInput(value: unknown) {
	const copy = structuredClone(entry) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data of any shape
	copy.inference.input.value = value;
	return copy;
}

describe('catalog schema', () => {
	it('rejects negative and non-finite prices, naming the key path', () => {
		expect(checkCatalogEntry(withInput(-0.1))).toEqual({
			ok: false,
			errors: ['inference.input.value: must not be negative']
		});
		for (const bad of [Infinity, Number.NaN, '0.15']) {
			const result = checkCatalogEntry(withInput(bad));
			expect(result.ok).toBe(false);
			expect(!result.ok && result.errors[0]).toMatch(/^inference\.input\.value: /);
		}
		expect(checkCatalogEntry(withInput(null)).ok).toBe(true);
	});

	it('drops unknown keys, including __proto__', () => {
		const raw = JSON.parse(
			JSON.stringify({ ...entry, colour: 'red' }).replace('{', '{"__proto__":{"polluted":1},')
		);
		const result = checkCatalogEntry(raw);
		expect(result.ok).toBe(true);
		expect(result.ok && Object.keys(result.entry)).not.toContain('colour');
		expect(result.ok && Object.keys(result.entry)).not.toContain('__proto__');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('checks dates and confidence', () => {
		const copy = withInput(0.15);
		copy.inference.input.asOf = '2026-02-30';
		copy.inference.output.confidence = 'certain';
		const result = checkCatalogEntry(copy);
		expect(!result.ok && result.errors.map((e) => e.split(':')[0])).toEqual([
			'inference.input.asOf',
			'inference.output.confidence'
		]);
	});

	it('reads a catalog file entry by entry', () => {
		const file = {
			type: 'tunesheet-catalog',
			version: 1,
			entries: [entry, withInput(-1), { kind: 'spaceship' }]
		};
		const read = readCatalogFile(file);
		expect(read.entries).toHaveLength(1);
		expect(read.skipped.map((s) => s.key)).toEqual(['entries.1', 'entries.2']);
		// The key names the entry, the reason the place inside it: each said once.
		expect(read.skipped[0]?.reason).toBe('inference.input.value: must not be negative');
		expect(read.skipped[1]?.reason).toBe(
			"kind: Invalid discriminator value. Expected 'api-model' | 'open-weight-model' | 'gpu'"
		);
		expect(() => readCatalogFile({ type: 'other', entries: [] })).toThrow(
			/Not a Tunesheet catalog/
		);
	});
});
