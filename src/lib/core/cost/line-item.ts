import { m } from '../i18n/locale';
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

/** A line item explained in words: `text: value` (French: `text : value`). */
export function describedItem(
	value: number,
	unit: LineItemUnit,
	text: string,
	fmt: CostFormatter
): LineItem {
	return {
		value,
		unit,
		explanation: m.cost_described({ text, value: formatValue(value, unit, fmt) })
	};
}

/** A message that words a count: `count` chooses the plural form, `shown` is the count as written. */
export type CountMessage = (inputs: { count: number; shown: string }) => string;

/** A count and what it counts, in the current language: "1 job", "3 jobs", "3 entraînements". */
export function counted(message: CountMessage, count: number, fmt: CostFormatter): string {
	return message({ count, shown: fmt.count(count) });
}
