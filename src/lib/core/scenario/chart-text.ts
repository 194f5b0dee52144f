import type { CostFormatter } from '../cost/format';
import { m } from '../i18n/locale';
import {
	COST_PARTS,
	costPartLabel,
	type costParts,
	type cumulativeSeries,
	type volumeCurves
} from './chart-data';

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
		const end = {
			scenario: line.scenario,
			cost: fmt.money(line.cumulative[months - 1] ?? 0),
			month: fmt.count(months)
		};
		return line.breakEvenMonth === null
			? m.sheet_chart_text_cumulative_line(end)
			: m.sheet_chart_text_cumulative_line_break_even({
					...end,
					breakEven: fmt.count(line.breakEvenMonth)
				});
	});
	return m.sheet_chart_text_cumulative({ lines: each.join(m.sheet_list_separator()) });
}

/** Each scenario's cost before any request, what each request in month 1 adds, and its break-even volume. */
export function describeVolume(curves: VolumeCurves, fmt: CostFormatter): string {
	const each = curves.map((curve) => {
		const line = {
			scenario: curve.scenario,
			fixed: fmt.money(curve.fixed),
			perRequest: fmt.money(curve.perVolume)
		};
		return curve.breakEvenVolume === null
			? m.sheet_chart_text_volume_line(line)
			: m.sheet_chart_text_volume_line_break_even({
					...line,
					volume: fmt.count(curve.breakEvenVolume)
				});
	});
	return m.sheet_chart_text_volume({ lines: each.join(m.sheet_list_separator()) });
}

/** Each scenario's total and the parts it is made of (those above zero). */
export function describeParts(parts: CostParts, fmt: CostFormatter): string {
	const each = parts.map(({ scenario, parts: amounts, total }) => {
		const shown = COST_PARTS.filter((part) => amounts[part] > 0).map((part) =>
			m.sheet_chart_text_part({ part: costPartLabel(part), amount: fmt.money(amounts[part]) })
		);
		return shown.length > 0
			? m.sheet_chart_text_parts_line({
					scenario,
					total: fmt.money(total),
					parts: shown.join(', ')
				})
			: m.sheet_chart_text_parts_total({ scenario, total: fmt.money(total) });
	});
	return m.sheet_chart_text_parts({ lines: each.join(m.sheet_list_separator()) });
}
