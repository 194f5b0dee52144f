import { describe, expect, it } from 'vitest';
import { usdFormatter } from './format';
import { computePerRequest } from './request';
import { WORKED_EXAMPLES } from './testing/examples';
import { defaultInputs, type ScenarioInputs } from './types';

const { promptedGpt41 } = WORKED_EXAMPLES;
const perRequest = (inputs: ScenarioInputs) => computePerRequest(inputs, usdFormatter);

/** A provider that bills cache writes: $3 input, $0.30 cache reads, $3.75 cache writes, $15 output. */
const billsCacheWrites: ScenarioInputs = {
	...defaultInputs('prompted'),
	inputPrice: 3,
	cachedInputPrice: 0.3,
	cacheWritePrice: 3.75,
	outputPrice: 15,
	systemTokens: 2000,
	userTokens: 100,
	outputTokens: 500,
	cacheHitRate: 0.8
};

describe('computePerRequest', () => {
	it('bills the missed cacheable prefix at the cache-write price', () => {
		const cost = perRequest(billsCacheWrites);
		expect(cost.inputCost.value).toBeCloseTo(0.0003, 12);
		expect(cost.cacheWriteCost?.value).toBeCloseTo(0.0015, 12);
		expect(cost.cacheWriteCost?.explanation).toBe('400 × $3.75 write / 1M = $0.0015');
		expect(cost.cachedInputCost.value).toBeCloseTo(0.00048, 12);
		expect(cost.outputCost.value).toBeCloseTo(0.0075, 12);
		expect(cost.costPerRequest.value).toBeCloseTo(0.00978, 12);
		expect(cost.costPerRequest.explanation).toBe(
			'(100 × $3.00 + 400 × $3.75 write + 1,600 × $0.30 + 500 × $15.00) / 1M = $0.0098'
		);
	});

	it('bills the missed prefix at the input price when writes are not charged', () => {
		const cost = perRequest({ ...billsCacheWrites, cacheWritePrice: null });
		expect(cost.cacheWriteCost).toBeNull();
		expect(cost.inputCost.value).toBeCloseTo((500 * 3) / 1e6, 12);
		expect(cost.costPerRequest.value).toBeCloseTo(0.0015 + 0.00048 + 0.0075, 12);
	});

	it('takes the batch discount off the share of requests sent in batches', () => {
		const cost = perRequest({ ...promptedGpt41, batchShare: 0.5, batchDiscount: 0.5 });
		expect(cost.tokenCost.value).toBeCloseTo(0.0063, 12);
		expect(cost.batchSaving?.value).toBeCloseTo(0.001575, 12);
		expect(cost.batchSaving?.explanation).toBe('$0.0063 × 50% batch × 50% off = $0.0016');
		expect(cost.costPerRequest.value).toBeCloseTo(0.004725, 12);
		expect(cost.costPerRequest.explanation).toBe('$0.0063 × (1 − 50% × 50%) = $0.0047');

		const allBatched = perRequest({ ...promptedGpt41, batchShare: 1, batchDiscount: 0.5 });
		expect(allBatched.costPerRequest.value).toBeCloseTo(0.00315, 12);
	});

	it('adds retrieval per request after the batch discount', () => {
		const cost = perRequest({
			...promptedGpt41,
			batchShare: 0.5,
			retrievalCostPerRequest: 0.0002
		});
		expect(cost.retrievalCost?.value).toBe(0.0002);
		expect(cost.costPerRequest.value).toBeCloseTo(0.004925, 12);
		expect(cost.costPerRequest.explanation).toBe(
			'$0.0063 × (1 − 50% × 50%) + $0.0002 retrieval = $0.0049'
		);
		expect(cost.costPer1k.value).toBeCloseTo(4.925, 9);
	});

	it('sends retrieved context uncached', () => {
		const cost = perRequest({ ...promptedGpt41, contextTokens: 3000, cacheHitRate: 0.5 });
		expect(cost.uncachedInputTokens.value).toBe(1000 + 3000 + 150);
		expect(cost.cachedInputTokens.value).toBe(1000);
		expect(cost.uncachedInputTokens.explanation).toBe(
			'(800 system + 1,200 few-shot) × (1 − 50%) + 3,000 context + 150 user = 4,150'
		);
	});

	it('leaves unused items out', () => {
		const cost = perRequest(promptedGpt41);
		expect(cost.batchSaving).toBeNull();
		expect(cost.retrievalCost).toBeNull();
		expect(cost.cacheWriteCost).toBeNull();
	});

	it('costs nothing for an empty request', () => {
		const cost = perRequest(defaultInputs('prompted'));
		expect(cost.costPerRequest.value).toBe(0);
		expect(cost.costPerRequest.explanation).toBe('0 tokens = $0.00');
		expect(cost.uncachedInputTokens.explanation).toBe('0 tokens = 0');
	});
});
