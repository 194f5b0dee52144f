import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { editText, formatCell, parseCellInput } from './cells';
import { duplicateScenario, moveScenario, newScenario, setChoice, setLink, setValue } from './edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from './example';
import { History } from './history';
import { displayFormatter, isCurrencyCode } from './money';
import { resolveScenario } from './resolve';
import { SHEET_SECTIONS } from './rows';
import { computeSheet } from './sheet';
import { NO_LINK_FIGURES, type LinkFigures, type Scenario } from './types';

const NO_LINKS = NO_LINK_FIGURES;

describe('the example project', () => {
	it('reproduces worked examples A and B from catalog prices', () => {
		const [a, b] = computeSheet(
			exampleScenarios(),
			EXAMPLE_BASELINE_ID,
			BUILTIN_CATALOG,
			NO_LINKS,
			usdFormatter
		);
		expect(a?.problems).toEqual([]);
		expect(a?.result?.breakdown.perRequest.costPerRequest.value).toBeCloseTo(0.0063, 10);
		expect(a?.result?.breakdown.monthlyCost.value).toBeCloseTo(630, 8);
		expect(a?.result?.breakdown.totalCost.value).toBeCloseTo(7560, 8);
		expect(a?.result?.comparison).toBeNull();
		expect(b?.result?.breakdown.training?.total.value).toBeCloseTo(30, 10);
		expect(b?.result?.breakdown.perRequest.costPerRequest.value).toBeCloseTo(0.001, 12);
		expect(b?.result?.breakdown.totalCost.value).toBeCloseTo(1230, 8);
		expect(b?.result?.comparison?.breakEvenMonth.value).toBe(1);
		expect(b?.result?.comparison?.breakEvenVolume.value).toBeCloseTo(471.698, 3);
	});

	it('says where each input came from', () => {
		const [a] = exampleScenarios();
		const resolved = resolveScenario(a!, BUILTIN_CATALOG, NO_LINKS);
		expect(resolved.origins.inputPrice).toMatchObject({ from: 'catalog' });
		expect(resolved.origins.requestsPerMonth).toEqual({ from: 'entered', text: '100000' });
		expect(resolved.origins.contextTokens).toBeUndefined();
		expect(resolved.warnings).toEqual([]);
	});
});

describe('resolveScenario', () => {
	const links: LinkFigures = {
		prompt: [
			{
				tokenizer: 'o200k_base',
				tokenizerLabel: 'o200k_base',
				figures: { system: 812, fewShot: 0, user: 160, output: 40 }
			}
		],
		dataset: [
			{
				tokenizer: 'o200k_base',
				tokenizerLabel: 'o200k_base',
				figures: {
					name: 'train.jsonl',
					system: 10,
					user: 20,
					output: 30,
					trainingTokensPerEpoch: 1_234_567,
					epochs: 4
				}
			}
		]
	};

	it('puts typed values over links over the catalog, and marks an overridden catalog price', () => {
		let list: Scenario[] = [
			{ ...newScenario('fine-tuned-api', 'B', 'b'), modelId: 'openai/gpt-4.1-mini-2025-04-14' }
		];
		list = setLink(list, 'b', 'trainingTokensPerEpoch', 'dataset.trainingTokensPerEpoch');
		list = setLink(list, 'b', 'epochs', 'dataset.epochs');
		list = setValue(list, 'b', 'inputPrice', { text: '$1', value: 1 });
		const resolved = resolveScenario(list[0]!, BUILTIN_CATALOG, links);
		expect(resolved.inputs.trainingTokensPerEpoch).toBe(1_234_567);
		expect(resolved.inputs.epochs).toBe(4);
		expect(resolved.inputs.trainingPricePerMillion).toBe(5);
		expect(resolved.inputs.outputPrice).toBe(3.2);
		expect(resolved.inputs.inputPrice).toBe(1);
		expect(resolved.origins.inputPrice).toEqual({ from: 'entered', text: '$1', catalogValue: 0.8 });
		expect(resolved.origins.epochs).toMatchObject({ from: 'link', source: 'dataset.epochs' });
	});

	it('warns about a link with nothing behind it and keeps the default', () => {
		const list = setLink([newScenario('prompted', 'A', 'a')], 'a', 'systemTokens', 'prompt.system');
		const resolved = resolveScenario(list[0]!, BUILTIN_CATALOG, NO_LINKS);
		expect(resolved.inputs.systemTokens).toBe(0);
		expect(resolved.warnings).toEqual(['Sample prompt: system has no figure yet.']);
	});

	it('fills a self-hosted scenario from the open-weight model and the GPU offer (worked example D)', () => {
		let list = [newScenario('self-hosted', 'D', 'd')];
		list = setChoice(list, 'd', 'modelId', 'open-weight/meta-llama/Llama-3.1-8B');
		list = setChoice(list, 'd', 'gpuId', 'gpu/h100-sxm-80gb');
		list = setValue(list, 'd', 'trainingTokensPerEpoch', { text: '2M', value: 2e6 });
		const [d] = computeSheet(list, null, BUILTIN_CATALOG, NO_LINKS, usdFormatter);
		expect(d?.resolved.inputs).toMatchObject({
			parameters: 8.03e9,
			gpuPeakFlops: 989e12,
			gpuPricePerHour: 3.99
		});
		expect(d?.result?.breakdown.training?.gpuSeconds?.value).toBeCloseTo(487.16, 2);
		expect(d?.result?.breakdown.training?.total.explanation).toMatch(/= \$0\.54$/);
	});

	it('takes per-hour training from a model priced by the hour, and warns about a model gone from the catalog', () => {
		const hourly = BUILTIN_CATALOG.find(
			(entry) => entry.kind === 'api-model' && entry.fineTuning?.training?.unit.includes('hour')
		);
		expect(hourly).toBeDefined();
		const scenario = { ...newScenario('fine-tuned-api', 'H', 'h'), modelId: hourly!.id };
		expect(resolveScenario(scenario, BUILTIN_CATALOG, NO_LINKS).inputs.trainingPricing).toBe(
			'per-hour'
		);
		const gone = { ...scenario, modelId: 'acme/nothing' };
		expect(resolveScenario(gone, BUILTIN_CATALOG, NO_LINKS).warnings[0]).toMatch(
			/acme\/nothing is not in the catalog/
		);
	});

	it('warns once about a link with no figure, however many fields follow it', () => {
		const scenario: Scenario = {
			...newScenario('prompted', 'L', 'l'),
			links: { systemTokens: 'dataset.user', userTokens: 'dataset.user' }
		};
		expect(resolveScenario(scenario, BUILTIN_CATALOG, NO_LINKS).warnings).toEqual([
			'Dataset: average user tokens per example has no figure yet.'
		]);
	});

	it('reports bad inputs instead of computing', () => {
		const list = setValue([newScenario('prompted', 'A', 'a')], 'a', 'cacheHitRate', {
			text: '2',
			value: 2
		});
		const [a] = computeSheet(list, null, BUILTIN_CATALOG, NO_LINKS, usdFormatter);
		expect(a?.result).toBeNull();
		expect(a?.problems.map((p) => p.field)).toEqual(['cacheHitRate']);
	});
});

describe('edits', () => {
	it('duplicates beside the original with a free name, and moves within bounds', () => {
		const list = [newScenario('prompted', 'A', 'a'), newScenario('prompted', 'B', 'b')];
		const copied = duplicateScenario(list, 'a', 'c');
		expect(copied.map((s) => [s.id, s.name])).toEqual([
			['a', 'A'],
			['c', 'A copy 3'],
			['b', 'B']
		]);
		expect(moveScenario(copied, 'a', -1).map((s) => s.id)).toEqual(['a', 'c', 'b']);
		expect(moveScenario(copied, 'a', 1).map((s) => s.id)).toEqual(['c', 'a', 'b']);
	});

	it('changing between API and self-hosted kinds forgets the model', () => {
		const list = [{ ...newScenario('prompted', 'A', 'a'), modelId: 'openai/gpt-4.1-2025-04-14' }];
		expect(setChoice(list, 'a', 'kind', 'fine-tuned-api')[0]?.modelId).toBe(
			'openai/gpt-4.1-2025-04-14'
		);
		expect(setChoice(list, 'a', 'kind', 'self-hosted')[0]?.modelId).toBeNull();
	});

	it('history undoes and redoes, and a new edit forgets the redo', () => {
		const history = new History<number>(3);
		history.record(1);
		history.record(2);
		expect(history.undo(3)).toBe(2);
		expect(history.redo(2)).toBe(3);
		expect(history.undo(3)).toBe(2);
		history.record(2);
		expect(history.canRedo).toBe(false);
		history.record(5);
		history.record(6);
		expect([history.undo(7), history.undo(6), history.undo(5), history.undo(2)]).toEqual([
			6,
			5,
			2,
			null
		]);
	});
});

describe('cells', () => {
	it('reads typed input in the row’s unit', () => {
		expect(parseCellInput('80%', 'share')).toEqual({ kind: 'value', text: '80%', value: 0.8 });
		expect(parseCellInput('8.03', 'billions')).toMatchObject({ value: 8.03e9 });
		expect(parseCellInput('8030M', 'billions')).toMatchObject({ value: 8.03e9 });
		expect(parseCellInput('989', 'tflops')).toMatchObject({ value: 989e12 });
		expect(parseCellInput('=1200*30', 'count')).toMatchObject({ value: 36000 });
		expect(parseCellInput('  ', 'count')).toEqual({ kind: 'clear' });
		expect(parseCellInput('abc', 'count')).toMatchObject({ kind: 'error' });
	});

	it('writes a value so that typing it back gives the same value', () => {
		for (const [value, format] of [
			[0.8, 'share'],
			[8.03e9, 'billions'],
			[0.1 + 0.2, 'usd'],
			[989e12, 'tflops']
		] as const) {
			const back = parseCellInput(editText(value, format), format);
			expect(back.kind === 'value' && back.value).toBeCloseTo(value, 6);
		}
		expect(editText(0.1 + 0.2, 'usd')).toBe('0.3');
	});

	it('formats every kind of cell', () => {
		expect(formatCell(0.0063, 'usd', usdFormatter)).toBe('$0.0063');
		expect(formatCell(0.8, 'share', usdFormatter)).toBe('80%');
		expect(formatCell(487.16, 'seconds', usdFormatter)).toBe('487.2 s');
		expect(formatCell(9000, 'seconds', usdFormatter)).toBe('2.5 h');
		expect(formatCell(8.03e9, 'billions', usdFormatter)).toBe('8');
		expect(formatCell(1, 'month', usdFormatter)).toBe('Month 1');
	});
});

describe('display currency', () => {
	it('converts USD at the user’s rate in the user’s locale', () => {
		const euros = displayFormatter({ locale: 'fr-FR', currency: 'EUR', rate: 0.5 });
		expect(euros.money(7560).replace(/\s/g, ' ')).toBe('3 780,00 €');
		expect(euros.money(0.0063).replace(/\s/g, ' ')).toBe('0,0032 €');
		expect(isCurrencyCode('EUR')).toBe(true);
		expect(isCurrencyCode('eur')).toBe(false);
		expect(isCurrencyCode('ZZ')).toBe(false);
		expect(isCurrencyCode('ABC')).toBe(false);
	});
});

describe('sheet rows', () => {
	it('have unique ids and carry the labels tests and screen readers rely on', () => {
		const rows = SHEET_SECTIONS.flatMap((section) => section.rows);
		expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
		const labels = rows.map((row) => row.label);
		for (const label of [
			'Requests per month',
			'Months',
			'Training cost',
			'Cost per request',
			'Monthly cost',
			'Total cost',
			'Break-even month'
		]) {
			expect(labels).toContain(label);
		}
	});
});
