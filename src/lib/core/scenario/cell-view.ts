import type { CostFormatter } from '../cost/format';
import type { VolumeVerdict } from '../cost/types';
import { m } from '../i18n/locale';
import type { CatalogEntry } from '../pricing/types';
import { editText, formatCell } from './cells';
import { choiceText } from './choices';
import type { SheetRow } from './rows';
import type { SheetColumn } from './sheet';

/** Everything the sheet needs to draw, edit, copy and explain one body cell. */
export interface CellView {
	/** What the cell shows; '' for a blank cell. */
	text: string;
	/** 'blank': the row does not apply to this scenario's kind. */
	role: 'blank' | 'input' | 'choice' | 'computed';
	/** The value is the person's own over a catalog figure, or follows a link. */
	mark: 'overridden' | 'linked' | null;
	/** The cost model refuses this input. */
	problem: string | null;
	/** What an editor starts with, and what a copy writes: plain numbers that paste back as the same values. */
	plain: string;
	/** The formula bar's text: the typed input, where a value comes from, or how a result was reached. */
	explanation: string;
}

/** What a break-even volume cell says when there is no single volume. */
function verdictText(verdict: VolumeVerdict): string {
	switch (verdict) {
		case 'scenario-cheaper-at-any-volume':
			return m.sheet_cell_any_volume();
		case 'baseline-cheaper-at-any-volume':
			return m.sheet_cell_never();
		case 'same-cost':
			return m.sheet_cell_same_cost();
		case 'scenario-cheaper-above':
		case 'baseline-cheaper-above':
			return '';
	}
}

function plainNumber(value: number): string {
	return String(Number(value.toPrecision(12)));
}

export function cellView(
	row: SheetRow,
	column: SheetColumn,
	catalog: readonly CatalogEntry[],
	fmt: CostFormatter
): CellView {
	const blank: CellView = {
		text: '',
		role: 'blank',
		mark: null,
		problem: null,
		plain: '',
		explanation: ''
	};
	const kind = column.scenario.kind;
	if (!row.kinds.includes(kind)) {
		return { ...blank, explanation: m.sheet_explain_other_kind() };
	}
	if (row.when && !row.when(column.resolved.inputs)) {
		return { ...blank, explanation: m.sheet_explain_other_choices() };
	}
	if (row.type === 'choice') {
		const text = choiceText(row.choice, column.scenario, catalog);
		const explanation = row.hint ?? m.sheet_explain_choice();
		return { ...blank, role: 'choice', text, plain: text, explanation };
	}
	if (row.type === 'input') {
		const value = column.resolved.inputs[row.field];
		const origin = column.resolved.origins[row.field] ?? { from: 'default' };
		const problem = column.problems.find((p) => p.field === row.field)?.message ?? null;
		const text = value === null ? '' : formatCell(value, row.format, fmt);
		const plain = value === null ? '' : editText(value, row.format);
		let explanation: string =
			value === null ? m.sheet_explain_not_charged() : m.sheet_explain_default();
		let mark: CellView['mark'] = null;
		if (origin.from === 'entered') {
			explanation = origin.text;
			if (origin.catalogValue !== undefined) {
				mark = 'overridden';
				explanation = m.sheet_explain_overrides({
					text: origin.text,
					value: formatCell(origin.catalogValue, row.format, fmt)
				});
			}
		} else if (origin.from === 'catalog') {
			explanation = m.sheet_explain_from_catalog({ detail: origin.detail });
		} else if (origin.from === 'link') {
			mark = 'linked';
			explanation = m.sheet_explain_linked({ detail: origin.detail });
		}
		if (row.hint) explanation += `. ${row.hint}`;
		return { text, role: 'input', mark, problem, plain, explanation };
	}
	if (!column.result) {
		return {
			...blank,
			role: 'computed',
			explanation: m.sheet_explain_fix_inputs()
		};
	}
	const item = row.value(column.result);
	if (!item) return { ...blank, role: 'computed', explanation: m.sheet_explain_nothing() };
	if (item.value === null) {
		const verdict =
			row.id === 'breakEvenVolume' ? column.result.comparison?.volumeVerdict : undefined;
		const text = verdict ? verdictText(verdict) : m.sheet_cell_none();
		return { ...blank, role: 'computed', text, plain: text, explanation: item.explanation };
	}
	if (!Number.isFinite(item.value)) {
		// Huge inputs (1e308 requests) overflow: say so rather than show "$∞" or "NaN".
		const text = m.sheet_cell_too_large();
		return {
			...blank,
			role: 'computed',
			text,
			plain: text,
			explanation: m.sheet_explain_too_large()
		};
	}
	return {
		...blank,
		role: 'computed',
		text: formatCell(item.value, row.format, fmt),
		plain: plainNumber(item.value),
		explanation: item.explanation
	};
}
