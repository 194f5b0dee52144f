import type { CostFormatter } from '../cost/format';
import { COST_PARTS, type costParts, type cumulativeSeries, type volumeCurves } from './chart-data';

/*
 * The text alternatives of the sheet's charts: what a person who cannot see a chart needs from it in a sentence
 * (the figures at its ends and where lines cross), with the full figures in the table behind each chart.
 */

type CumulativeSeries = ReturnType<typeof cumulativeSeries>;
type VolumeCurves = ReturnType<typeof volumeCurves>;
type CostParts = ReturnType<typeof costParts>;

/** Each scenario's cost at the end of the horizon and the month it breaks even with the baseline. */
export function describeCumulative(series: CumulativeSeries, fmt: CostFormatter): string {
	const each = series.map((line) => {
		const months = line.cumulative.length;
		const end = `${line.scenario}: ${fmt.money(line.cumulative[months - 1] ?? 0)} by month ${months}`;
		return line.breakEvenMonth === null
			? end
			: `${end}, breaking even with the baseline in month ${line.breakEvenMonth}`;
	});
	return `Cumulative cost by month. ${each.join('; ')}.`;
}

/** Each scenario's cost before any request, what each request in month 1 adds, and its break-even volume. */
export function describeVolume(curves: VolumeCurves, fmt: CostFormatter): string {
	const each = curves.map((curve) => {
		const line = `${curve.scenario}: ${fmt.money(curve.fixed)} plus ${fmt.money(curve.perVolume)} for each request in month 1`;
		return curve.breakEvenVolume === null
			? line
			: `${line}, breaking even with the baseline at ${fmt.count(curve.breakEvenVolume)} requests a month`;
	});
	return `Total cost over the horizon against requests in month 1, both on log scales. ${each.join('; ')}.`;
}

/** Each scenario's total and the parts it is made of (those above zero). */
export function describeParts(parts: CostParts, fmt: CostFormatter): string {
	const each = parts.map(({ scenario, parts: amounts, total }) => {
		const shown = COST_PARTS.filter((part) => amounts[part] > 0).map(
			(part) => `${part} ${fmt.money(amounts[part])}`
		);
		return `${scenario}: ${fmt.money(total)}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`;
	});
	return `What each total is made of over the horizon. ${each.join('; ')}.`;
}
