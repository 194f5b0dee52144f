import { describe, expect, it } from 'vitest';
import { formatUsd, moneyDecimals, usdFormatter } from './format';

describe('formatUsd', () => {
	it('writes $1 and up with two decimals', () => {
		expect(formatUsd(30)).toBe('$30.00');
		expect(formatUsd(1241)).toBe('$1,241.00');
		expect(formatUsd(7560)).toBe('$7,560.00');
		expect(formatUsd(1)).toBe('$1.00');
		expect(formatUsd(16122.004)).toBe('$16,122.00');
	});

	it('writes amounts under $1 with two significant digits', () => {
		expect(formatUsd(0.0063)).toBe('$0.0063');
		expect(formatUsd(0.0039)).toBe('$0.0039');
		expect(formatUsd(0.5399)).toBe('$0.54');
		expect(formatUsd(0.00098)).toBe('$0.00098');
		expect(formatUsd(0.012345)).toBe('$0.012');
	});

	it('drops trailing zeros past the second decimal: $0.001, not $0.0010', () => {
		expect(formatUsd(0.001)).toBe('$0.001');
		expect(formatUsd(0.0009999999)).toBe('$0.001');
		expect(formatUsd(0.5)).toBe('$0.50');
		expect(formatUsd(0.1)).toBe('$0.10');
	});

	it('stops at six decimals', () => {
		expect(moneyDecimals(0.00000012)).toBe(6);
		expect(formatUsd(0.0000012)).toBe('$0.000001');
		expect(formatUsd(0.00000001)).toBe('$0.00');
	});

	it('writes zero and negative amounts', () => {
		expect(formatUsd(0)).toBe('$0.00');
		expect(formatUsd(-6330)).toBe('-$6,330.00');
		expect(formatUsd(-0.0053)).toBe('-$0.0053');
	});

	it('rounds up to the next magnitude cleanly', () => {
		expect(formatUsd(0.999)).toBe('$1.00');
		expect(formatUsd(0.00999)).toBe('$0.01');
	});
});

describe('usdFormatter', () => {
	it('writes counts with separators and one decimal at most', () => {
		expect(usdFormatter.count(2_000_000)).toBe('2,000,000');
		expect(usdFormatter.count(487.1618)).toBe('487.2');
		expect(usdFormatter.count(234_622.64)).toBe('234,622.6');
	});

	it('writes shares as percentages', () => {
		expect(usdFormatter.percent(0.8)).toBe('80%');
		expect(usdFormatter.percent(0.05)).toBe('5%');
		expect(usdFormatter.percent(0.125)).toBe('12.5%');
	});

	it('writes large figures in scientific notation', () => {
		expect(usdFormatter.scientific(1.9272e17)).toBe('1.93e17');
		expect(usdFormatter.scientific(989e12)).toBe('9.89e14');
		expect(usdFormatter.scientific(8.03e9)).toBe('8.03e9');
	});
});
