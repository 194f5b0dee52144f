import { inflateRawSync } from 'node:zlib';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { sampleDataset } from '../project/testing/fixtures';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../scenario/example';
import { computeSheet } from '../scenario/sheet';
import { NO_LINK_FIGURES, type Scenario } from '../scenario/types';
import { assumptionRows } from './assumptions';
import { projectionTable, sheetTable } from './sheet-table';
import { sheetXlsx, workbookSheetNames, type WorkbookInput } from './xlsx';

/** The files of a zip archive by name (stored or deflated entries, read through the central directory). */
function unzip(bytes: Uint8Array): Map<string, string> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = bytes.length - 22;
	while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip archive');
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const files = new Map<string, string>();
	const decoder = new TextDecoder();
	for (let i = 0; i < entries; i++) {
		const method = view.getUint16(at + 10, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const local = view.getUint32(at + 42, true);
		const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = bytes.subarray(start, start + size);
		files.set(name, decoder.decode(method === 8 ? inflateRawSync(data) : data));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

const ATTACK_NAME = '=1+1';
/** Text that a spreadsheet would run or misread if it were written as a formula or typed in. */
const ATTACKS = ['+1', '-1', '@SUM(1)', '＝1', 'a,=1+1', '"x"', '\tx'];

function workbookInput(scenarios: Scenario[], datasets = [sampleDataset()]): WorkbookInput {
	const columns = computeSheet(
		scenarios,
		EXAMPLE_BASELINE_ID,
		BUILTIN_CATALOG,
		NO_LINK_FIGURES,
		usdFormatter
	);
	return {
		table: sheetTable(columns, EXAMPLE_BASELINE_ID, BUILTIN_CATALOG, usdFormatter),
		projection: projectionTable(columns),
		datasets,
		assumptions: assumptionRows(columns),
		title: 'Support bot',
		exportedAt: '2026-11-25T10:00:00.000Z'
	};
}

/** The example with the baseline renamed to a formula and a typed value whose text is one. */
function attackScenarios(): Scenario[] {
	const [fewShot, fineTuned] = exampleScenarios();
	return [
		{
			...fewShot!,
			name: ATTACK_NAME,
			values: { ...fewShot!.values, contextTokens: { text: '=10*10', value: 100 } }
		},
		fineTuned!
	];
}

describe('sheetXlsx', () => {
	it('adds the decision guide as a sheet of its own when the project uses it', async () => {
		const guide = {
			recommendation: {
				approach: 'fine-tune' as const,
				headline: 'Fine-tune GPT-4.1 mini.',
				reasons: [
					{
						text: 'Pays back in month 1.',
						basis: { kind: 'sheet' as const, figure: 'breakEvenMonth' as const },
						leaning: 'for' as const
					}
				],
				wouldChange: []
			},
			checklist: { regressions: true }
		};
		const bytes = await sheetXlsx({ ...workbookInput(exampleScenarios()), guide });
		const sheets = await readXlsxFile(Buffer.from(bytes));
		expect(sheets.map((sheet) => sheet.sheet)).toEqual([...workbookSheetNames(), 'Decision guide']);
		const rows = sheets.at(-1)!.data;
		expect(rows.slice(0, 3)).toEqual([
			['Section', 'Item', 'Detail'],
			['Recommendation', 'Fine-tune', 'Fine-tune GPT-4.1 mini.'],
			['Reason', 'For fine-tuning', 'Pays back in month 1.']
		]);
		expect(rows).toContainEqual(['Before deploying', 'Checked for regressions', 'Done']);
		expect(rows).toContainEqual(['Before deploying', 'Tested by users', 'Not yet']);
	});

	it('writes the four sheets, with the totals as numbers', async () => {
		const bytes = await sheetXlsx(workbookInput(exampleScenarios()));
		expect(bytes).toBeInstanceOf(Uint8Array);
		const sheets = await readXlsxFile(Buffer.from(bytes));
		expect(sheets.map((sheet) => sheet.sheet)).toEqual(workbookSheetNames());
		expect(workbookSheetNames()).toEqual([
			'Summary',
			'Monthly projection',
			'Dataset statistics',
			'Assumptions'
		]);

		const summary = sheets[0]!.data;
		expect(summary[0]?.[0]).toBe('Support bot');
		expect(summary[1]).toEqual(['Exported', '2026-11-25T10:00:00.000Z', null]);
		expect(summary.find((row) => row[0] === 'Line item')).toEqual([
			'Line item',
			'Few-shot GPT-4.1',
			'Fine-tuned GPT-4.1 mini'
		]);
		expect(summary.find((row) => row[0] === 'Total cost')).toEqual(['Total cost', 7560, 1230]);
		expect(summary.find((row) => row[0] === 'Difference from baseline')).toEqual([
			'Difference from baseline',
			null,
			-6330
		]);
		expect(summary.find((row) => row[0] === 'Model')).toEqual(['Model', 'GPT-4.1', 'GPT-4.1 mini']);

		const projection = sheets[1]!.data;
		expect(projection[0]).toEqual([
			'Month',
			'Few-shot GPT-4.1: month cost',
			'Few-shot GPT-4.1: cumulative',
			'Few-shot GPT-4.1: requests',
			'Fine-tuned GPT-4.1 mini: month cost',
			'Fine-tuned GPT-4.1 mini: cumulative',
			'Fine-tuned GPT-4.1 mini: requests'
		]);
		expect(projection).toHaveLength(13);
		expect(projection[12]).toEqual([12, 630, 7560, 100000, 100, 1230, 100000]);

		const datasets = sheets[2]!.data;
		expect(datasets[0]?.[0]).toBe('File');
		expect(datasets[1]).toEqual([
			'support-chats.jsonl',
			'OpenAI chat JSONL',
			'o200k_base',
			500,
			250000,
			250000,
			3,
			750000,
			2,
			1
		]);

		const assumptions = sheets[3]!.data;
		expect(assumptions[0]).toEqual(['Scenario', 'Input', 'Value', 'Source']);
		expect(
			assumptions.find((row) => row[0] === 'Few-shot GPT-4.1' && row[1] === 'Requests per month')
		).toEqual(['Few-shot GPT-4.1', 'Requests per month', 100000, 'Typed: 100000']);
	});

	it('says so when there is no dataset', async () => {
		const sheets = await readXlsxFile(
			Buffer.from(await sheetXlsx(workbookInput(exampleScenarios(), [])))
		);
		expect(sheets[2]?.data).toEqual([['No dataset analysed in this project.']]);
	});

	it('writes formula-like text as plain string cells, never formulas', async () => {
		const input = workbookInput(attackScenarios());
		// Attack strings in every kind of text cell: a line label, a choice text, a dataset file name.
		const [firstSection] = input.table.sections;
		firstSection!.rows.push(
			...ATTACKS.map((text, index) => ({
				label: index === 0 ? '-label' : `Attack ${index}`,
				kind: 'choice' as const,
				cells: [
					{ text, value: null, explanation: '' },
					{ text: '', value: null, explanation: '' }
				]
			}))
		);
		input.datasets = [{ ...sampleDataset(), fileName: '@evil.jsonl' }];
		const bytes = await sheetXlsx(input);

		// Untrimmed, so a leading tab reads back as written.
		const sheets = await readXlsxFile(Buffer.from(bytes), { trim: false });
		const summary = sheets[0]!.data;
		expect(summary.find((row) => row[0] === 'Line item')?.[1]).toBe(ATTACK_NAME);
		const texts = summary.flat().filter((value) => typeof value === 'string');
		for (const attack of ATTACKS) expect(texts).toContain(attack);
		expect(texts).toContain('-label');
		expect(sheets[1]!.data[0]?.[1]).toBe('=1+1: month cost');
		expect(sheets[2]!.data[1]?.[0]).toBe('@evil.jsonl');
		expect(
			sheets[3]!.data.find((row) => row[0] === ATTACK_NAME && row[1] === 'Retrieved context tokens')
		).toEqual([ATTACK_NAME, 'Retrieved context tokens', 100, 'Typed: =10*10']);

		const files = unzip(bytes);
		const worksheets = [...files.keys()].filter((name) => name.startsWith('xl/worksheets/sheet'));
		expect(worksheets).toHaveLength(4);
		for (const name of worksheets) expect(files.get(name)).not.toMatch(/<f[\s>]/);
		// The name is a shared string: the cell holding it is typed t="s".
		const strings = [
			...files.get('xl/sharedStrings.xml')!.matchAll(/<si><t[^>]*>(.*?)<\/t><\/si>/gs)
		];
		const index = strings.findIndex((match) => match[1] === ATTACK_NAME);
		expect(index).toBeGreaterThanOrEqual(0);
		expect(files.get('xl/worksheets/sheet1.xml')).toMatch(
			new RegExp(`<c r="B4"[^>]* t="s"[^>]*><v>${index}</v></c>`)
		);
	});
});
