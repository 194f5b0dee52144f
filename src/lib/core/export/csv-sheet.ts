import { m } from '../i18n/locale';
import { guideCsvRows, type GuideExport } from './guide';
import { toCsv, type CsvCell } from './csv';
import type { ProjectionTable, SheetTable, TableCell } from './sheet-table';

/**
 * What a spreadsheet cell of the sheet holds: the number where there is one, else the text (a model name, 'None').
 * A cell the sheet shows blank stays empty even when a number sits behind it (an input the choices above switch
 * off), so an export never shows a figure the sheet hides.
 */
export function cellContent(cell: TableCell): string | number | null {
	if (cell.text === '') return null;
	if (cell.value !== null && Number.isFinite(cell.value)) return cell.value;
	return cell.text;
}

/**
 * The sheet as rows: a header of scenario names, then each section's title and line items. Headings are in the
 * current language; numbers stay numbers, so a spreadsheet in any locale reads them.
 */
export function sheetGrid(table: SheetTable): CsvCell[][] {
	const blanks = table.columns.map(() => null);
	const rows: CsvCell[][] = [[m.export_line_item(), ...table.columns]];
	for (const section of table.sections) {
		rows.push([section.title, ...blanks]);
		for (const row of section.rows) rows.push([row.label, ...row.cells.map(cellContent)]);
	}
	return rows;
}

/**
 * Month-by-month rows: 'Month', then each scenario's month cost and cumulative cost (and requests when asked).
 * A scenario with a shorter horizon leaves its later months empty.
 */
export function projectionGrid(
	projection: ProjectionTable,
	options: { requests?: boolean } = {}
): CsvCell[][] {
	const header: CsvCell[] = [m.export_month()];
	for (const { scenario } of projection.series) {
		header.push(m.export_month_cost({ scenario }), m.export_cumulative({ scenario }));
		if (options.requests) header.push(m.export_requests({ scenario }));
	}
	const rows: CsvCell[][] = [header];
	projection.months.forEach((month, index) => {
		const row: CsvCell[] = [month];
		for (const series of projection.series) {
			row.push(series.monthly[index] ?? null, series.cumulative[index] ?? null);
			if (options.requests) row.push(series.requests[index] ?? null);
		}
		rows.push(row);
	});
	return rows;
}

/**
 * The sheet as it reads, an empty row, then the monthly projection, and the decision guide when the project uses
 * it; numbers stay numbers, text is formula-safe.
 */
export function sheetCsv(
	table: SheetTable,
	projection: ProjectionTable,
	guide: GuideExport | null = null
): string {
	const guideBlock = guide ? [[], ...guideCsvRows(guide)] : [];
	return toCsv([...sheetGrid(table), [], ...projectionGrid(projection), ...guideBlock]);
}
