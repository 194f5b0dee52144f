/*
 * The workbook export. The page imports this module lazily (on the export click) so the spreadsheet writer does
 * not weigh on first load: do not import it from index.ts or from any module the page loads eagerly.
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import { formatLabel } from '../dataset/types';
import { m } from '../i18n/locale';
import type { DatasetRecord } from '../project/types';
import type { AssumptionRow } from './assumptions';
import { cellContent, projectionGrid } from './csv-sheet';
import type { CsvCell } from './csv';
import { guideHeader, guideRows, type GuideExport } from './guide';
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

/**
 * The names of the workbook's sheets in the current language: summary, monthly projection, dataset statistics
 * and assumptions. Excel takes at most 31 characters and none of : \ / ? * [ ] in a sheet name.
 */
export function workbookSheetNames(): [string, string, string, string] {
	return [
		m.export_sheet_summary(),
		m.export_sheet_projection(),
		m.export_sheet_datasets(),
		m.export_sheet_assumptions()
	];
}

/** The sheet added after the others when the project uses the decision guide. */
export function guideSheetName(): string {
	return m.export_guide_title();
}

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
		[cell(m.export_exported()), cell(input.exportedAt)],
		[],
		[
			cell(m.export_line_item(), { bold: true }),
			...table.columns.map((name) => cell(name, { bold: true }))
		]
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

function datasetHeader(): string[] {
	return [
		m.export_dataset_file(),
		m.export_dataset_format(),
		m.export_dataset_encoding(),
		m.export_dataset_examples(),
		m.export_dataset_total_tokens(),
		m.export_dataset_billed_per_epoch(),
		m.export_dataset_default_epochs(),
		m.export_dataset_billed_training(),
		m.export_dataset_errors(),
		m.export_dataset_warnings()
	];
}

function datasetRows(datasets: readonly DatasetRecord[]): Row[] {
	if (datasets.length === 0) return [[cell(m.export_no_dataset())]];
	const count = (value: number) => cell(value, { format: COUNT_FORMAT });
	return [
		datasetHeader().map((title) => cell(title, { bold: true })),
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
		[m.export_scenario(), m.export_input(), m.export_value(), m.export_source()].map((title) =>
			cell(title, { bold: true })
		),
		...assumptions.map((row) => [
			cell(row.scenario),
			cell(row.input),
			cell(row.value),
			cell(row.source)
		])
	];
}

/**
 * The sheet, its monthly projection, the datasets' figures and every assumption, as an .xlsx file, with sheet
 * names and headings in the current language (numbers stay numbers; Excel shows them in the reader's locale).
 */
export async function sheetXlsx(input: WorkbookInput): Promise<Uint8Array> {
	const names = workbookSheetNames();
	const scenarioColumns = input.table.columns.map(() => ({ width: 22 }));
	const sheets: Sheet<Blob>[] = [
		{
			sheet: names[0],
			data: summaryRows(input),
			columns: [{ width: 34 }, ...scenarioColumns]
		},
		{
			sheet: names[1],
			data: projectionRows(input.projection),
			columns: [
				{ width: 8 },
				...input.projection.series.flatMap(() => [{ width: 22 }, { width: 22 }, { width: 22 }])
			],
			stickyRowsCount: 1
		},
		{
			sheet: names[2],
			data: datasetRows(input.datasets),
			columns: [
				{ width: 30 },
				{ width: 26 },
				...datasetHeader()
					.slice(2)
					.map(() => ({ width: 16 }))
			]
		},
		{
			sheet: names[3],
			data: assumptionSheetRows(input.assumptions),
			columns: [{ width: 26 }, { width: 30 }, { width: 14 }, { width: 80 }],
			stickyRowsCount: 1
		}
	];
	if (input.guide) {
		sheets.push({
			sheet: guideSheetName(),
			data: [
				guideHeader().map((title) => cell(title, { bold: true })),
				...guideRows(input.guide).map((row) => [cell(row.section), cell(row.item), cell(row.value)])
			],
			columns: [{ width: 20 }, { width: 30 }, { width: 90 }],
			stickyRowsCount: 1
		});
	}
	const blob = await writeXlsxFile(sheets).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}
