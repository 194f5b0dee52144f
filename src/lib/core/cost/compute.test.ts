import { describe, expect, it } from 'vitest';
import { computeScenario } from './compute';
import { usdFormatter, type CostFormatter } from './format';
import { formatValue } from './line-item';
import { WORKED_EXAMPLES } from './testing/examples';
import { collectLineItems } from './testing/line-items';
import { defaultInputs, type ScenarioInputs } from './types';

const { promptedGpt41, fineTunedGpt41Mini, fineTunedOnAzure, selfHostedLlama8b } = WORKED_EXAMPLES;

describe('worked example A: prompting GPT-4.1', () => {
	const breakdown = computeScenario(promptedGpt41);

	it('costs $0.0063 a request, $630 a month and $7,560 over 12 months', () => {
		expect(breakdown.perRequest.uncachedInputTokens.value).toBe(2150);
		expect(breakdown.perRequest.cachedInputTokens.value).toBe(0);
		expect(breakdown.perRequest.costPerRequest.value).toBeCloseTo(0.0063, 12);
		expect(breakdown.perRequest.costPer1k.value).toBeCloseTo(6.3, 9);
		expect(breakdown.monthlyCost.value).toBeCloseTo(630, 9);
		expect(breakdown.totalCost.value).toBeCloseTo(7560, 9);
	});

	it('explains the request cost from its tokens and prices', () => {
		expect(breakdown.perRequest.costPerRequest.explanation).toBe(
			'(2,150 × $2.00 + 250 × $8.00) / 1M = $0.0063'
		);
		expect(breakdown.perRequest.uncachedInputTokens.explanation).toBe(
			'800 system + 1,200 few-shot + 150 user = 2,150'
		);
		expect(breakdown.totalCost.explanation).toBe('$7,560.00 requests = $7,560.00');
	});

	it('has no training and no fixed monthly items', () => {
		expect(breakdown.training).toBeNull();
		expect(breakdown.fixedMonthly.hosting).toBeNull();
		expect(breakdown.fixedMonthly.storage).toBeNull();
		expect(breakdown.fixedMonthly.serving).toBeNull();
		expect(breakdown.fixedMonthly.vectorStore).toBeNull();
		expect(breakdown.fixedMonthly.total.value).toBe(0);
		expect(breakdown.perRequest.batchSaving).toBeNull();
		expect(breakdown.perRequest.cacheWriteCost).toBeNull();
		expect(breakdown.perRequest.retrievalCost).toBeNull();
	});

	it('costs $0.0039 a request and $4,680 in total with 80% cache hits on the 2,000-token prefix', () => {
		const cached = computeScenario({ ...promptedGpt41, cacheHitRate: 0.8 });
		expect(cached.perRequest.uncachedInputTokens.value).toBeCloseTo(550, 9);
		expect(cached.perRequest.cachedInputTokens.value).toBeCloseTo(1600, 9);
		expect(cached.perRequest.costPerRequest.value).toBeCloseTo(0.0039, 12);
		expect(cached.totalCost.value).toBeCloseTo(4680, 9);
		expect(cached.perRequest.costPerRequest.explanation).toBe(
			'(550 × $2.00 + 1,600 × $0.50 + 250 × $8.00) / 1M = $0.0039'
		);
		expect(cached.perRequest.uncachedInputTokens.explanation).toBe(
			'(800 system + 1,200 few-shot) × (1 − 80%) + 150 user = 550'
		);
	});
});

describe('worked example B: fine-tuned GPT-4.1 mini', () => {
	const breakdown = computeScenario(fineTunedGpt41Mini);

	it('trains for $30.00 and costs $0.001 a request, $100 a month, $1,230 in total', () => {
		expect(breakdown.training?.costPerJob.value).toBeCloseTo(30, 12);
		expect(breakdown.training?.costPerJob.explanation).toBe(
			'3 epochs × 2,000,000 tokens × $5.00 / 1M = $30.00'
		);
		expect(breakdown.training?.jobs.value).toBe(1);
		expect(breakdown.training?.total.value).toBeCloseTo(30, 12);
		// One job: the total shows the job's own formula.
		expect(breakdown.training?.total.explanation).toBe(
			'3 epochs × 2,000,000 tokens × $5.00 / 1M = $30.00'
		);
		expect(breakdown.perRequest.costPerRequest.value).toBeCloseTo(0.001, 12);
		expect(breakdown.perRequest.costPerRequest.explanation).toBe(
			'(250 × $0.80 + 250 × $3.20) / 1M = $0.001'
		);
		expect(breakdown.monthlyCost.value).toBeCloseTo(100, 9);
		expect(breakdown.totalCost.value).toBeCloseTo(1230, 9);
	});

	it('counts the training job in month 1 of the projection', () => {
		expect(breakdown.monthly).toHaveLength(12);
		expect(breakdown.monthly[0]?.training).toBeCloseTo(30, 12);
		expect(breakdown.monthly[0]?.cumulative).toBeCloseTo(130, 9);
		expect(breakdown.monthly[1]?.training).toBe(0);
		expect(breakdown.monthly[1]?.cumulative).toBeCloseTo(230, 9);
		expect(breakdown.monthly[11]?.cumulative).toBeCloseTo(1230, 9);
	});

	it('has no self-hosted training items', () => {
		expect(breakdown.training?.flops).toBeNull();
		expect(breakdown.training?.gpuSeconds).toBeNull();
		expect(breakdown.training?.wallClockSeconds).toBeNull();
		expect(breakdown.fixedMonthly.serving).toBeNull();
	});
});

describe('worked example C: fine-tuned GPT-4.1 mini on Azure', () => {
	const breakdown = computeScenario(fineTunedOnAzure);

	it('pays $1,241 a month for hosting and $16,122 in total', () => {
		expect(breakdown.fixedMonthly.hosting?.value).toBeCloseTo(1241, 9);
		expect(breakdown.fixedMonthly.hosting?.explanation).toBe('$1.70 × 730 h = $1,241.00');
		expect(breakdown.fixedMonthly.total.value).toBeCloseTo(1241, 9);
		expect(breakdown.monthlyCost.value).toBeCloseTo(1341, 9);
		expect(breakdown.fixedCost.value).toBeCloseTo(14_892, 9);
		expect(breakdown.totalCost.value).toBeCloseTo(16_122, 9);
		expect(breakdown.totalCost.explanation).toBe(
			'$1,200.00 requests + $30.00 training + $14,892.00 fixed = $16,122.00'
		);
	});
});

describe('worked example D: self-hosted Llama 3.1 8B, LoRA on one H100 SXM', () => {
	const breakdown = computeScenario(selfHostedLlama8b);

	it('needs 487.2 GPU-seconds and $0.54 of training', () => {
		expect(breakdown.training?.flops?.value).toBeCloseTo(1.9272e17, -5);
		expect(breakdown.training?.gpuSeconds?.value).toBeCloseTo(487.15875, 4);
		expect(breakdown.training?.wallClockSeconds?.value).toBeCloseTo(487.15875, 4);
		expect(breakdown.training?.costPerJob.value).toBeCloseTo(0.539934, 6);
		expect(breakdown.training?.gpuSeconds?.explanation).toBe(
			'1.93e17 FLOP / (9.89e14 FLOP/s × 40% MFU) = 487.2'
		);
		expect(breakdown.training?.costPerJob.explanation).toBe(
			'487.2 GPU-s × $3.99 / 3,600 s = $0.54'
		);
	});

	it('pays for one serving GPU all month', () => {
		expect(breakdown.fixedMonthly.serving?.value).toBeCloseTo(3.99 * 730, 9);
		expect(breakdown.fixedMonthly.hosting).toBeNull();
		expect(breakdown.fixedMonthly.storage).toBeNull();
		expect(breakdown.perRequest.costPerRequest.value).toBe(0);
	});
});

describe('volume', () => {
	it('grows requests by R·(1+g)^(m−1)', () => {
		const breakdown = computeScenario({ ...promptedGpt41, growthPerMonth: 0.05, months: 3 });
		expect(breakdown.monthly.map((row) => row.requests)).toEqual([
			100_000,
			105_000,
			expect.closeTo(110_250, 6)
		]);
		expect(breakdown.volume.totalRequests.value).toBeCloseTo(315_250, 6);
		expect(breakdown.volume.requestsLastMonth.value).toBeCloseTo(110_250, 6);
		expect(breakdown.volume.requestsLastMonth.explanation).toBe('100,000 × (1 + 5%)^2 = 110,250');
		expect(breakdown.totalCost.value).toBeCloseTo(315_250 * 0.0063, 6);
		expect(breakdown.monthly[2]?.variable).toBeCloseTo(110_250 * 0.0063, 6);
	});

	it('keeps the monthly rows consistent with the totals', () => {
		const breakdown = computeScenario({
			...fineTunedOnAzure,
			growthPerMonth: 0.1,
			retrainEveryMonths: 3,
			vectorStorePerMonth: 25
		});
		const sum = breakdown.monthly.reduce((total, row) => total + row.total, 0);
		expect(sum).toBeCloseTo(breakdown.totalCost.value, 6);
		expect(breakdown.monthly.at(-1)?.cumulative).toBeCloseTo(breakdown.totalCost.value, 6);
		expect(breakdown.monthly.every((row) => row.fixed === 1241 + 25)).toBe(true);
		expect(breakdown.monthly.filter((row) => row.training > 0).map((row) => row.month)).toEqual([
			1, 4, 7, 10
		]);
	});

	it('leaves month 1 running cost without training', () => {
		const breakdown = computeScenario({ ...fineTunedGpt41Mini, experiments: 3 });
		expect(breakdown.monthlyCost.value).toBeCloseTo(100, 9);
		expect(breakdown.monthly[0]?.total).toBeCloseTo(190, 9);
	});
});

describe('fixed monthly costs', () => {
	it('adds storage and a vector store to hosting', () => {
		const breakdown = computeScenario({
			...fineTunedOnAzure,
			storagePerModelMonth: 2,
			vectorStorePerMonth: 25
		});
		expect(breakdown.fixedMonthly.storage?.value).toBe(2);
		expect(breakdown.fixedMonthly.vectorStore?.value).toBe(25);
		expect(breakdown.fixedMonthly.total.value).toBeCloseTo(1268, 9);
		expect(breakdown.fixedMonthly.total.explanation).toBe(
			'$1,241.00 hosting + $2.00 storage + $25.00 vector store = $1,268.00'
		);
	});

	it('lets any kind pay for serving replicas when it has some', () => {
		const breakdown = computeScenario({
			...promptedGpt41,
			servingReplicas: 2,
			servingGpusPerReplica: 4,
			servingGpuPricePerHour: 2.5,
			hoursPerMonth: 100
		});
		expect(breakdown.fixedMonthly.serving?.value).toBe(2000);
		expect(breakdown.fixedMonthly.serving?.explanation).toBe(
			'2 replicas × 4 GPUs × $2.50 × 100 h = $2,000.00'
		);
		expect(breakdown.training).toBeNull();
	});
});

describe('explanations', () => {
	const scenarios: ScenarioInputs[] = [
		promptedGpt41,
		{
			...promptedGpt41,
			cacheHitRate: 0.8,
			cacheWritePrice: 2.5,
			batchShare: 0.5,
			contextTokens: 3000,
			retrievalCostPerRequest: 0.0002,
			vectorStorePerMonth: 25,
			growthPerMonth: 0.05
		},
		fineTunedGpt41Mini,
		{ ...fineTunedOnAzure, retrainEveryMonths: 2, minimumFeePerJob: 100, storagePerModelMonth: 2 },
		{
			...fineTunedGpt41Mini,
			trainingPricing: 'per-hour',
			trainingHours: 2.5,
			trainingPricePerHour: 100
		},
		selfHostedLlama8b,
		{ ...selfHostedLlama8b, trainingMethod: 'qlora', trainingGpus: 8 },
		{ ...selfHostedLlama8b, measuredTokensPerSecond: 3000, trainingGpus: 2 },
		defaultInputs('prompted'),
		defaultInputs('fine-tuned-api'),
		defaultInputs('self-hosted')
	];

	it('end every line item with its value as formatted', () => {
		for (const inputs of scenarios) {
			const items = collectLineItems(computeScenario(inputs));
			expect(items.length).toBeGreaterThan(10);
			for (const { path, item } of items) {
				expect(item.value, path).not.toBeNull();
				expect(Number.isFinite(item.value), path).toBe(true);
				const formatted = formatValue(item.value ?? Number.NaN, item.unit, usdFormatter);
				expect(item.explanation.endsWith(formatted), `${path}: ${item.explanation}`).toBe(true);
			}
		}
	});

	it('use the formatter passed in', () => {
		const euros: CostFormatter = {
			...usdFormatter,
			money: (usd) => `€${(usd * 0.9).toFixed(2)}`
		};
		const breakdown = computeScenario(fineTunedOnAzure, euros);
		expect(breakdown.fixedMonthly.hosting?.explanation).toBe('€1.53 × 730 h = €1116.90');
		expect(breakdown.fixedMonthly.hosting?.value).toBeCloseTo(1241, 9);
	});
});
