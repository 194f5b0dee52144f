import { describe, expect, it } from 'vitest';
import { checkInputs } from './check';
import { WORKED_EXAMPLES } from './testing/examples';
import { defaultInputs, SCENARIO_KINDS, type ScenarioInputs } from './types';

const { promptedGpt41, fineTunedGpt41Mini, selfHostedLlama8b } = WORKED_EXAMPLES;

function fieldsWithProblems(inputs: ScenarioInputs): string[] {
	return checkInputs(inputs).map((problem) => problem.field);
}

describe('checkInputs', () => {
	it('accepts the defaults of every kind and the worked examples', () => {
		for (const kind of SCENARIO_KINDS) expect(checkInputs(defaultInputs(kind))).toEqual([]);
		for (const inputs of Object.values(WORKED_EXAMPLES)) expect(checkInputs(inputs)).toEqual([]);
	});

	it('reports negative figures', () => {
		expect(checkInputs({ ...promptedGpt41, inputPrice: -1 })).toEqual([
			{ field: 'inputPrice', message: 'Must not be negative' }
		]);
		expect(fieldsWithProblems({ ...promptedGpt41, userTokens: -5, requestsPerMonth: -1 })).toEqual([
			'userTokens',
			'requestsPerMonth'
		]);
		expect(fieldsWithProblems({ ...promptedGpt41, cacheWritePrice: -1 })).toEqual([
			'cacheWritePrice'
		]);
	});

	it('reports figures that are not finite numbers', () => {
		expect(checkInputs({ ...promptedGpt41, outputPrice: Number.NaN })).toEqual([
			{ field: 'outputPrice', message: 'Must be a number' }
		]);
		expect(fieldsWithProblems({ ...promptedGpt41, systemTokens: Infinity })).toEqual([
			'systemTokens'
		]);
		expect(fieldsWithProblems({ ...promptedGpt41, cacheWritePrice: Number.NaN })).toEqual([
			'cacheWritePrice'
		]);
		const fromStorage = { ...promptedGpt41, userTokens: '150' } as unknown as ScenarioInputs;
		expect(fieldsWithProblems(fromStorage)).toEqual(['userTokens']);
	});

	it('reports rates above 100%', () => {
		expect(checkInputs({ ...promptedGpt41, cacheHitRate: 1.2 })).toEqual([
			{ field: 'cacheHitRate', message: 'Must be at most 100%' }
		]);
		expect(fieldsWithProblems({ ...promptedGpt41, batchShare: 2, batchDiscount: 1.5 })).toEqual([
			'batchShare',
			'batchDiscount'
		]);
		expect(fieldsWithProblems({ ...selfHostedLlama8b, mfu: 1.1 })).toEqual(['mfu']);
	});

	it('needs a whole horizon of at least one month', () => {
		expect(fieldsWithProblems({ ...promptedGpt41, months: 0 })).toEqual(['months']);
		expect(fieldsWithProblems({ ...promptedGpt41, months: 1.5 })).toEqual(['months']);
		expect(fieldsWithProblems({ ...promptedGpt41, months: 601 })).toEqual(['months']);
		expect(fieldsWithProblems({ ...promptedGpt41, hoursPerMonth: 800 })).toEqual(['hoursPerMonth']);
	});

	it('allows shrinking volume but not by 100% or more', () => {
		expect(checkInputs({ ...promptedGpt41, growthPerMonth: -0.1 })).toEqual([]);
		expect(fieldsWithProblems({ ...promptedGpt41, growthPerMonth: -1 })).toEqual([
			'growthPerMonth'
		]);
	});

	it('checks training only for kinds that train', () => {
		expect(checkInputs({ ...promptedGpt41, epochs: -1, experiments: 0.5 })).toEqual([]);
		expect(fieldsWithProblems({ ...fineTunedGpt41Mini, epochs: -1, experiments: 0.5 })).toEqual([
			'epochs',
			'experiments'
		]);
		expect(fieldsWithProblems({ ...fineTunedGpt41Mini, retrainEveryMonths: -3 })).toEqual([
			'retrainEveryMonths'
		]);
		expect(fieldsWithProblems({ ...fineTunedGpt41Mini, hostingPerHour: -1 })).toEqual([
			'hostingPerHour'
		]);
	});

	it('needs a GPU or a measured throughput to time self-hosted training', () => {
		expect(checkInputs({ ...selfHostedLlama8b, gpuPeakFlops: 0 })).toEqual([
			{ field: 'gpuPeakFlops', message: "Enter the GPU's peak FLOP/s, or a measured tokens/s" }
		]);
		expect(
			checkInputs({ ...selfHostedLlama8b, gpuPeakFlops: 0, measuredTokensPerSecond: 3000 })
		).toEqual([]);
		expect(fieldsWithProblems({ ...selfHostedLlama8b, measuredTokensPerSecond: 0 })).toEqual([
			'measuredTokensPerSecond'
		]);
		expect(fieldsWithProblems({ ...selfHostedLlama8b, mfu: 0 })).toEqual(['mfu']);
		expect(fieldsWithProblems({ ...selfHostedLlama8b, trainingGpus: 0 })).toEqual(['trainingGpus']);
		expect(
			fieldsWithProblems({ ...selfHostedLlama8b, trainingMethod: 'qlora', qloraSlowdown: 0 })
		).toEqual(['qloraSlowdown']);
	});

	it('reports unknown choices', () => {
		const unknownKind = { ...promptedGpt41, kind: 'other' } as unknown as ScenarioInputs;
		expect(fieldsWithProblems(unknownKind)).toContain('kind');
		const unknownMethod = {
			...selfHostedLlama8b,
			trainingMethod: 'dora'
		} as unknown as ScenarioInputs;
		expect(fieldsWithProblems(unknownMethod)).toEqual(['trainingMethod']);
	});
});
