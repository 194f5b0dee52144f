import type { CostFormatter } from '../cost/format';
import type { VolumeVerdict } from '../cost/types';
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

const VERDICT_TEXT: Record<VolumeVerdict, string> = {
	'scenario-cheaper-at-any-volume': 'Any volume',
	'baseline-cheaper-at-any-volume': 'Never',
	'same-cost': 'Same cost',
	'scenario-cheaper-above': '',
	'baseline-cheaper-above': ''
};

const TOO_LARGE = 'Too large';

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
		return { ...blank, explanation: `Does not apply to this kind of scenario.` };
	}
	if (row.when && !row.when(column.resolved.inputs)) {
		return { ...blank, explanation: 'Does not apply with the choices made above.' };
	}
	if (row.type === 'choice') {
		const text = choiceText(row.choice, column.scenario, catalog);
		const explanation = row.hint ?? 'Enter, F2 or typing opens the choices.';
		return { ...blank, role: 'choice', text, plain: text, explanation };
	}
	if (row.type === 'input') {
		const value = column.resolved.inputs[row.field];
		const origin = column.resolved.origins[row.field] ?? { from: 'default' };
		const problem = column.problems.find((p) => p.field === row.field)?.message ?? null;
		const text = value === null ? '' : formatCell(value, row.format, fmt);
		const plain = value === null ? '' : editText(value, row.format);
		let explanation =
			value === null ? 'Not charged: leave blank unless the provider bills it' : 'Default';
		let mark: CellView['mark'] = null;
		if (origin.from === 'entered') {
			explanation = origin.text;
			if (origin.catalogValue !== undefined) {
				mark = 'overridden';
				explanation += ` (overrides the catalog’s ${formatCell(origin.catalogValue, row.format, fmt)})`;
			}
		} else if (origin.from === 'catalog') {
			explanation = `From the catalog: ${origin.detail}`;
		} else if (origin.from === 'link') {
			mark = 'linked';
			explanation = `Linked to ${origin.detail}`;
		}
		if (row.hint) explanation += `. ${row.hint}`;
		return { text, role: 'input', mark, problem, plain, explanation };
	}
	if (!column.result) {
		return {
			...blank,
			role: 'computed',
			explanation: 'Fix the inputs marked in this column to see results.'
		};
	}
	const item = row.value(column.result);
	if (!item) return { ...blank, role: 'computed', explanation: 'Nothing to compute here.' };
	if (item.value === null) {
		const verdict =
			row.id === 'breakEvenVolume' ? column.result.comparison?.volumeVerdict : undefined;
		const text = verdict ? VERDICT_TEXT[verdict] : 'None';
		return { ...blank, role: 'computed', text, plain: text, explanation: item.explanation };
	}
	if (!Number.isFinite(item.value)) {
		// Huge inputs (1e308 requests) overflow: say so rather than show "$∞" or "NaN".
		return {
			...blank,
			role: 'computed',
			text: TOO_LARGE,
			plain: TOO_LARGE,
			explanation: `${TOO_LARGE}: the result passes the largest number there is (about 1.8e308). Check this column’s inputs for a value far too large.`
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
