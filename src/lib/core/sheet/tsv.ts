/**
 * Copy and paste of rectangular ranges as tab-separated text, the way Excel and Google Sheets put ranges on the
 * clipboard: a cell holding a tab, a line end or a double quote is wrapped in double quotes with its quotes doubled.
 */
import { formatCount } from '../format';
import { m } from '../i18n/locale';

export const MAX_PASTE_CELLS = 10_000;

export type ParseTsvResult = { ok: true; rows: string[][] } | { ok: false; error: string };

function tsvCell(text: string): string {
	return /[\t\n\r"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows to clipboard text: cells joined by tabs, rows by `\n`, with no line end after the last row, so that a single
 * copied cell pastes into a text field as just its text (Excel and Google Sheets both accept it). A range whose last
 * row is a single empty cell therefore reads back without that row.
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
	return rows.map((row) => row.map(tsvCell).join('\t')).join('\n');
}

/**
 * Finds the closing quote of quoted cells. Inside a quoted cell quotes come in pairs, so the closing one is the last
 * of the first run of an odd number of quotes. Cells are looked at in order, so one scan of the text serves all of
 * them, and text full of stray quotes still parses in linear time.
 */
class OddQuoteRunFinder {
	private runStart = -1;
	private runEnd = -1;
	private scannedTo = 0;

	constructor(private readonly text: string) {}

	/** The index of the last quote of the first odd-length run of quotes starting at or after `from`, or -1. */
	find(from: number): number {
		if (this.runStart >= from) return this.runEnd;
		const text = this.text;
		let index = Math.max(from, this.scannedTo);
		this.runStart = -1;
		this.runEnd = -1;
		while (index < text.length) {
			if (text[index] !== '"') {
				index++;
				continue;
			}
			const start = index;
			while (text[index] === '"') index++;
			if ((index - start) % 2 === 1) {
				this.runStart = start;
				this.runEnd = index - 1;
				break;
			}
		}
		this.scannedTo = index;
		return this.runEnd;
	}
}

function isLineEnd(char: string | undefined): boolean {
	return char === '\n' || char === '\r';
}

function isCellEnd(text: string, index: number): boolean {
	return index >= text.length || text[index] === '\t' || isLineEnd(text[index]);
}

/**
 * Clipboard text to rows of cells. Line ends may be `\r\n`, `\n` or `\r`; one line end at the very end does not make
 * an empty row. A cell that starts with a double quote is a quoted cell (which may hold tabs and line ends, with
 * `""` for a quote) only when a closing quote ends the cell; otherwise its quotes are literal text, as spreadsheets
 * read `"abc` or `"5" high`. Short rows are padded with '' to a rectangle. More than `MAX_PASTE_CELLS` cells (after
 * padding) is an error, not a silent cut.
 */
export function parseTsv(text: string): ParseTsvResult {
	const rows: string[][] = [];
	if (text === '') return { ok: true, rows };
	const quotes = new OddQuoteRunFinder(text);
	let row: string[] = [];
	let cellCount = 0;
	let position = 0;
	for (;;) {
		let cell: string | undefined;
		if (text[position] === '"') {
			let openingRunEnd = position;
			while (text[openingRunEnd] === '"') openingRunEnd++;
			const closing =
				(openingRunEnd - position) % 2 === 0 ? openingRunEnd - 1 : quotes.find(openingRunEnd);
			if (closing > position && isCellEnd(text, closing + 1)) {
				cell = text.slice(position + 1, closing).replaceAll('""', '"');
				position = closing + 1;
			}
		}
		if (cell === undefined) {
			const start = position;
			while (!isCellEnd(text, position)) position++;
			cell = text.slice(start, position);
		}
		cellCount++;
		if (cellCount > MAX_PASTE_CELLS) {
			return {
				ok: false,
				error: m.sheet_paste_too_many_cells({ max: formatCount(MAX_PASTE_CELLS) })
			};
		}
		row.push(cell);

		if (position >= text.length) {
			rows.push(row);
			break;
		}
		if (text[position] === '\t') {
			position++;
			continue;
		}
		position += text[position] === '\r' && text[position + 1] === '\n' ? 2 : 1;
		rows.push(row);
		row = [];
		if (position >= text.length) break;
	}

	const width = Math.max(...rows.map((cells) => cells.length));
	const padded = rows.length * width;
	if (padded > MAX_PASTE_CELLS) {
		return {
			ok: false,
			error: m.sheet_paste_too_large_range({
				rows: m.sheet_paste_rows({ count: rows.length, shown: formatCount(rows.length) }),
				columns: m.sheet_paste_columns({ count: width, shown: formatCount(width) }),
				cells: formatCount(padded),
				max: formatCount(MAX_PASTE_CELLS)
			})
		};
	}
	for (const cells of rows) {
		while (cells.length < width) cells.push('');
	}
	return { ok: true, rows };
}
