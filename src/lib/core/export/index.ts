/*
 * Exports of the scenario sheet. The XLSX writer (./xlsx) is left out on purpose: the page imports it lazily so
 * its library loads only when a workbook is asked for.
 */
export { assumptionRows, type AssumptionRow } from './assumptions';
export { neutraliseFormula, toCsv, type CsvCell } from './csv';
export { cellContent, projectionGrid, sheetCsv, sheetGrid } from './csv-sheet';
export { markdownCell, sheetMarkdown } from './markdown';
export {
	projectionTable,
	sheetTable,
	type ProjectionTable,
	type SheetTable,
	type TableCell,
	type TableRow
} from './sheet-table';
