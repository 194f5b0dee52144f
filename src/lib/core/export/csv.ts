/**
 * CSV that spreadsheets open safely. A text cell that starts with = + - @, a tab, CR, LF or NUL (or their
 * full-width forms) could run as a formula in Excel or Google Sheets, so it is prefixed with an apostrophe, which
 * they show as text. Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | null | undefined;

export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = neutraliseFormula(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text (RFC 4180, CRLF line ends). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
