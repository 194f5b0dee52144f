import type { CostFormatter } from '../cost/format';
import { m } from '../i18n/locale';
import { evaluateInput } from '../sheet/evaluate';
import { formatScale, type CellFormat } from './rows';

function duration(seconds: number, fmt: CostFormatter): string {
	if (seconds < 1000) return `${fmt.count(seconds)} s`;
	if (seconds < 7200) return `${fmt.count(seconds / 60)} min`;
	return `${fmt.count(seconds / 3600)} h`;
}

/** A cell's number as the sheet shows it. */
export function formatCell(value: number, format: CellFormat, fmt: CostFormatter): string {
	switch (format) {
		case 'usd':
		case 'usd-per-1m':
		case 'usd-per-hour':
			return fmt.money(value);
		case 'share':
			return fmt.percent(value);
		case 'seconds':
			return duration(value, fmt);
		case 'billions':
		case 'tflops':
			return fmt.count(value / formatScale(format));
		case 'flops':
			return fmt.scientific(value);
		case 'month':
			return m.sheet_cell_month({ month: fmt.count(value) });
		default:
			return fmt.count(value);
	}
}

/** Drops float noise (0.1 + 0.2) without losing a figure a person typed. */
function plain(value: number): string {
	return String(Number(value.toPrecision(12)));
}

/** A value written so that typing it back gives the same value: the editor's starting text. */
export function editText(value: number, format: CellFormat): string {
	if (format === 'share') return `${plain(value * 100)}%`;
	return plain(value / formatScale(format));
}

export type CellInput =
	| { kind: 'value'; text: string; value: number }
	| { kind: 'clear' }
	| { kind: 'error'; error: string };

/**
 * What a person typed into an input cell. Empty text clears the cell (back to the catalog, link or default).
 * Rows in billions or TFLOP/s scale a bare number; a number with its own suffix (`8030M`, `989T`) is taken as
 * written.
 */
export function parseCellInput(text: string, format: CellFormat): CellInput {
	const trimmed = text.trim();
	if (trimmed === '') return { kind: 'clear' };
	const result = evaluateInput(trimmed);
	if (!result.ok) return { kind: 'error', error: result.error };
	const scale = formatScale(format);
	const hasSuffix = /[kmbt]\s*\)*\s*$/i.test(trimmed);
	// toPrecision drops the binary noise of the multiplication (8.03 × 1e9 is 8029999999.999999).
	const value =
		scale !== 1 && !hasSuffix ? Number((result.value * scale).toPrecision(15)) : result.value;
	return { kind: 'value', text: trimmed, value };
}
