import { describe, expect, it } from 'vitest';
import { billAgainstLimit, defaultEpochs, explainDefaultEpochs } from './billing';

describe('defaultEpochs (OpenAI "auto", cookbook constants)', () => {
	it.each([
		[1, 25], // ⌊100/1⌋ = 100, capped at 25
		[5, 20], // the cookbook toy dataset
		[10, 10],
		[33, 3], // 99 < 100 → ⌊100/33⌋ = 3
		[34, 3],
		[1_000, 3],
		[8_333, 3], // 24,999 ≤ 25,000
		[8_334, 2], // 25,002 > 25,000 → ⌊25,000/8,334⌋ = 2
		[25_000, 1],
		[1_000_000, 1] // floor is 0, raised to 1
	])('%i examples → %i epochs', (examples, epochs) => {
		expect(defaultEpochs(examples)).toBe(epochs);
	});

	it('explains the rule that applied', () => {
		expect(explainDefaultEpochs(5)).toBe('5 examples × 3 < 100: min(25, ⌊100 / 5⌋) = 20 epochs');
		expect(explainDefaultEpochs(10_000)).toBe(
			'10,000 examples × 3 > 25,000: max(1, ⌊25,000 / 10,000⌋) = 2 epochs'
		);
		expect(explainDefaultEpochs(500)).toBe('3 epochs (the default for 500 examples)');
	});
});

describe('billAgainstLimit', () => {
	it('bills each example up to the limit and counts what is cut', () => {
		const perExample = Uint32Array.from([45, 111, 26, 28, 8032]);
		expect(billAgainstLimit(perExample, 4096)).toEqual({
			billedTokensPerEpoch: 4306,
			examplesOverLimit: 1,
			tokensCut: 8032 - 4096
		});
		expect(billAgainstLimit(perExample, 16_385).billedTokensPerEpoch).toBe(8242);
	});

	it('bills an example exactly at the limit in full', () => {
		expect(billAgainstLimit([100], 100)).toEqual({
			billedTokensPerEpoch: 100,
			examplesOverLimit: 0,
			tokensCut: 0
		});
	});
});
