import { m } from '../i18n/locale';
import type { SheetTable } from './sheet-table';

/** Text safe inside a Markdown table cell: one line, with pipes and backslashes escaped. */
export function markdownCell(text: string): string {
	return text
		.replaceAll('\\', '\\\\')
		.replaceAll('|', '\\|')
		.replace(/\r\n|[\r\n]/g, ' ');
}

function markdownRow(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/** The sheet as it reads (the shown text) as a GitHub-flavoured Markdown table; section titles as bold rows. */
export function sheetMarkdown(table: SheetTable): string {
	const header = table.columns.map((name, i) =>
		markdownCell(i === table.baselineColumn ? m.export_baseline_column({ name }) : name)
	);
	const blanks = table.columns.map(() => '');
	const lines = [
		markdownRow([m.export_line_item(), ...header]),
		// Figures read best right-aligned, as in the sheet.
		markdownRow(['---', ...table.columns.map(() => '---:')])
	];
	for (const section of table.sections) {
		lines.push(markdownRow([`**${markdownCell(section.title)}**`, ...blanks]));
		for (const row of section.rows) {
			lines.push(
				markdownRow([markdownCell(row.label), ...row.cells.map((cell) => markdownCell(cell.text))])
			);
		}
	}
	return lines.join('\n') + '\n';
}
