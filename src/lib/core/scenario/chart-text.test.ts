import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { costParts, cumulativeSeries, volumeCurves } from './chart-data';
import { describeCumulative, describeParts, describeVolume } from './chart-text';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from './example';
import { computeSheet } from './sheet';
import { NO_LINK_FIGURES } from './types';

const columns = computeSheet(
	exampleScenarios(),
	EXAMPLE_BASELINE_ID,
	BUILTIN_CATALOG,
	NO_LINK_FIGURES,
	usdFormatter
);

describe('text alternatives of the example project’s charts', () => {
	it('give each scenario’s cost at the end of the horizon and its break-even month', () => {
		expect(describeCumulative(cumulativeSeries(columns), usdFormatter)).toBe(
			'Cumulative cost by month. Few-shot GPT-4.1: $7,560.00 by month 12; ' +
				'Fine-tuned GPT-4.1 mini: $1,230.00 by month 12, breaking even with the baseline in month 1.'
		);
	});

	it('give the cost before any request, the cost of each request and the break-even volume', () => {
		expect(describeVolume(volumeCurves(columns, []), usdFormatter)).toBe(
			'Total cost over the horizon against requests in month 1, both on log scales. ' +
				'Few-shot GPT-4.1: $0.00 plus $0.076 for each request in month 1; ' +
				'Fine-tuned GPT-4.1 mini: $30.00 plus $0.012 for each request in month 1, ' +
				'breaking even with the baseline at 471.7 requests a month.'
		);
	});

	it('give each total and its parts above zero', () => {
		// 1.2M requests over the year. Few-shot: 2,150 input tokens at $2 and 250 output at $8 per 1M;
		// fine-tuned: 250 input at $0.80 and 250 output at $3.20 per 1M, plus $30 of training.
		expect(describeParts(costParts(columns), usdFormatter)).toBe(
			'What each total is made of over the horizon. ' +
				'Few-shot GPT-4.1: $7,560.00 (Input $5,160.00, Output $2,400.00); ' +
				'Fine-tuned GPT-4.1 mini: $1,230.00 (Training $30.00, Input $240.00, Output $960.00).'
		);
	});
});
