import { NO_LINK_FIGURES } from '../scenario/types';
import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../scenario/example';
import { computeSheet } from '../scenario/sheet';
import { markdownCell, sheetMarkdown } from './markdown';
import { sheetTable, type SheetTable } from './sheet-table';

function exampleTable(): SheetTable {
	const columns = computeSheet(
		exampleScenarios(),
		EXAMPLE_BASELINE_ID,
		BUILTIN_CATALOG,
		NO_LINK_FIGURES,
		usdFormatter
	);
	return sheetTable(columns, EXAMPLE_BASELINE_ID, BUILTIN_CATALOG, usdFormatter);
}

describe('sheetMarkdown', () => {
	const markdown = sheetMarkdown(exampleTable());
	const lines = markdown.split('\n');

	it('heads the table with the scenario names, the baseline marked', () => {
		expect(lines[0]).toBe('| Line item | Few-shot GPT-4.1 (baseline) | Fine-tuned GPT-4.1 mini |');
		expect(lines[1]).toBe('| --- | ---: | ---: |');
		expect(lines[2]).toBe('| **Model and prices** |  |  |');
	});

	it('marks only the baseline when another scenario has the same name', () => {
		const scenarios = exampleScenarios().map((scenario) => ({ ...scenario, name: 'Same' }));
		const columns = computeSheet(
			scenarios,
			EXAMPLE_BASELINE_ID,
			BUILTIN_CATALOG,
			NO_LINK_FIGURES,
			usdFormatter
		);
		const table = sheetTable(columns, EXAMPLE_BASELINE_ID, BUILTIN_CATALOG, usdFormatter);
		expect(sheetMarkdown(table).split('\n')[0]).toBe('| Line item | Same (baseline) | Same |');
	});

	it('shows the figures as the sheet does', () => {
		expect(lines).toContain('| Model | GPT-4.1 | GPT-4.1 mini |');
		expect(lines).toContain('| Total cost | $7,560.00 | $1,230.00 |');
		expect(lines).toContain('| Difference from baseline |  | -$6,330.00 |');
		expect(lines).toContain('| Batch discount | 50% | 50% |');
		expect(lines).toContain('| **Results** |  |  |');
	});

	it('ends with one newline and has as many cells on every line', () => {
		expect(markdown.endsWith('|\n')).toBe(true);
		expect(lines.at(-1)).toBe('');
		const counts = new Set(lines.slice(0, -1).map((line) => line.split(' | ').length));
		expect([...counts]).toEqual([3]);
	});

	it('escapes pipes and backslashes and keeps every cell on one line', () => {
		const table: SheetTable = {
			columns: ['A|B', 'C\\D'],
			baseline: null,
			baselineColumn: null,
			sections: [
				{
					title: 'Model and prices',
					rows: [
						{
							label: 'Model',
							kind: 'choice',
							cells: [
								{ text: 'two\nlines', value: null, explanation: '' },
								{ text: 'x\r\ny\rz \\| w', value: null, explanation: '' }
							]
						}
					]
				}
			]
		};
		expect(sheetMarkdown(table)).toBe(
			[
				'| Line item | A\\|B | C\\\\D |',
				'| --- | ---: | ---: |',
				'| **Model and prices** |  |  |',
				'| Model | two lines | x y z \\\\\\| w |',
				''
			].join('\n')
		);
		expect(markdownCell('a|b')).toBe('a\\|b');
	});
});
