import { afterEach, describe, expect, it } from 'vitest';
import { estimateProject } from './estimate';
import { useLocale } from '../lib/core/i18n/locale';
import { fixtureFolder, runBin } from './testing/bin';
import { BUILTIN_CATALOG } from '../lib/core/pricing/builtin';
import type { CatalogEntry } from '../lib/core/pricing/types';
import { backupFile, backupJson } from '../lib/core/project/backup';
import { newProject } from '../lib/core/project/from-state';
import { sampleDataset } from '../lib/core/project/testing/fixtures';
import type { ProjectRecord } from '../lib/core/project/types';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../lib/core/scenario/example';

const NOW = '2026-11-25T10:00:00.000Z';

const fixture = fixtureFolder('tunesheet-estimate-');

const run = runBin;

function exampleProject(name = 'Support bot'): ProjectRecord {
	return {
		...newProject('project-example', name, NOW),
		scenarios: exampleScenarios(),
		baselineId: EXAMPLE_BASELINE_ID
	};
}

function projectFile(projects: ProjectRecord[], overrides: CatalogEntry[] = []): string {
	return backupJson(backupFile(projects, overrides, null, NOW));
}

const example = fixture('example.json', projectFile([exampleProject()]));

interface JsonEstimate {
	projects: {
		name: string;
		notes: { scenario: string; problems: string[]; warnings: string[] }[];
		sheet: {
			columns: string[];
			baseline: string | null;
			sections: {
				title: string;
				rows: { label: string; cells: { text: string; value: number | null }[] }[];
			}[];
		};
		projection: { months: number[]; series: { scenario: string; cumulative: number[] }[] };
	}[];
}

/** The numbers of one row of a project's sheet, in column order. */
function rowValues(project: JsonEstimate['projects'][number], label: string): (number | null)[] {
	const row = project.sheet.sections
		.flatMap((section) => section.rows)
		.find((candidate) => candidate.label === label);
	if (!row) throw new Error(`no row ${label}`);
	return row.cells.map((cell) => cell.value);
}

async function estimateJson(path: string): Promise<{ code: number; report: JsonEstimate }> {
	const { code, stdout } = await run('estimate', path, '--format', 'json');
	return { code, report: JSON.parse(stdout) as JsonEstimate };
}

/** RFC 4180 rows; the example's cells hold no quotes, so a split is enough, and the test checks that. */
function csvRows(text: string): string[][] {
	expect(text).not.toContain('"');
	expect(text.endsWith('\r\n')).toBe(true);
	return text
		.slice(0, -2)
		.split('\r\n')
		.map((line) => line.split(','));
}

describe('tunesheet estimate', () => {
	it('prints the sheet as JSON with numbers as numbers', async () => {
		const { code, report } = await estimateJson(example);
		expect(code).toBe(0);
		expect(report.projects).toHaveLength(1);
		const [project] = report.projects;
		expect(project!.name).toBe('Support bot');
		expect(project!.notes).toEqual([]);
		expect(project!.sheet.columns).toEqual(['Few-shot GPT-4.1', 'Fine-tuned GPT-4.1 mini']);
		expect(project!.sheet.baseline).toBe('Few-shot GPT-4.1');
		expect(rowValues(project!, 'Total cost')).toEqual([7560, 1230]);
		expect(rowValues(project!, 'Difference from baseline')).toEqual([null, -6330]);
		expect(rowValues(project!, 'Break-even month')).toEqual([null, 1]);
		const [, volume] = rowValues(project!, 'Break-even volume per month');
		expect(volume).toBeCloseTo(471.7, 1);
		expect(project!.projection.months).toHaveLength(12);
		expect(project!.projection.series.map((series) => series.cumulative.at(-1))).toEqual([
			7560, 1230
		]);
	});

	it('prints CSV with the sheet and the monthly projection', async () => {
		const { code, stdout } = await run('estimate', example, '--format', 'csv');
		expect(code).toBe(0);
		const rows = csvRows(stdout);
		expect(rows[0]).toEqual(['Line item', 'Few-shot GPT-4.1', 'Fine-tuned GPT-4.1 mini']);
		const row = (label: string) => rows.find((cells) => cells[0] === label)?.slice(1);
		expect(row('Total cost')).toEqual(['7560', '1230']);
		expect(row('Break-even month')).toEqual(['', '1']);
		expect(Number(row('Break-even volume per month')![1])).toBeCloseTo(471.7, 1);
		const month12 = rows.find((cells) => cells[0] === '12');
		expect(month12).toEqual(['12', '630', '7560', '100', '1230']);
	});

	it('prints Markdown and, by default, an aligned text table', async () => {
		const md = await run('estimate', example, '--format', 'md');
		expect(md.code).toBe(0);
		expect(md.stdout).toContain('| Total cost | $7,560.00 | $1,230.00 |');
		expect(md.stdout).toContain('| Line item | Few-shot GPT-4.1 (baseline) |');

		const table = await run('estimate', example);
		expect(table.code).toBe(0);
		const lines = table.stdout.split('\n');
		expect(lines[0]).toBe('Support bot');
		expect(lines).toContain('Results');
		const total = lines.find((line) => line.startsWith('  Total cost'));
		expect(total).toMatch(/^ {2}Total cost +\$7,560\.00 +\$1,230\.00$/);
		// Figures are right-aligned: every row of a column ends at the same place.
		const monthly = lines.find((line) => line.startsWith('  Monthly cost'));
		expect(monthly).toHaveLength(total!.length);
		expect(lines.find((line) => line.startsWith('  Break-even month'))).toMatch(/Month 1$/);
	});

	it("prices with the file's overrides", async () => {
		const gpt41 = structuredClone(
			BUILTIN_CATALOG.find((entry) => entry.id === 'openai/gpt-4.1-2025-04-14')
		);
		if (gpt41?.kind !== 'api-model' || !gpt41.inference) throw new Error('no GPT-4.1 entry');
		gpt41.inference.input.value = 1;
		// 2,150 input tokens at $1 + 250 output at $8 per 1M = $0.00415 a request, $415 a month, 12 months.
		const path = fixture('override.json', projectFile([exampleProject()], [gpt41]));
		const { code, report } = await estimateJson(path);
		expect(code).toBe(0);
		expect(rowValues(report.projects[0]!, 'Total cost')).toEqual([4980, 1230]);
	});

	it('estimates every project, reads the latest dataset and lists problems instead of results', async () => {
		const [fewShot, fineTuned] = exampleScenarios();
		const troubled: ProjectRecord = {
			...newProject('project-2', 'Troubled', NOW),
			scenarios: [
				{ ...fewShot!, values: { ...fewShot!.values, months: { text: '0', value: 0 } } },
				{
					...fineTuned!,
					values: { ...fineTuned!.values, userTokens: undefined, systemTokens: undefined },
					links: { userTokens: 'dataset.user', systemTokens: 'prompt.system' }
				}
			],
			baselineId: null,
			datasets: [
				sampleDataset('older'),
				{
					...sampleDataset('latest'),
					averagePerExample: { system: 10, user: 321.5, assistant: 99, messages: 3 }
				}
			]
		};
		const path = fixture('two.json', projectFile([exampleProject(), troubled]));

		const { code, report } = await estimateJson(path);
		expect(code).toBe(1);
		expect(report.projects.map((project) => project.name)).toEqual(['Support bot', 'Troubled']);
		const second = report.projects[1]!;
		expect(second.notes).toEqual([
			{ scenario: 'Few-shot GPT-4.1', problems: ['Months: Must be at least 1'], warnings: [] },
			{
				scenario: 'Fine-tuned GPT-4.1 mini',
				problems: [],
				warnings: [expect.stringContaining('has no figure yet')]
			}
		]);
		expect(rowValues(second, 'Total cost')).toEqual([null, expect.any(Number)]);
		expect(rowValues(second, 'User message tokens')[1]).toBe(321.5);

		const table = await run('estimate', path);
		expect(table.code).toBe(1);
		expect(table.stdout).toMatch(/^Support bot\n/);
		expect(table.stdout).toContain('\nTroubled\n========\n');
		expect(table.stdout).toContain(
			'Few-shot GPT-4.1 cannot be computed:\n  Months: Must be at least 1'
		);
	});

	it.each([
		['a missing file', () => fixture.missing('nope.json'), [], 'no such file'],
		[
			'a file that is not JSON',
			() => fixture('notes.json', '{"type": tunesheet'),
			[],
			'not valid JSON'
		],
		[
			'a price catalog',
			() =>
				fixture(
					'catalog.json',
					JSON.stringify({ type: 'tunesheet-catalog', version: 1, entries: [] })
				),
			[],
			'is a Tunesheet price catalog, not a project file'
		],
		[
			'a dataset',
			() =>
				fixture(
					'data.jsonl',
					'{"messages": [{"role": "user", "content": "Hi"}]}\n{"messages": []}\n'
				),
			[],
			'looks like a fine-tuning dataset'
		],
		[
			'another JSON file',
			() => fixture('package.json', '{"name": "tunesheet"}'),
			[],
			'is not a Tunesheet project file'
		],
		[
			'an invalid record',
			() => {
				const project = exampleProject();
				const broken = { ...project, scenarios: [{ ...project.scenarios[0]!, kind: 'magic' }] };
				return fixture('broken.json', projectFile([broken as unknown as ProjectRecord]));
			},
			[],
			'projects.0.scenarios.0.kind'
		],
		['an unknown format', () => example, ['--format', 'xlsx'], 'Unknown format: xlsx']
	])('exits 2 with one clear line for %s', async (_, path, options, reason) => {
		const { code, stdout, stderr } = await run('estimate', path(), ...options);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(reason);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).not.toMatch(/\s+at /);
	});
});

describe('estimateProject in French', () => {
	afterEach(() => useLocale('en'));

	it('names a refused input by its row in the chosen language', () => {
		const [fewShot] = exampleScenarios();
		const project: ProjectRecord = {
			...newProject('project-fr', 'Projet', NOW),
			scenarios: [{ ...fewShot!, values: { ...fewShot!.values, months: { text: '0', value: 0 } } }],
			baselineId: null
		};
		useLocale('fr');
		const [note] = estimateProject(project, BUILTIN_CATALOG).notes;
		expect(note?.problems[0]).toMatch(/^Mois: /);
		useLocale('en');
		expect(estimateProject(project, BUILTIN_CATALOG).notes[0]?.problems[0]).toMatch(/^Months: /);
	});
});
