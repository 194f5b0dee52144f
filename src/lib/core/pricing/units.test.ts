import { describe, expect, it } from 'vitest';
import { perTokenToPerMillion, scaleByPowerOfTen } from './units';

describe('per-token to per-1M conversion', () => {
	it('is exact for the decimals prices are written in', () => {
		expect(perTokenToPerMillion(0.0000025)).toBe(2.5);
		expect(perTokenToPerMillion(3e-7)).toBe(0.3);
		// A float multiply is off for these: why the conversion goes through the decimal text.
		expect(1e-7 * 1e6).not.toBe(0.1);
		expect(perTokenToPerMillion(1e-7)).toBe(0.1);
		expect(perTokenToPerMillion(5e-8)).toBe(0.05);
		expect(perTokenToPerMillion(1.7e-7)).toBe(0.17);
		expect(perTokenToPerMillion(1.5e-7)).toBe(0.15);
		expect(perTokenToPerMillion(7.5e-8)).toBe(0.075);
		expect(perTokenToPerMillion(0.00001)).toBe(10);
		expect(perTokenToPerMillion(1.875e-6)).toBe(1.875);
		expect(perTokenToPerMillion(0)).toBe(0);
	});

	it('scales by other powers of ten', () => {
		expect(scaleByPowerOfTen(0.001, 3)).toBe(1);
		expect(scaleByPowerOfTen(2.5, -6)).toBe(0.0000025);
	});
});
