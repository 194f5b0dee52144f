import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { cellView } from './cell-view';
import { setValue } from './edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from './example';
import { SHEET_SECTIONS } from './rows';
import { computeSheet } from './sheet';
import { NO_LINK_FIGURES } from './types';

const rows = SHEET_SECTIONS.flatMap((section) => section.rows);
const row = (id: string) => {
	const found = rows.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no row ${id}`);
	return found;
};

describe('cellView', () => {
	it('shows a result that overflows as too large, never as $∞ or NaN', () => {
		const scenarios = setValue(exampleScenarios(), EXAMPLE_BASELINE_ID, 'requestsPerMonth', {
			text: '1e308',
			value: 1e308
		});
		const columns = computeSheet(
			scenarios,
			EXAMPLE_BASELINE_ID,
			BUILTIN_CATALOG,
			NO_LINK_FIGURES,
			usdFormatter
		);
		const [hugeColumn, fineColumn] = columns;
		expect(hugeColumn?.problems).toEqual([]);
		const total = cellView(row('totalCost'), hugeColumn!, BUILTIN_CATALOG, usdFormatter);
		expect(total).toMatchObject({ role: 'computed', text: 'Too large', plain: 'Too large' });
		expect(total.explanation).toContain('passes the largest number there is');
		// A figure that still fits is shown as it is.
		const monthly = cellView(row('monthlyCost'), hugeColumn!, BUILTIN_CATALOG, usdFormatter);
		expect(monthly.text).toMatch(/^\$630,000,000,/);
		const fineTotal = cellView(row('totalCost'), fineColumn!, BUILTIN_CATALOG, usdFormatter);
		expect(fineTotal.text).toBe('$1,230.00');
	});
});
