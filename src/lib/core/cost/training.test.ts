import { describe, expect, it } from 'vitest';
import { usdFormatter } from './format';
import { WORKED_EXAMPLES } from './testing/examples';
import { computeTraining, trainingJobMonths } from './training';
import { defaultInputs, QLORA_SLOWDOWN_DEFAULT, type ScenarioInputs } from './types';

const { promptedGpt41, fineTunedGpt41Mini, selfHostedLlama8b } = WORKED_EXAMPLES;
const training = (inputs: ScenarioInputs) => {
	const result = computeTraining(inputs, usdFormatter);
	if (!result) throw new Error('expected training');
	return result;
};

describe('trainingJobMonths', () => {
	it('retrains every N months inside the horizon', () => {
		expect(trainingJobMonths(1, 3, 12)).toEqual([1, 4, 7, 10]);
		expect(trainingJobMonths(2, 3, 12)).toEqual([1, 1, 4, 7, 10]);
		expect(trainingJobMonths(1, 11, 12)).toEqual([1, 12]);
		expect(trainingJobMonths(1, 12, 12)).toEqual([1]);
		expect(trainingJobMonths(1, 0, 12)).toEqual([1]);
		expect(trainingJobMonths(0, 0, 12)).toEqual([]);
	});

	it('has floor((H−1)/N) retrains', () => {
		for (let months = 1; months <= 36; months++) {
			for (let every = 1; every <= 13; every++) {
				const retrains = trainingJobMonths(1, every, months).length - 1;
				expect(retrains, `H=${months}, N=${every}`).toBe(Math.floor((months - 1) / every));
			}
		}
	});
});

describe('computeTraining through an API', () => {
	it('trains nothing for a prompted scenario', () => {
		expect(computeTraining({ ...promptedGpt41, trainingPricePerMillion: 5 }, usdFormatter)).toBe(
			null
		);
	});

	it('counts retrains and prices every job', () => {
		const result = training({ ...fineTunedGpt41Mini, retrainEveryMonths: 3 });
		expect(result.jobs.value).toBe(4);
		expect(result.jobMonths).toEqual([1, 4, 7, 10]);
		expect(result.jobs.explanation).toBe(
			'1 experiment + 3 retrains every 3 months (months 4, 7, 10) = 4'
		);
		expect(result.total.value).toBeCloseTo(120, 9);
		expect(result.total.explanation).toBe('4 jobs × $30.00 = $120.00');
	});

	it('shortens a long list of retrain months', () => {
		const result = training({ ...fineTunedGpt41Mini, retrainEveryMonths: 1, months: 24 });
		expect(result.jobs.value).toBe(24);
		expect(result.jobs.explanation).toBe(
			'1 experiment + 23 retrains every 1 month (months 2, 3, 4, 5, 6, …, 24) = 24'
		);
	});

	it('raises a job to the minimum fee', () => {
		const result = training({ ...fineTunedGpt41Mini, minimumFeePerJob: 100 });
		expect(result.costPerJob.value).toBe(100);
		expect(result.costPerJob.explanation).toBe(
			'max($100.00 minimum, 3 epochs × 2,000,000 tokens × $5.00 / 1M = $30.00) = $100.00'
		);
		expect(training({ ...fineTunedGpt41Mini, minimumFeePerJob: 10 }).costPerJob.value).toBeCloseTo(
			30,
			9
		);
	});

	it('prices a job by the hour', () => {
		const perHour: ScenarioInputs = {
			...fineTunedGpt41Mini,
			trainingPricing: 'per-hour',
			trainingHours: 2.5,
			trainingPricePerHour: 100
		};
		expect(training(perHour).costPerJob.value).toBe(250);
		expect(training(perHour).costPerJob.explanation).toBe('2.5 h × $100.00 = $250.00');
		expect(training({ ...perHour, minimumFeePerJob: 300 }).costPerJob.value).toBe(300);
	});
});

describe('computeTraining self-hosted', () => {
	const lora = training(selfHostedLlama8b);

	it('needs 1.5 times the LoRA FLOPs and time for full fine-tuning (6·N·D·E against 4·N·D·E)', () => {
		const full = training({ ...selfHostedLlama8b, trainingMethod: 'full' });
		expect(full.flops?.value).toBeCloseTo(6 * 8.03e9 * 2e6 * 3, -5);
		expect(lora.flops?.value).toBeCloseTo(4 * 8.03e9 * 2e6 * 3, -5);
		expect((full.gpuSeconds?.value ?? 0) / (lora.gpuSeconds?.value ?? 1)).toBeCloseTo(1.5, 12);
		expect(full.costPerJob.value).toBeCloseTo(lora.costPerJob.value * 1.5, 12);
	});

	it('slows QLoRA down by the assumed factor', () => {
		const qlora = training({ ...selfHostedLlama8b, trainingMethod: 'qlora' });
		expect(qlora.flops?.value).toBe(lora.flops?.value);
		expect(qlora.gpuSeconds?.value).toBeCloseTo((lora.gpuSeconds?.value ?? 0) * 1.3, 9);
		expect(qlora.gpuSeconds?.explanation).toBe(
			'1.93e17 FLOP / (9.89e14 FLOP/s × 40% MFU) × 1.3 QLoRA slowdown = 633.3'
		);
		const measuredSlowdown = training({
			...selfHostedLlama8b,
			trainingMethod: 'qlora',
			qloraSlowdown: 2
		});
		expect(measuredSlowdown.gpuSeconds?.value).toBeCloseTo((lora.gpuSeconds?.value ?? 0) * 2, 9);
		expect(QLORA_SLOWDOWN_DEFAULT).toBe(1.3);
	});

	it('spreads GPU time over the training GPUs without changing the cost', () => {
		const eight = training({ ...selfHostedLlama8b, trainingGpus: 8 });
		expect(eight.gpuSeconds?.value).toBeCloseTo(lora.gpuSeconds?.value ?? 0, 12);
		expect(eight.wallClockSeconds?.value).toBeCloseTo((lora.gpuSeconds?.value ?? 0) / 8, 12);
		expect(eight.costPerJob.value).toBeCloseTo(lora.costPerJob.value, 12);
	});

	it('uses a measured throughput instead of the FLOPs estimate', () => {
		const measured = training({
			...selfHostedLlama8b,
			trainingMethod: 'qlora',
			measuredTokensPerSecond: 3000,
			trainingGpus: 2
		});
		expect(measured.flops).toBeNull();
		expect(measured.wallClockSeconds?.value).toBe(2000);
		expect(measured.gpuSeconds?.value).toBe(4000);
		expect(measured.gpuSeconds?.explanation).toBe(
			'2,000,000 tokens × 3 epochs / 3,000 tokens/s × 2 GPUs = 4,000'
		);
		expect(measured.costPerJob.value).toBeCloseTo((4000 / 3600) * 3.99, 12);
	});

	it('applies a minimum fee per job', () => {
		expect(training({ ...selfHostedLlama8b, minimumFeePerJob: 5 }).costPerJob.value).toBe(5);
	});

	it('takes no time for no work, before a GPU is chosen', () => {
		const empty = training(defaultInputs('self-hosted'));
		expect(empty.gpuSeconds?.value).toBe(0);
		expect(empty.wallClockSeconds?.value).toBe(0);
		expect(empty.costPerJob.value).toBe(0);
	});
});
