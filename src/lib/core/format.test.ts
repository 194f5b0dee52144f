import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from './i18n/locale';
import {
	formatBinaryBytes,
	formatBytes,
	formatCount,
	formatDecimal,
	formatSeconds
} from './format';

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

	it('writes limits in binary units when they are whole ones', () => {
		expect(formatBinaryBytes(8 * 1024 ** 3)).toBe('8 GiB');
		expect(formatBinaryBytes(256 * 1024 ** 2)).toBe('256 MiB');
		expect(formatBinaryBytes(1536)).toBe('1,536 bytes');
		expect(formatBinaryBytes(2048)).toBe('2 KiB');
		expect(formatBinaryBytes(1000)).toBe('1,000 bytes');
	});

	it('writes durations', () => {
		expect(formatSeconds(44.6)).toBe('45 s');
		expect(formatSeconds(185)).toBe('3 min 5 s');
	});

	describe('in French', () => {
		afterEach(() => useLocale('en'));

		it('writes numbers, sizes and durations the French way', () => {
			useLocale('fr');
			// French groups with a narrow no-break space and writes a decimal comma.
			expect(formatCount(1234567)).toBe('1\u202f234\u202f567');
			expect(formatDecimal(12.25)).toBe('12,3');
			expect(formatBytes(1_500_000)).toBe('1,5 Mo');
			expect(formatBytes(812)).toBe('812 o');
			expect(formatBinaryBytes(8 * 1024 ** 3)).toBe('8 Gio');
			expect(formatBinaryBytes(1000)).toBe('1\u202f000 octets');
			// A million is French's "many" plural category.
			expect(formatBinaryBytes(1_000_000)).toBe('1\u202f000\u202f000 octets');
			expect(formatSeconds(185)).toBe('3 min 5 s');
		});
	});
});
