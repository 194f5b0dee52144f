import { describe, expect, it } from 'vitest';
import { MAX_PASTE_CELLS, parseTsv, toTsv } from './tsv';

function rowsOf(text: string): string[][] {
	const result = parseTsv(text);
	if (!result.ok) throw new Error(result.error);
	return result.rows;
}

describe('toTsv', () => {
	it('joins cells with tabs and rows with \\n, with no line end after the last row', () => {
		expect(
			toTsv([
				['a', 'b'],
				['c', 'd']
			])
		).toBe('a\tb\nc\td');
	});

	it('quotes cells holding a tab, a line end or a quote, doubling the quotes', () => {
		expect(toTsv([['a\tb', 'two\nlines', 'cr\rhere', 'say "hi"', '"', 'plain, text']])).toBe(
			'"a\tb"\t"two\nlines"\t"cr\rhere"\t"say ""hi"""\t""""\tplain, text'
		);
	});

	it('writes nothing for no rows and keeps empty cells', () => {
		expect(toTsv([])).toBe('');
		expect(toTsv([['', 'x', '']])).toBe('\tx\t');
	});
});

describe('parseTsv', () => {
	it('reads Google Sheets text (\\n, no final line end)', () => {
		expect(rowsOf('Model\tTokens\ngpt-4o\t1,200')).toEqual([
			['Model', 'Tokens'],
			['gpt-4o', '1,200']
		]);
	});

	it('reads Excel text (\\r\\n and a final line end)', () => {
		expect(rowsOf('a\tb\r\nc\td\r\n')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});

	it('reads lone \\r line ends', () => {
		expect(rowsOf('a\rb\r')).toEqual([['a'], ['b']]);
	});

	it('drops only one final line end', () => {
		expect(rowsOf('a\n\n')).toEqual([['a'], ['']]);
		expect(rowsOf('a\r\n\r\n')).toEqual([['a'], ['']]);
		expect(rowsOf('\n')).toEqual([['']]);
		expect(rowsOf('')).toEqual([]);
	});

	it('keeps empty cells, including a trailing one', () => {
		expect(rowsOf('\tb\t')).toEqual([['', 'b', '']]);
		expect(rowsOf('a\t\tc')).toEqual([['a', '', 'c']]);
	});

	it('pads ragged rows to a rectangle', () => {
		expect(rowsOf('a\tb\tc\nd\n\te')).toEqual([
			['a', 'b', 'c'],
			['d', '', ''],
			['', 'e', '']
		]);
	});

	it('reads quoted cells holding tabs, line ends and doubled quotes', () => {
		expect(rowsOf('"x\ty"\t"say ""hi"""\n"two\r\nlines"\tz\n')).toEqual([
			['x\ty', 'say "hi"'],
			['two\r\nlines', 'z']
		]);
	});

	it('reads quoted empty cells and cells of quotes', () => {
		expect(rowsOf('""\t""""\t""""""')).toEqual([['', '"', '""']]);
		expect(rowsOf('"""abc"""\tq')).toEqual([['"abc"', 'q']]);
		expect(rowsOf('"""abc"\tq')).toEqual([['"abc', 'q']]);
	});

	it('treats quotes that do not close a cell as literal text', () => {
		expect(rowsOf('"abc\tz')).toEqual([['"abc', 'z']]);
		expect(rowsOf('"5" high\tz')).toEqual([['"5" high', 'z']]);
		expect(rowsOf('say "hi"\t"')).toEqual([['say "hi"', '"']]);
		expect(rowsOf('"open\nnext')).toEqual([['"open'], ['next']]);
		expect(rowsOf('""abc\t"')).toEqual([['""abc', '"']]);
	});

	it('reads a quoted cell that closes later, past stray quotes in earlier cells', () => {
		expect(rowsOf('"a\t"b\t"c d"\te')).toEqual([['"a', '"b', 'c d', 'e']]);
	});

	it('reads many cells that open a quote and never close it', () => {
		const text = Array.from({ length: 5000 }, (_, i) => `"${'""'.repeat(i % 3)}x`).join('\t');
		const rows = rowsOf(text);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toHaveLength(5000);
		expect(rows[0]?.[4]).toBe('"""x');
	});

	it('round-trips what toTsv writes', () => {
		let seed = 7;
		const random = (): number => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648;
		};
		const pieces = [
			'a',
			'b c',
			'\t',
			'\n',
			'\r',
			'\r\n',
			'"',
			'""',
			',',
			'1,200',
			' ',
			'é',
			'\u{1F600}'
		];
		for (let round = 0; round < 200; round++) {
			const height = 1 + Math.floor(random() * 5);
			const width = 2 + Math.floor(random() * 4);
			const rows = Array.from({ length: height }, () =>
				Array.from({ length: width }, () => {
					let cell = '';
					const length = Math.floor(random() * 4);
					for (let i = 0; i < length; i++) cell += pieces[Math.floor(random() * pieces.length)];
					return cell;
				})
			);
			expect(rowsOf(toTsv(rows))).toEqual(rows);
			expect(rowsOf(`${toTsv(rows).replaceAll('\n', '\r\n')}\r\n`).length).toBe(height);
		}
	});

	it(`accepts ${MAX_PASTE_CELLS} cells`, () => {
		const row = Array.from({ length: 100 }, (_, i) => String(i)).join('\t');
		const rows = rowsOf(Array.from({ length: 100 }, () => row).join('\n'));
		expect(rows).toHaveLength(100);
		expect(rows[99]?.[99]).toBe('99');
	});

	it('refuses more cells than the limit, counting the padding', () => {
		const wide = Array.from({ length: 101 }, () => 'x').join('\t');
		const text = [wide, ...Array.from({ length: 99 }, () => 'y')].join('\n');
		expect(parseTsv(text)).toEqual({
			ok: false,
			error: 'Too much to paste: 100 rows × 101 columns is 10,100 cells, at most 10,000'
		});
	});

	it('stops reading once past the limit', () => {
		expect(parseTsv('x\t'.repeat(1_000_000))).toEqual({
			ok: false,
			error: 'Too much to paste: more than 10,000 cells'
		});
	});

	it('reads one very long cell', () => {
		const long = 'x'.repeat(1_000_000);
		expect(rowsOf(`"${long}\t"`)).toEqual([[`${long}\t`]]);
	});
});
