import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import type { ApiModelEntry, OpenWeightModelEntry } from '../pricing/types';
import { newScenario, setLink } from './edit';
import { linkedFigure, resolveScenario, scenarioTokenizers } from './resolve';
import { modelTokenizer } from './tokenizer';
import type { LinkFigures, Scenario } from './types';

function openWeight(modelId: string): OpenWeightModelEntry {
	const entry = BUILTIN_CATALOG.find((candidate) => candidate.id === `open-weight/${modelId}`);
	if (entry?.kind !== 'open-weight-model') throw new Error(`no ${modelId} in the catalog`);
	return entry;
}

function selfHosted(modelId: string, id = modelId): Scenario {
	return { ...newScenario('self-hosted', id, id), modelId: `open-weight/${modelId}` };
}

describe('modelTokenizer', () => {
	it("names each catalog model's own tokenizer where Tunesheet ships it", () => {
		expect(modelTokenizer(openWeight('meta-llama/Llama-3.1-8B'))).toEqual({
			ref: 'llama3',
			label: 'Llama 3'
		});
		expect(modelTokenizer(openWeight('Qwen/Qwen3-8B'))?.ref).toBe('qwen3');
		expect(modelTokenizer(openWeight('google/gemma-3-12b-pt'))?.ref).toBe('gemma3');
		// Same catalog family, different tokenizers: told apart by the Hugging Face id.
		expect(modelTokenizer(openWeight('mistralai/Mistral-Nemo-Base-2407'))?.ref).toBe(
			'mistral-nemo'
		);
		expect(modelTokenizer(openWeight('mistralai/Mistral-7B-v0.3'))).toBeNull();
		const gpt = BUILTIN_CATALOG.find((entry) => entry.id === 'openai/gpt-4.1-2025-04-14');
		expect(modelTokenizer(gpt as ApiModelEntry)).toEqual({
			ref: 'o200k_base',
			label: 'o200k_base'
		});
		expect(modelTokenizer(null)).toBeNull();
	});

	it('takes the tokenizer a custom model names: a shipped one, or one the person added', () => {
		const custom: OpenWeightModelEntry = {
			...openWeight('mistralai/Mistral-7B-v0.3'),
			id: 'open-weight/acme/model',
			family: 'Acme',
			modelId: 'acme/model',
			tokenizer: 'acme tokenizer '
		};
		expect(modelTokenizer(custom)).toBeNull();
		expect(modelTokenizer(custom, [{ id: 'abc', name: 'Acme Tokenizer' }])).toEqual({
			ref: 'custom:abc',
			label: 'Acme Tokenizer'
		});
		expect(modelTokenizer({ ...custom, tokenizer: 'Qwen3' })?.ref).toBe('qwen3');
	});
});

describe('scenario links by tokenizer', () => {
	const links: LinkFigures = {
		prompt: [
			{
				tokenizer: 'o200k_base',
				tokenizerLabel: 'o200k_base',
				figures: { system: 100, fewShot: 0, user: 20, output: 10 }
			},
			{
				tokenizer: 'llama3',
				tokenizerLabel: 'Llama 3',
				figures: { system: 104, fewShot: 0, user: 31, output: 11 }
			}
		],
		dataset: [
			{
				tokenizer: 'o200k_base',
				tokenizerLabel: 'o200k_base',
				figures: {
					name: 'train.jsonl',
					system: 0,
					user: 50,
					output: 40,
					trainingTokensPerEpoch: 9_000,
					epochs: 3
				}
			}
		]
	};

	it('lists the tokenizers the columns need, each once', () => {
		const scenarios = [
			{ ...newScenario('prompted', 'A', 'a'), modelId: 'openai/gpt-4.1-2025-04-14' },
			selfHosted('meta-llama/Llama-3.1-8B'),
			selfHosted('meta-llama/Llama-3.1-70B'),
			selfHosted('Qwen/Qwen3-8B'),
			selfHosted('mistralai/Mistral-7B-v0.3')
		];
		expect(scenarioTokenizers(scenarios, BUILTIN_CATALOG).map((t) => t.ref)).toEqual([
			'o200k_base',
			'llama3',
			'qwen3'
		]);
	});

	it("reads the figures counted with the column's tokenizer, and says when it falls back", () => {
		let list = [selfHosted('meta-llama/Llama-3.1-8B', 'd')];
		list = setLink(list, 'd', 'userTokens', 'prompt.user');
		list = setLink(list, 'd', 'trainingTokensPerEpoch', 'dataset.trainingTokensPerEpoch');
		const resolved = resolveScenario(list[0]!, BUILTIN_CATALOG, links);
		expect(resolved.tokenizer).toEqual({ ref: 'llama3', label: 'Llama 3' });
		expect(resolved.inputs.userTokens).toBe(31);
		expect(resolved.origins.userTokens).toMatchObject({
			detail: 'Sample prompt: user message and chat format, counted with Llama 3'
		});
		// No Llama 3 analysis of the dataset: the o200k_base figures, with a warning.
		expect(resolved.inputs.trainingTokensPerEpoch).toBe(9_000);
		expect(resolved.warnings).toEqual([
			'The dataset was counted with o200k_base, not Llama 3 (this model’s tokenizer): analyse it with Llama 3, or compare tokenizers, on the dataset page for exact training tokens.'
		]);
	});

	it('uses the first figures without a warning for a model whose tokenizer is not shipped', () => {
		const mistral = setLink(
			[selfHosted('mistralai/Mistral-7B-v0.3', 'm')],
			'm',
			'userTokens',
			'prompt.user'
		);
		const resolved = resolveScenario(mistral[0]!, BUILTIN_CATALOG, links);
		expect(resolved.inputs.userTokens).toBe(20);
		expect(resolved.warnings).toEqual([]);
		expect(linkedFigure('prompt.user', links, null)).toEqual({
			value: 20,
			tokenizerLabel: 'o200k_base',
			exact: true
		});
	});
});
