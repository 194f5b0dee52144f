import { expect, test, type Page } from '@playwright/test';
import { backupFile, backupJson } from '../src/lib/core/project/backup';
import { NOW, sampleProject } from '../src/lib/core/project/testing/fixtures';
import type { ProjectRecord } from '../src/lib/core/project/types';
import { BUILTIN_CATALOG } from '../src/lib/core/pricing/builtin';
import type { CatalogEntry } from '../src/lib/core/pricing/types';
import {
	expectNoScriptRan,
	expectNotPolluted,
	expectSavedProjectIntact,
	nestedLists,
	projectList,
	SAVED_PROJECT,
	setUpSavedProject,
	withPollutingKeys,
	XSS
} from './hostile-helpers';
import { grid, sheetCell } from './sheet-helpers';

const FEW_SHOT = 'Few-shot GPT-4.1';
const FINE_TUNED = 'Fine-tuned GPT-4.1 mini';

/** A one-project backup's text, the project changed by `change` first. */
function backupOf(
	change: (project: ProjectRecord) => void = () => {},
	overrides: CatalogEntry[] = []
): string {
	const project = structuredClone(sampleProject('restored', 'Restored'));
	change(project);
	return backupJson(backupFile([project], overrides, null, NOW));
}

/** The GPT-4.1 entry with its input price replaced by `input` (as JSON text, so 1e309 can be written). */
function overrideText(input: string): string {
	const entry = BUILTIN_CATALOG.find((candidate) => candidate.id === 'openai/gpt-4.1-2025-04-14');
	if (entry?.kind !== 'api-model' || !entry.inference) throw new Error('no GPT-4.1 in the catalog');
	const marked = {
		...entry,
		inference: { ...entry.inference, input: { ...entry.inference.input, value: 424242 } }
	};
	return backupJson(backupFile([], [marked], null, NOW)).replace('424242', input);
}

async function restore(page: Page, name: string, text: string) {
	await page.getByLabel('Restore from a backup file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

test('broken backups are refused with the reason, and nothing saved changes', async ({ page }) => {
	await setUpSavedProject(page);
	await page.goto('/projects');
	const refused = 'The backup has records Tunesheet cannot read, so nothing was restored:';
	const cases: [string, string, string][] = [
		[
			'open-lists.json',
			`{"type": "tunesheet-backup", "version": 1, "projects": ${nestedLists(100_000, false)}`,
			'This file is not valid JSON: Unexpected end of JSON input.'
		],
		[
			'nested-project.json',
			backupOf().replace('"projects": [', `"projects": [${nestedLists(100_000)}, `),
			`${refused} projects.0: Invalid input: expected object, received array.`
		],
		[
			'nested-settings.json',
			backupOf().replace('"settings": null', `"settings": ${nestedLists(100_000)}`),
			`${refused} settings: Invalid input: expected object, received array.`
		],
		[
			'ten-thousand-scenarios.json',
			backupOf((project) => {
				const [first] = project.scenarios;
				project.scenarios = Array.from({ length: 10_000 }, (_, i) => ({ ...first!, id: `s${i}` }));
				project.baselineId = 's0';
			}),
			`${refused} projects.0.scenarios: Too big: expected array to have <=100 items.`
		],
		[
			'infinite.json',
			backupOf((project) => {
				project.scenarios[0]!.values.requestsPerMonth = { text: '1e309', value: 424242 };
			}).replace('424242', '1e309'),
			`${refused} projects.0.scenarios.0.values.requestsPerMonth.value: Invalid input: expected number, received Infinity.`
		],
		[
			'not-numbers.json',
			// JSON has no NaN or Infinity: written as text, or as the null JSON.stringify makes of them.
			backupOf((project) => {
				const values = project.scenarios[0]!.values;
				values.inputPrice = { text: 'NaN', value: 111111 };
				values.requestsPerMonth = { text: 'Infinity', value: 222222 };
				values.months = { text: 'NaN', value: 333333 };
			})
				.replace('111111', '"NaN"')
				.replace('222222', '"Infinity"')
				.replace('333333', 'null'),
			`${refused} projects.0.scenarios.0.values.inputPrice.value: Invalid input: expected number, received string; projects.0.scenarios.0.values.requestsPerMonth.value: Invalid input: expected number, received string; projects.0.scenarios.0.values.months.value: Invalid input: expected number, received null.`
		],
		[
			'infinite-price.json',
			overrideText('1e309'),
			`${refused} catalogOverrides.0.inference.input.value: Invalid input: expected number, received Infinity.`
		],
		[
			'negative-price.json',
			overrideText('-2'),
			`${refused} catalogOverrides.0.inference.input.value: must not be negative.`
		]
	];
	for (const [name, text, reason] of cases) {
		await restore(page, name, text);
		await expect(page.getByRole('alert')).toHaveText(`${name}: ${reason} Nothing was changed.`);
		await expect(page.getByRole('region', { name: 'Restore plan' })).toHaveCount(0);
		await expect(projectList(page).getByRole('rowheader')).toHaveText([`${SAVED_PROJECT} (open)`]);
	}
	await expectSavedProjectIntact(page);
});

test('a backup with hostile keys and names restores as plain data, shown as text', async ({
	page
}) => {
	await setUpSavedProject(page);
	await page.goto('/projects');
	const project = structuredClone(sampleProject('hostile', XSS));
	project.scenarios[0]!.name = XSS;
	project.scenarios[1]!.name = XSS;
	// Two fields following one source with no figure yet: one warning.
	project.scenarios[0]!.links = { systemTokens: 'dataset.user', userTokens: 'dataset.user' };
	project.datasets = [];
	const file = JSON.parse(backupJson(backupFile([project], [], null, NOW))) as {
		projects: object[];
	};
	const [record] = file.projects as { scenarios: { values: object }[] }[];
	// Every level gets the keys that would reach Object.prototype if the data were merged into an object.
	const text = withPollutingKeys({
		...file,
		projects: [
			JSON.parse(
				withPollutingKeys({
					...record,
					scenarios: record!.scenarios.map((scenario) =>
						JSON.parse(
							withPollutingKeys({
								...scenario,
								values: JSON.parse(withPollutingKeys(scenario.values))
							})
						)
					)
				})
			)
		]
	});
	expect(text.match(/"__proto__"/g)?.length).toBe(6);
	await restore(page, 'hostile.json', text);
	await expect(page.getByRole('region', { name: 'Restore plan' })).toContainText(
		'hostile.json: 1 project to add.'
	);
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Restored from hostile.json' })
	).toBeVisible();
	await expect(projectList(page).getByRole('rowheader', { name: XSS, exact: true })).toBeVisible();
	await page.getByRole('button', { name: `Open ${XSS}`, exact: true }).click();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await expect(grid(page).getByRole('columnheader')).toHaveText([`${XSS}baseline`, XSS]);
	await grid(page).getByRole('gridcell').first().click();
	await expect(page.getByRole('region', { name: 'Formula bar' })).toBeVisible();
	await expect(
		page.getByText('Dataset: average user tokens per example has no figure yet.')
	).toHaveCount(1);
	await expectNoScriptRan(page);
	await expectNotPolluted(page);
	await expectSavedProjectIntact(page);
});

test('huge and negative values restore, and the sheet says what is wrong', async ({ page }) => {
	await setUpSavedProject(page);
	await page.goto('/projects');
	const text = backupOf((project) => {
		project.name = 'Huge';
		project.scenarios[0]!.values.requestsPerMonth = { text: '1e308', value: 1e308 };
		project.scenarios[1]!.values.inputPrice = { text: '-2', value: -2 };
	});
	await restore(page, 'huge.json', text);
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await page.getByRole('button', { name: 'Open Huge', exact: true }).click();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	const total = await sheetCell(page, 'Total cost', FEW_SHOT);
	await expect(total).toHaveText('Too large');
	await total.click();
	await expect(page.getByRole('region', { name: 'Formula bar' })).toContainText(
		'Too large: the result passes the largest number there is (about 1.8e308). Check this column’s inputs for a value far too large.'
	);
	await (await sheetCell(page, 'Input price per 1M', FINE_TUNED)).click();
	await expect(
		page.getByRole('alert').getByRole('list', { name: `Problems in ${FINE_TUNED}` })
	).toHaveText('Input price per 1M: Must not be negative');
	await expect(await sheetCell(page, 'Total cost', FINE_TUNED)).toHaveText('');
	await expectSavedProjectIntact(page);
});
