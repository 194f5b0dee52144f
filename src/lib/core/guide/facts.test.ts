import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { sampleDataset } from '../project/testing/fixtures';
import { newScenario } from '../scenario/edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../scenario/example';
import { computeSheet } from '../scenario/sheet';
import { NO_LINK_FIGURES, type Scenario } from '../scenario/types';
import { dataFacts, sheetFacts } from './facts';

function sheet(scenarios: Scenario[], baselineId: string | null) {
	return computeSheet(scenarios, baselineId, BUILTIN_CATALOG, NO_LINK_FIGURES, usdFormatter);
}

describe('dataFacts', () => {
	it('is null without an analysed dataset', () => {
		expect(
			dataFacts(null, { exactDuplicates: 3, nearDuplicates: 1, lengthOutliers: 2 })
		).toBeNull();
	});

	it('reads the record and the readiness figures', () => {
		const record = sampleDataset();
		record.billing.examplesOverLimit = 7;
		expect(
			dataFacts(record, { exactDuplicates: 12, nearDuplicates: null, lengthOutliers: 4 })
		).toEqual({
			fileName: 'support-chats.jsonl',
			examples: 500,
			invalidRecords: 2,
			exactDuplicates: 12,
			nearDuplicates: null,
			lengthOutliers: 4,
			overLimit: 7
		});
	});
});

describe('sheetFacts', () => {
	it('reads the example project: the fine-tuned column against the few-shot baseline', () => {
		const columns = sheet(exampleScenarios(), EXAMPLE_BASELINE_ID);
		const fineTuned = columns.find((column) => column.scenario.id === 'example-fine-tuned');
		const comparison = fineTuned?.result?.comparison;
		expect(comparison).toBeTruthy();

		const facts = sheetFacts(columns, EXAMPLE_BASELINE_ID);
		expect(facts).toEqual({
			baseline: 'Few-shot GPT-4.1',
			fineTuned: 'Fine-tuned GPT-4.1 mini',
			requestsPerMonth: 100_000,
			months: 12,
			totalDifference: comparison?.difference.value,
			breakEvenMonth: comparison?.breakEvenMonth.value,
			breakEvenVolume: comparison?.breakEvenVolume.value,
			volumeVerdict: comparison?.volumeVerdict
		});
		// The example is built so that the small fine-tuned model pays back within the year.
		expect(facts?.breakEvenMonth).toBe(1);
		expect(facts?.totalDifference).toBeLessThan(0);
		expect(facts?.volumeVerdict).toBe('scenario-cheaper-above');
	});

	it('picks the fine-tuned column with the lowest total', () => {
		const [fewShot, fineTuned] = exampleScenarios();
		const dearer: Scenario = {
			...fineTuned!,
			id: 'dearer',
			name: 'Fine-tuned GPT-4.1',
			modelId: 'openai/gpt-4.1-2025-04-14'
		};
		const columns = sheet([fewShot!, dearer, fineTuned!], EXAMPLE_BASELINE_ID);
		const totals = columns.map((column) => column.result?.breakdown.totalCost.value ?? 0);
		expect(totals[1]).toBeGreaterThan(totals[2] ?? 0);
		expect(sheetFacts(columns, EXAMPLE_BASELINE_ID)?.fineTuned).toBe('Fine-tuned GPT-4.1 mini');
	});

	it('is null when the baseline is not a prompted column', () => {
		const columns = sheet(exampleScenarios(), 'example-fine-tuned');
		expect(sheetFacts(columns, 'example-fine-tuned')).toBeNull();
	});

	it('is null without a baseline', () => {
		expect(sheetFacts(sheet(exampleScenarios(), null), null)).toBeNull();
	});

	it('is null without a fine-tuned column', () => {
		const [fewShot] = exampleScenarios();
		const otherPrompt: Scenario = { ...fewShot!, id: 'other', name: 'Zero-shot GPT-4.1' };
		const columns = sheet([fewShot!, otherPrompt], EXAMPLE_BASELINE_ID);
		expect(columns[1]?.result?.comparison).toBeTruthy();
		expect(sheetFacts(columns, EXAMPLE_BASELINE_ID)).toBeNull();
	});

	it('is null when the fine-tuned column has no result', () => {
		const [fewShot] = exampleScenarios();
		// A negative epoch count: the cost model refuses it, so the column has no figures.
		const refused: Scenario = {
			...newScenario('fine-tuned-api', 'Refused', 'refused'),
			values: { epochs: { text: '-1', value: -1 } }
		};
		const columns = sheet([fewShot!, refused], EXAMPLE_BASELINE_ID);
		expect(columns[1]?.problems.map((problem) => problem.field)).toContain('epochs');
		expect(columns[1]?.result).toBeNull();
		expect(sheetFacts(columns, EXAMPLE_BASELINE_ID)).toBeNull();
	});
});
