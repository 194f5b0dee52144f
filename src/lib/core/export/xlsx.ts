/*
 * The workbook export. The page imports this module lazily (on the export click) so the spreadsheet writer does
 * not weigh on first load: do not import it from index.ts or from any module the page loads eagerly.
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import { formatLabel } from '../dataset/types';
import type { DatasetRecord } from '../project/types';
import type { AssumptionRow } from './assumptions';
import { cellContent, projectionGrid } from './csv-sheet';
import type { CsvCell } from './csv';
import { guideRows, type GuideExport } from './guide';
import type { ProjectionTable, SheetTable } from './sheet-table';

export interface WorkbookInput {
	table: SheetTable;
	projection: ProjectionTable;
	datasets: DatasetRecord[];
	assumptions: AssumptionRow[];
	/** The project's name, shown atop the summary. */
	title: string;
	/** When the export was made (ISO 8601), shown atop the summary. */
	exportedAt: string;
	/** The decision guide, when the project uses it: a sheet of its own. */
	guide?: GuideExport | null;
}

export const WORKBOOK_SHEETS = [
	'Summary',
	'Monthly projection',
	'Dataset statistics',
	'Assumptions'
] as const;

/** Added after the others when the project uses the decision guide. */
export const GUIDE_SHEET = 'Decision guide';

const MONEY_FORMAT = '#,##0.00';
const COUNT_FORMAT = '#,##0';
const TEXT_FORMAT = '@';

/**
 * A workbook cell. Text is always a string cell, never a formula, so '=1+1' in a scenario name is shown as typed
 * and never runs; the text format ('@') keeps it text even when someone edits the cell and presses Enter.
 * Non-finite numbers are left empty.
 */
function cell(value: CsvCell, style: { bold?: boolean; format?: string } = {}): Cell {
	if (value === null || value === undefined) return null;
	const fontWeight = style.bold ? ('bold' as const) : undefined;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return null;
		return { value, type: Number, format: style.format, fontWeight };
	}
	return { value, type: String, format: TEXT_FORMAT, fontWeight };
}

function summaryRows(input: WorkbookInput): Row[] {
	const { table } = input;
	const rows: Row[] = [
		[cell(input.title, { bold: true })],
		[cell('Exported'), cell(input.exportedAt)],
		[],
		[cell('Line item', { bold: true }), ...table.columns.map((name) => cell(name, { bold: true }))]
	];
	for (const section of table.sections) {
		rows.push([cell(section.title, { bold: true })]);
		for (const row of section.rows) {
			rows.push([cell(row.label), ...row.cells.map((item) => cell(cellContent(item)))]);
		}
	}
	return rows;
}

function projectionRows(projection: ProjectionTable): Row[] {
	const [header = [], ...body] = projectionGrid(projection, { requests: true });
	const perScenario = 3;
	return [
		header.map((value) => cell(value, { bold: true })),
		...body.map((row) =>
			row.map((value, index) => {
				if (index === 0) return cell(value);
				const isRequests = (index - 1) % perScenario === perScenario - 1;
				return cell(value, { format: isRequests ? COUNT_FORMAT : MONEY_FORMAT });
			})
		)
	];
}

const DATASET_HEADER = [
	'File',
	'Format',
	'Encoding',
	'Examples',
	'Total tokens',
	'Billed tokens per epoch',
	'Default epochs',
	'Billed training tokens',
	'Errors',
	'Warnings'
];

function datasetRows(datasets: readonly DatasetRecord[]): Row[] {
	if (datasets.length === 0) return [[cell('No dataset analysed in this project.')]];
	const count = (value: number) => cell(value, { format: COUNT_FORMAT });
	return [
		DATASET_HEADER.map((title) => cell(title, { bold: true })),
		...datasets.map((record) => [
			cell(record.fileName),
			cell(formatLabel(record.format)),
			cell(record.encoding),
			count(record.examples),
			count(record.tokens.total),
			count(record.billing.billedTokensPerEpoch),
			count(record.billing.defaultEpochs),
			count(record.billing.billedTrainingTokens),
			count(record.errorCount),
			count(record.warningCount)
		])
	];
}

function assumptionSheetRows(assumptions: readonly AssumptionRow[]): Row[] {
	return [
		['Scenario', 'Input', 'Value', 'Source'].map((title) => cell(title, { bold: true })),
		...assumptions.map((row) => [
			cell(row.scenario),
			cell(row.input),
			cell(row.value),
			cell(row.source)
		])
	];
}

/** The sheet, its monthly projection, the datasets' figures and every assumption, as an .xlsx file. */
export async function sheetXlsx(input: WorkbookInput): Promise<Uint8Array> {
	const scenarioColumns = input.table.columns.map(() => ({ width: 22 }));
	const sheets: Sheet<Blob>[] = [
		{
			sheet: WORKBOOK_SHEETS[0],
			data: summaryRows(input),
			columns: [{ width: 34 }, ...scenarioColumns]
		},
		{
			sheet: WORKBOOK_SHEETS[1],
			data: projectionRows(input.projection),
			columns: [
				{ width: 8 },
				...input.projection.series.flatMap(() => [{ width: 22 }, { width: 22 }, { width: 22 }])
			],
			stickyRowsCount: 1
		},
		{
			sheet: WORKBOOK_SHEETS[2],
			data: datasetRows(input.datasets),
			columns: [{ width: 30 }, { width: 26 }, ...DATASET_HEADER.slice(2).map(() => ({ width: 16 }))]
		},
		{
			sheet: WORKBOOK_SHEETS[3],
			data: assumptionSheetRows(input.assumptions),
			columns: [{ width: 26 }, { width: 30 }, { width: 14 }, { width: 80 }],
			stickyRowsCount: 1
		}
	];
	if (input.guide) {
		sheets.push({
			sheet: GUIDE_SHEET,
			data: [
				['Section', 'Item', 'Detail'].map((title) => cell(title, { bold: true })),
				...guideRows(input.guide).map((row) => [cell(row.section), cell(row.item), cell(row.value)])
			],
			columns: [{ width: 20 }, { width: 30 }, { width: 90 }],
			stickyRowsCount: 1
		});
	}
	const blob = await writeXlsxFile(sheets).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}
