import type { CostFormatter } from './format';
import type { LineItem, LineItemUnit } from './types';

/** The value of a line item as its explanation ends. */
export function formatValue(value: number, unit: LineItemUnit, fmt: CostFormatter): string {
	if (unit === 'usd') return fmt.money(value);
	if (unit === 'flop') return fmt.scientific(value);
	return fmt.count(value);
}

/** A line item whose explanation is a formula: `formula = value`. */
export function formulaItem(
	value: number,
	unit: LineItemUnit,
	formula: string,
	fmt: CostFormatter
): LineItem {
	return { value, unit, explanation: `${formula} = ${formatValue(value, unit, fmt)}` };
}

/** A line item explained in words: `text: value`. */
export function describedItem(
	value: number,
	unit: LineItemUnit,
	text: string,
	fmt: CostFormatter
): LineItem {
	return { value, unit, explanation: `${text}: ${formatValue(value, unit, fmt)}` };
}

/** Ones and many: "1 job", "3 jobs". */
export function plural(count: number, one: string, many: string, fmt: CostFormatter): string {
	return `${fmt.count(count)} ${count === 1 ? one : many}`;
}
