import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDecimal, formatSeconds } from './format';

describe('formatting', () => {
	it('writes counts with thousands separators', () => {
		expect(formatCount(1234567)).toBe('1,234,567');
	});

	it('writes decimals with one digit at most', () => {
		expect(formatDecimal(12.25)).toBe('12.3');
		expect(formatDecimal(12)).toBe('12');
	});

	it('writes bytes in decimal units', () => {
		expect(formatBytes(812)).toBe('812 B');
		expect(formatBytes(1_500_000)).toBe('1.5 MB');
		expect(formatBytes(200_000_000)).toBe('200 MB');
		expect(formatBytes(1_073_741_824)).toBe('1.1 GB');
	});

	it('writes durations', () => {
		expect(formatSeconds(44.6)).toBe('45 s');
		expect(formatSeconds(185)).toBe('3 min 5 s');
	});
});
