import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { newScenario, setLink, setValue } from '../scenario/edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../scenario/example';
import { computeSheet } from '../scenario/sheet';
import { NO_LINK_FIGURES, type LinkFigures, type Scenario } from '../scenario/types';
import { assumptionRows } from './assumptions';

const NO_LINKS = NO_LINK_FIGURES;

function rowsOf(scenarios: Scenario[], links = NO_LINKS) {
	return assumptionRows(
		computeSheet(scenarios, EXAMPLE_BASELINE_ID, BUILTIN_CATALOG, links, usdFormatter)
	);
}

describe('assumptionRows of the example project', () => {
	const rows = rowsOf(exampleScenarios());
	const find = (scenario: string, input: string) =>
		rows.find((row) => row.scenario === scenario && row.input === input);

	it('says which catalog figure each price comes from', () => {
		const price = find('Few-shot GPT-4.1', 'Input price per 1M');
		expect(price?.value).toBe(2);
		expect(price?.source).toMatch(/^Catalog: GPT-4.1 input: /);
		expect(find('Fine-tuned GPT-4.1 mini', 'Training price per 1M')).toMatchObject({
			value: 5,
			source: expect.stringMatching(/^Catalog: GPT-4.1 mini training: /)
		});
	});

	it('marks typed values and defaults', () => {
		expect(find('Few-shot GPT-4.1', 'Requests per month')).toEqual({
			scenario: 'Few-shot GPT-4.1',
			input: 'Requests per month',
			value: 100000,
			source: 'Typed: 100000',
			origin: 'entered'
		});
		expect(find('Few-shot GPT-4.1', 'Retrieved context tokens')).toMatchObject({
			value: 0,
			source: 'Default',
			origin: 'default'
		});
		expect(find('Few-shot GPT-4.1', 'Cache write price per 1M')).toMatchObject({
			value: null,
			source: 'Default'
		});
	});

	it('names the chosen model by its catalog display name', () => {
		expect(find('Few-shot GPT-4.1', 'Model')).toEqual({
			scenario: 'Few-shot GPT-4.1',
			input: 'Model',
			value: null,
			source: 'Chosen: GPT-4.1 (catalog entry openai/gpt-4.1-2025-04-14)',
			origin: 'choice'
		});
	});

	it('lists only the inputs each scenario uses, in sheet order', () => {
		expect(find('Few-shot GPT-4.1', 'Epochs')).toBeUndefined();
		expect(find('Fine-tuned GPT-4.1 mini', 'Epochs')?.source).toBe('Typed: 3');
		// Priced per token: the per-hour rows do not apply.
		expect(find('Fine-tuned GPT-4.1 mini', 'Training price per hour')).toBeUndefined();
		expect(find('Few-shot GPT-4.1', 'GPU')).toBeUndefined();
		const firstInputs = rows.filter((row) => row.scenario === 'Few-shot GPT-4.1').slice(0, 3);
		expect(firstInputs.map((row) => row.input)).toEqual([
			'Model',
			'Input price per 1M',
			'Cached input price per 1M'
		]);
	});
});

describe('assumptionRows', () => {
	it('names overridden catalog figures, links, a link with no figure, and the GPU offer', () => {
		let list: Scenario[] = [
			{ ...newScenario('fine-tuned-api', 'B', 'b'), modelId: 'openai/gpt-4.1-mini-2025-04-14' }
		];
		list = setValue(list, 'b', 'inputPrice', { text: '$1', value: 1 });
		list = setLink(list, 'b', 'epochs', 'dataset.epochs');
		list = setLink(list, 'b', 'userTokens', 'prompt.user');
		const links: LinkFigures = {
			prompt: [],
			dataset: [
				{
					tokenizer: 'o200k_base',
					tokenizerLabel: 'o200k_base',
					figures: {
						name: 'train.jsonl',
						system: 1,
						user: 2,
						output: 3,
						trainingTokensPerEpoch: 4,
						epochs: 5
					}
				}
			]
		};
		const rows = rowsOf(list, links);
		const source = (input: string) => rows.find((row) => row.input === input)?.source;
		expect(source('Input price per 1M')).toBe('Typed: $1, overrides the catalog’s 0.8');
		expect(source('Epochs')).toBe('Linked: Dataset: default epochs, counted with o200k_base');
		expect(rows.find((row) => row.input === 'Epochs')?.value).toBe(5);
		expect(source('User message tokens')).toBe('Default (the link has no figure yet)');

		const gpu = BUILTIN_CATALOG.find((entry) => entry.kind === 'gpu');
		if (gpu?.kind !== 'gpu') throw new Error('the built-in catalog has no GPU');
		const model = BUILTIN_CATALOG.find((entry) => entry.kind === 'open-weight-model');
		if (model?.kind !== 'open-weight-model') throw new Error('no open-weight model');
		const selfHosted: Scenario = {
			...newScenario('self-hosted', 'C', 'c'),
			modelId: model.id,
			gpuId: gpu.id,
			gpuOffer: 0
		};
		const selfRows = rowsOf([selfHosted]);
		expect(selfRows.find((row) => row.input === 'GPU')?.source).toBe(
			`Chosen: ${gpu.name} at ${gpu.offers[0]!.provider} (catalog entry ${gpu.id})`
		);
		expect(selfRows.find((row) => row.input === 'Model')?.source).toBe(
			`Chosen: ${model.displayName} (catalog entry ${model.id})`
		);
	});

	it('says when a chosen model is no longer in the catalog', () => {
		const gone: Scenario = { ...newScenario('prompted', 'D', 'd'), modelId: 'acme/gone' };
		expect(rowsOf([gone]).find((row) => row.input === 'Model')?.source).toBe(
			'Chosen: acme/gone, not in the catalog'
		);
	});
});
