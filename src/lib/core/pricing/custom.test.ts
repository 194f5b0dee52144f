import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from './builtin';
import { customEntry, customForm, type CustomFormValues } from './custom';
import { catalogRows } from './rows';

const TODAY = '2026-11-25';
const ids = new Set(BUILTIN_CATALOG.map((entry) => entry.id));
const base: CustomFormValues = {
	provider: 'Acme AI',
	modelId: 'acme-large-2',
	displayName: 'Acme Large 2',
	encoding: 'o200k_base',
	notes: 'Negotiated price.',
	input: '1.2',
	output: '4.8',
	training: '6',
	fineTunedInput: '2',
	fineTunedOutput: '8',
	hostingPerHour: '1.7'
};
const customApiModel = (values: CustomFormValues) => customEntry('api-model', values, ids, TODAY);

afterEach(() => useLocale('en'));

describe('customApiModel', () => {
	it('builds a valid entry with every entered figure marked as the user’s', () => {
		const result = customApiModel(base);
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
		const result = customApiModel({ ...base, provider: ' ', input: '-1', output: 'abc' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([
			'Provider: required.',
			'Input: enter a number of at least 0.',
			'Output: enter a number of at least 0.'
		]);
	});

	it('refuses an id the catalog already has', () => {
		const result = customApiModel({
			...base,
			provider: 'OpenAI',
			modelId: 'gpt-4o-mini-2024-07-18'
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors[0]).toMatch(/already in the catalog/);
	});
});

describe('customEntry for open-weight models and GPUs', () => {
	it('builds an open-weight model with parameters entered in billions', () => {
		const result = customEntry(
			'open-weight-model',
			{
				family: 'Phi 4',
				modelId: 'microsoft/phi-4',
				tokenizer: 'tiktoken cl100k-style',
				parameters: '14.7',
				contextTokens: '16384'
			},
			ids,
			TODAY
		);
		if (!result.ok) throw new Error(result.errors.join('; '));
		expect(result.entry).toMatchObject({
			kind: 'open-weight-model',
			id: 'open-weight/microsoft/phi-4',
			displayName: 'microsoft/phi-4',
			parameters: { value: 14.7e9, unit: 'parameters', source: 'Entered by you', asOf: TODAY },
			contextTokens: { value: 16384, unit: 'tokens' }
		});
	});

	it('leaves an open-weight context length not entered as "not found"', () => {
		const result = customEntry(
			'open-weight-model',
			{ family: 'X', modelId: 'org/x', tokenizer: 'BPE', parameters: '1' },
			ids,
			TODAY
		);
		if (!result.ok) throw new Error(result.errors.join('; '));
		expect(result.entry.kind === 'open-weight-model' && result.entry.contextTokens.value).toBe(
			null
		);
	});

	it('builds a GPU with one provider offer and peak FLOP/s entered in TFLOP/s', () => {
		const result = customEntry(
			'gpu',
			{
				name: 'H200 SXM',
				memoryGb: '141',
				peakFlops: '989',
				provider: 'Acme Cloud',
				pricePerGpuHour: '3.5'
			},
			ids,
			TODAY
		);
		if (!result.ok) throw new Error(result.errors.join('; '));
		expect(result.entry).toMatchObject({
			kind: 'gpu',
			id: 'gpu/h200-sxm-141gb',
			memoryGb: 141,
			peakDenseBf16FlopsPerSecond: { value: 989e12, unit: 'FLOP/s' },
			offers: [
				{
					provider: 'Acme Cloud',
					offer: 'H200 SXM',
					pricePerGpuHour: { value: 3.5, unit: 'USD per GPU-hour', source: 'Entered by you' }
				}
			]
		});
	});

	it('names every missing or bad GPU field and refuses a GPU the catalog has', () => {
		const bad = customEntry('gpu', { name: 'T4', memoryGb: '0', peakFlops: 'x' }, ids, TODAY);
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(bad.errors).toEqual([
				'Rented from: required.',
				'Price per GPU-hour: required.',
				'Memory (GB): enter a number above 0.',
				'Peak dense BF16: enter a number of at least 0.'
			]);
		}
		const taken = customEntry(
			'gpu',
			{ name: 'L4', memoryGb: '24', peakFlops: '121', provider: 'A', pricePerGpuHour: '1' },
			ids,
			TODAY
		);
		expect(taken.ok).toBe(false);
		if (!taken.ok) expect(taken.errors[0]).toMatch(/gpu\/l4-24gb is already in the catalog/);
	});
});

describe('the custom entry forms in French', () => {
	it('name their fields and problems in French, and take decimal commas', () => {
		useLocale('fr');
		const form = customForm('gpu');
		expect([form.title, form.action]).toEqual(['GPU', 'Ajouter le GPU']);
		expect(form.fields.map((field) => field.label)).toContain('Prix par heure GPU');
		const bad = customEntry('gpu', { name: 'T4', memoryGb: '0', peakFlops: 'x' }, ids, TODAY);
		expect(!bad.ok && bad.errors).toEqual([
			'Loué chez\u00a0: obligatoire.',
			'Prix par heure GPU\u00a0: obligatoire.',
			'Mémoire (Go)\u00a0: saisissez un nombre supérieur à 0.',
			'Pic dense BF16\u00a0: saisissez un nombre supérieur ou égal à 0.'
		]);
		const good = customEntry(
			'gpu',
			{ name: 'H200', memoryGb: '141', peakFlops: '989,5', provider: 'A', pricePerGpuHour: '3,5' },
			ids,
			TODAY
		);
		expect(good.ok && good.entry).toMatchObject({
			peakDenseBf16FlopsPerSecond: { value: 989.5e12 },
			offers: [{ pricePerGpuHour: { value: 3.5, source: 'Entered by you' } }]
		});
	});
});
