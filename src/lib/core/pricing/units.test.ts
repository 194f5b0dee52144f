import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import {
	figureText,
	parseFigure,
	perTokenToPerMillion,
	scaleByPowerOfTen,
	unitLabel
} from './units';

afterEach(() => useLocale('en'));

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

describe('units and figures for a person', () => {
	it('name the stored units in the current language, and leave unknown ones as they are', () => {
		expect(unitLabel('USD per 1M training tokens')).toBe('USD per 1M training tokens');
		useLocale('fr');
		expect(unitLabel('USD per 1M training tokens')).toBe(
			'USD par million de tokens d’entraînement'
		);
		expect(unitLabel('USD per GPU-hour')).toBe('USD par heure GPU');
		expect(unitLabel('FLOP/s')).toBe('FLOP/s');
		expect(unitLabel('USD per image')).toBe('USD per image');
	});

	it('read a figure as it is typed: a decimal point in English, a comma or point in French', () => {
		expect(parseFigure(' 2.75 ')).toBe(2.75);
		expect(parseFigure('2,75')).toBeNull();
		expect(parseFigure('')).toBeNull();
		expect(parseFigure('abc')).toBeNull();
		expect(figureText(2.75)).toBe('2.75');
		useLocale('fr');
		expect(parseFigure('2,75')).toBe(2.75);
		expect(parseFigure('2.75')).toBe(2.75);
		expect(parseFigure('1 000,5')).toBe(1000.5);
		expect(parseFigure('  ')).toBeNull();
		expect(figureText(2.75)).toBe('2,75');
	});
});
