import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from './builtin';
import { customApiModel, type CustomApiModelInput } from './custom';
import { catalogRows } from './rows';

const TODAY = '2026-11-25';
const ids = new Set(BUILTIN_CATALOG.map((entry) => entry.id));
const base: CustomApiModelInput = {
	provider: 'Acme AI',
	modelId: 'acme-large-2',
	displayName: 'Acme Large 2',
	encoding: 'o200k_base',
	notes: 'Negotiated price.',
	figures: {
		input: 1.2,
		output: 4.8,
		training: 6,
		fineTunedInput: 2,
		fineTunedOutput: 8,
		hostingPerHour: 1.7
	}
};

describe('customApiModel', () => {
	it('builds a valid entry with every entered figure marked as the user’s', () => {
		const result = customApiModel(base, ids, TODAY);
		if (!result.ok) throw new Error(result.errors.join('; '));
		expect(result.entry.id).toBe('acme-ai/acme-large-2');
		const rows = catalogRows([result.entry], TODAY);
		expect(rows.map((row) => [row.figure, row.fact.value])).toEqual([
			['Input', 1.2],
			['Output', 4.8],
			['Fine-tuning: training', 6],
			['Fine-tuned: hosting per hour', 1.7],
			['Fine-tuned: input', 2],
			['Fine-tuned: output', 8]
		]);
		expect(
			rows.every((row) => row.fact.source === 'Entered by you' && row.fact.asOf === TODAY)
		).toBe(true);
	});

	it('names the field of each problem', () => {
		const result = customApiModel(
			{ ...base, provider: ' ', figures: { input: -1, output: Number.NaN } },
			ids,
			TODAY
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([
			'Provider: enter the provider’s name.',
			'Input: enter a number of at least 0.',
			'Output: enter a number of at least 0.'
		]);
	});

	it('refuses an id the catalog already has', () => {
		const result = customApiModel(
			{ ...base, provider: 'OpenAI', modelId: 'gpt-4o-mini-2024-07-18' },
			ids,
			TODAY
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toMatch(/already in the catalog/);
	});
});
