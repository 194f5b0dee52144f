import type { CostFormatter } from '../cost/format';
import type { CatalogEntry } from '../pricing/types';
import { cellView } from '../scenario/cell-view';
import { SHEET_SECTIONS } from '../scenario/rows';
import type { SheetColumn } from '../scenario/sheet';

/** One cell as exports need it: the text the sheet shows, and the number behind it (null for text or blank). */
export interface TableCell {
	text: string;
	value: number | null;
	/** How the sheet explains it: typed input, catalog source, link, or the formula of a computed figure. */
	explanation: string;
}

export interface TableRow {
	label: string;
	/** 'input', 'choice' or 'computed', as in the sheet. */
	kind: 'input' | 'choice' | 'computed';
	cells: TableCell[];
}

/** The sheet as it reads: one column per scenario, rows in sections; rows no scenario uses are left out. */
export interface SheetTable {
	/** Scenario names, in column order. */
	columns: string[];
	/** The baseline's name, if one is chosen. */
	baseline: string | null;
	/** The baseline's column (an index into `columns`): two scenarios may share a name. */
	baselineColumn: number | null;
	sections: { title: string; rows: TableRow[] }[];
}

export function sheetTable(
	columns: readonly SheetColumn[],
	baselineId: string | null,
	catalog: readonly CatalogEntry[],
	fmt: CostFormatter
): SheetTable {
	const kinds = new Set(columns.map((column) => column.scenario.kind));
	const baseline = columns.findIndex((column) => column.scenario.id === baselineId);
	return {
		columns: columns.map((column) => column.scenario.name),
		baseline: columns[baseline]?.scenario.name ?? null,
		baselineColumn: baseline >= 0 ? baseline : null,
		sections: SHEET_SECTIONS.map((section) => ({
			title: section.title,
			rows: section.rows
				.filter((row) => row.kinds.some((kind) => kinds.has(kind)))
				.map((row) => ({
					label: row.label,
					kind: row.type,
					cells: columns.map((column) => {
						const view = cellView(row, column, catalog, fmt);
						const number = Number(view.plain);
						const numeric =
							(view.role === 'input' || view.role === 'computed') &&
							view.plain !== '' &&
							Number.isFinite(number);
						return {
							text: view.text,
							// Inputs in percent ('80%') and scaled units come back as the stored value.
							value: numeric ? number : view.role === 'input' ? numericInput(row, column) : null,
							explanation: view.explanation
						};
					})
				}))
		})).filter((section) => section.rows.length > 0)
	};
}

/** The stored number of an input cell whose plain text is not a bare number (a share such as '80%'). */
function numericInput(row: (typeof SHEET_SECTIONS)[number]['rows'][number], column: SheetColumn) {
	if (row.type !== 'input' || !row.kinds.includes(column.scenario.kind)) return null;
	const value = column.resolved.inputs[row.field];
	return typeof value === 'number' ? value : null;
}

/** Month-by-month figures of every scenario that computed: for charts, the CSV and the XLSX. */
export interface ProjectionTable {
	months: number[];
	series: {
		scenario: string;
		/** Cost of each month (requests, fixed costs and training run that month). */
		monthly: number[];
		cumulative: number[];
		requests: number[];
	}[];
}

export function projectionTable(columns: readonly SheetColumn[]): ProjectionTable {
	const computed = columns.filter((column) => column.result);
	const longest = Math.max(0, ...computed.map((c) => c.result!.breakdown.monthly.length));
	return {
		months: Array.from({ length: longest }, (_, i) => i + 1),
		series: computed.map((column) => {
			const rows = column.result!.breakdown.monthly;
			return {
				scenario: column.scenario.name,
				monthly: rows.map((row) => row.total),
				cumulative: rows.map((row) => row.cumulative),
				requests: rows.map((row) => row.requests)
			};
		})
	};
}
