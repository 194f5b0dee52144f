import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';

describe('toCsv', () => {
	it('quotes cells holding commas, quotes or newlines', () => {
		expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'plain']])).toBe(
			'"a,b","say ""hi""","two\nlines",plain\r\n'
		);
	});

	it('keeps numbers as numbers and leaves missing values empty', () => {
		expect(toCsv([[1234, 0.5, null, undefined, Number.NaN]])).toBe('1234,0.5,,,\r\n');
	});

	it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', '\0x', '＝1', '＋1', '－1', '＠x'])(
		'neutralises a text cell starting like a formula: %j',
		(text) => {
			expect(neutraliseFormula(text)).toBe(`'${text}`);
			expect(toCsv([[text]]).startsWith(`'`) || toCsv([[text]]).startsWith(`"'`)).toBe(true);
		}
	);

	it('leaves ordinary text alone', () => {
		expect(neutraliseFormula('Line 3: missing user message')).toBe('Line 3: missing user message');
	});
});
