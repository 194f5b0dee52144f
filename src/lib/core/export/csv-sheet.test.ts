import { NO_LINK_FIGURES } from '../scenario/types';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../scenario/example';
import { computeSheet } from '../scenario/sheet';
import { neutraliseFormula } from './csv';
import { cellContent, sheetCsv } from './csv-sheet';
import { projectionTable, sheetTable, type ProjectionTable, type SheetTable } from './sheet-table';

/** RFC 4180 records (CRLF between records; quoted fields may hold commas, quotes, CR and LF). */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"' && field === '') {
			quoted = true;
		} else if (char === ',') {
			record.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}
	if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
	return records;
}

const ATTACKS = ['=1+1', '+1', '-1', '@SUM(1)', '\tx', '\rx', '\nx', '\0x', '＝1', 'a,=1+1', '"x"'];

function cell(text: string, value: number | null = null) {
	return { text, value, explanation: '' };
}

/** A sheet whose scenario names and choice texts are formula and CSV attacks, beside real figures. */
function attackTable(): { table: SheetTable; projection: ProjectionTable } {
	const [first = '', second = ''] = ATTACKS;
	const table: SheetTable = {
		columns: [first, second],
		baseline: first,
		baselineColumn: 0,
		sections: [
			{
				title: 'Model and prices',
				rows: [
					{ label: 'Model', kind: 'choice', cells: [cell(ATTACKS[2]!), cell(ATTACKS[3]!)] },
					...ATTACKS.slice(4).map((text, index) => ({
						label: `Attack ${index + 1}`,
						kind: 'choice' as const,
						cells: [cell(text), cell('')]
					})),
					{
						label: 'Input price per 1M',
						kind: 'input',
						cells: [cell('$2.00', 2), cell('$0.80', 0.8)]
					}
				]
			},
			{
				title: 'Results',
				rows: [
					{
						label: 'Difference from baseline',
						kind: 'computed',
						cells: [cell(''), cell('-$6,330.00', -6330)]
					},
					{ label: '-Break-even', kind: 'computed', cells: [cell('None'), cell('Month 1', 1)] }
				]
			}
		]
	};
	const projection: ProjectionTable = {
		months: [1, 2],
		series: [
			{ scenario: first, monthly: [630, 630], cumulative: [630, 1260], requests: [10, 10] },
			{ scenario: second, monthly: [-5, 100], cumulative: [-5, 95], requests: [10, 10] }
		]
	};
	return { table, projection };
}

/** What each CSV cell should read back as: numbers as numbers, text neutralised. */
function expectedGrid(table: SheetTable, projection: ProjectionTable): (string | number)[][] {
	const text = (value: string | number | null) =>
		value === null ? '' : typeof value === 'number' ? value : neutraliseFormula(value);
	const rows: (string | number)[][] = [['Line item', ...table.columns.map(text)]];
	for (const section of table.sections) {
		rows.push([section.title, ...table.columns.map(() => '')]);
		for (const row of section.rows) {
			rows.push([text(row.label), ...row.cells.map((c) => text(cellContent(c)))]);
		}
	}
	rows.push(['']);
	rows.push([
		'Month',
		...projection.series.flatMap((s) => [
			text(`${s.scenario}: month cost`),
			text(`${s.scenario}: cumulative`)
		])
	]);
	projection.months.forEach((month, i) => {
		rows.push([month, ...projection.series.flatMap((s) => [s.monthly[i]!, s.cumulative[i]!])]);
	});
	return rows;
}

const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

describe('sheetCsv', () => {
	it('ends with the decision guide, after an empty row, when the project uses it', () => {
		const { table, projection } = attackTable();
		const guide = {
			recommendation: {
				approach: 'few-shot' as const,
				headline: '=cheaper to prompt',
				reasons: [],
				wouldChange: []
			},
			checklist: {}
		};
		const without = sheetCsv(table, projection);
		const withGuide = sheetCsv(table, projection, guide);
		expect(withGuide.startsWith(without)).toBe(true);
		expect(withGuide.slice(without.length).split('\r\n').slice(0, 4)).toEqual([
			'',
			'Decision guide',
			'Section,Item,Detail',
			"Recommendation,Few-shot examples,'=cheaper to prompt"
		]);
	});

	it('writes formula attacks as the golden file: text neutralised, numbers left as numbers', () => {
		const { table, projection } = attackTable();
		const csv = sheetCsv(table, projection);
		const golden = readFileSync(new URL('./fixtures/attack-sheet.csv', import.meta.url), 'utf8');
		expect(csv).toBe(golden);

		const parsed = parseCsv(csv);
		const expected = expectedGrid(table, projection);
		expect(parsed).toHaveLength(expected.length);
		parsed.forEach((record, r) => {
			expect(record).toHaveLength(expected[r]!.length);
			record.forEach((field, c) => {
				const want = expected[r]![c];
				if (typeof want === 'number') {
					expect(field, `row ${r + 1}, column ${c + 1}`).toMatch(NUMBER);
					expect(Number(field)).toBe(want);
				} else {
					expect(field, `row ${r + 1}, column ${c + 1}`).toBe(want);
				}
			});
		});
	});

	it('lets no text cell start like a formula, and keeps every attack readable after its apostrophe', () => {
		const { table, projection } = attackTable();
		const fields = parseCsv(sheetCsv(table, projection)).flat();
		for (const field of fields) {
			if (NUMBER.test(field)) continue;
			expect(field).not.toMatch(/^[=+\-@\t\r\n\0＝＋－＠]/);
		}
		for (const attack of ATTACKS) expect(fields).toContain(neutraliseFormula(attack));
		expect(fields).toContain("'=1+1");
		expect(fields).toContain("'-1");
		expect(fields).toContain('-6330');
		expect(fields).toContain('-5');
	});

	it('keeps a shown-blank cell empty even with a number behind it', () => {
		expect(cellContent(cell('', 0))).toBeNull();
		expect(cellContent(cell('80%', 0.8))).toBe(0.8);
		expect(cellContent(cell('GPT-4.1'))).toBe('GPT-4.1');
	});
});

describe('sheetCsv of the example project', () => {
	const columns = computeSheet(
		exampleScenarios(),
		EXAMPLE_BASELINE_ID,
		BUILTIN_CATALOG,
		NO_LINK_FIGURES,
		usdFormatter
	);
	const csv = sheetCsv(
		sheetTable(columns, EXAMPLE_BASELINE_ID, BUILTIN_CATALOG, usdFormatter),
		projectionTable(columns)
	);
	const records = parseCsv(csv);
	const row = (label: string) => records.find((record) => record[0] === label);

	it('has the scenario names as its header and the totals as plain numbers', () => {
		expect(records[0]).toEqual(['Line item', 'Few-shot GPT-4.1', 'Fine-tuned GPT-4.1 mini']);
		expect(row('Total cost')).toEqual(['Total cost', '7560', '1230']);
		expect(row('Difference from baseline')).toEqual(['Difference from baseline', '', '-6330']);
		expect(row('Model')).toEqual(['Model', 'GPT-4.1', 'GPT-4.1 mini']);
		expect(row('Batch discount')).toEqual(['Batch discount', '0.5', '0.5']);
		expect(row('Volume')).toEqual(['Volume', '', '']);
	});

	it('leaves cells the sheet shows blank empty', () => {
		expect(row('Training price per hour')).toEqual(['Training price per hour', '', '']);
		expect(row('Cache write price per 1M')).toEqual(['Cache write price per 1M', '', '']);
	});

	it('ends with the monthly projection after one empty row', () => {
		const start = records.findIndex((record) => record[0] === 'Month');
		expect(records[start - 1]).toEqual(['']);
		expect(records[start]).toEqual([
			'Month',
			'Few-shot GPT-4.1: month cost',
			'Few-shot GPT-4.1: cumulative',
			'Fine-tuned GPT-4.1 mini: month cost',
			'Fine-tuned GPT-4.1 mini: cumulative'
		]);
		expect(records[start + 1]).toEqual(['1', '630', '630', '130', '130']);
		expect(records.at(-1)).toEqual(['12', '630', '7560', '100', '1230']);
		expect(records.length - start - 1).toBe(12);
	});
});
