import { expect, test, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { backupFile, backupJson } from '../src/lib/core/project/backup';
import { NOW, sampleProject } from '../src/lib/core/project/testing/fixtures';
import type { ProjectRecord } from '../src/lib/core/project/types';
import {
	expectNoScriptRan,
	expectNotPolluted,
	expectSavedProjectIntact,
	nestedLists,
	projectList,
	setUpSavedProject,
	withPollutingKeys,
	XSS
} from './hostile-helpers';
import { grid } from './sheet-helpers';

/** The share link of any text: deflate-raw, base64url, `v1.`, as the app writes it. */
function shareLink(text: string): string {
	return `/share#v1.${deflateRawSync(Buffer.from(text)).toString('base64url')}`;
}

function projectText(change: (project: ProjectRecord) => void = () => {}): string {
	const project = structuredClone(sampleProject('shared', 'Shared'));
	change(project);
	return backupJson(backupFile([project], [], null, NOW));
}

function refusal(page: Page) {
	return page.getByRole('alert');
}

function preview(page: Page) {
	return page.getByRole('table', { name: 'Shared scenarios' });
}

test('hostile share links are refused with the reason, and nothing saved changes', async ({
	page
}) => {
	await setUpSavedProject(page);
	const unreadable =
		'This link could not be opened: This share link holds a project Tunesheet cannot read:';
	const cases: [string, string][] = [
		[
			`{"type": "tunesheet-backup", "version": 1, "projects": ${nestedLists(100_000, false)}`,
			'This link could not be opened: This share link is damaged: its contents are not a Tunesheet project.'
		],
		[
			projectText().replace('"projects": [', `"projects": [${nestedLists(100_000)}, `),
			`${unreadable} projects.0: Invalid input: expected object, received array`
		],
		[
			// Scenarios kept small, so that ten thousand fit in the 5 MB a link may expand to.
			projectText((project) => {
				const scenario = { ...project.scenarios[0]!, values: {}, links: {} };
				project.scenarios = Array.from({ length: 10_000 }, (_, i) => ({ ...scenario, id: `${i}` }));
				project.baselineId = '0';
				project.prompt = { system: '', fewShot: [], user: '', answer: '', encoding: 'o200k_base' };
				project.datasets = [];
			}),
			`${unreadable} projects.0.scenarios: Too big: expected array to have <=100 items`
		],
		[
			projectText((project) => {
				project.scenarios[0]!.values.requestsPerMonth = { text: '1e309', value: 424242 };
			}).replace('424242', '1e309'),
			`${unreadable} projects.0.scenarios.0.values.requestsPerMonth.value: Invalid input: expected number, received Infinity`
		],
		[
			projectText((project) => {
				project.scenarios[0]!.values.inputPrice = { text: 'NaN', value: 424242 };
			}).replace('424242', '"NaN"'),
			`${unreadable} projects.0.scenarios.0.values.inputPrice.value: Invalid input: expected number, received string`
		],
		[
			// A bomb: 6 MB of spaces compress to a few kilobytes.
			' '.repeat(6 * 1024 * 1024),
			'This link could not be opened: This share link is too large: it expands to more than 5 MB, so it was not opened.'
		]
	];
	for (const [text, reason] of cases) {
		// Only the fragment would change: leave first, so that the page reads the new link.
		await page.goto('about:blank');
		await page.goto(shareLink(text));
		await expect(refusal(page)).toHaveText(reason);
		await expect(page.getByRole('button', { name: 'Save as my project' })).toHaveCount(0);
	}
	await expectSavedProjectIntact(page);
});

test('a shared project with hostile keys and names previews and saves as plain text', async ({
	page
}) => {
	await setUpSavedProject(page);
	const file = JSON.parse(
		projectText((project) => {
			project.name = XSS;
			project.scenarios[0]!.name = XSS;
			project.scenarios[1]!.name = XSS;
		})
	) as { projects: { scenarios: object[] }[] };
	const [record] = file.projects;
	const text = withPollutingKeys({
		...file,
		projects: [
			JSON.parse(
				withPollutingKeys({
					...record,
					scenarios: record!.scenarios.map((scenario) => JSON.parse(withPollutingKeys(scenario)))
				})
			)
		]
	});
	await page.goto(shareLink(text));
	await expect(page.getByRole('heading', { name: `Shared project: ${XSS}` })).toBeVisible();
	await expect(preview(page).getByRole('columnheader')).toHaveText([`${XSS} (baseline)`, XSS]);
	await expectNoScriptRan(page);
	await expectNotPolluted(page);

	await page.getByRole('button', { name: 'Save as my project' }).click();
	await expect(grid(page).getByRole('columnheader')).toHaveText([`${XSS}baseline`, XSS]);
	await page.goto('/projects');
	await expect(projectList(page).getByRole('rowheader', { name: `${XSS} (open)` })).toBeVisible();
	await expectNoScriptRan(page);
	await expectNotPolluted(page);
	await expectSavedProjectIntact(page);
});

test('a shared project with a huge value previews its overflowing results as too large', async ({
	page
}) => {
	const text = projectText((project) => {
		project.scenarios[0]!.values.requestsPerMonth = { text: '1e308', value: 1e308 };
	});
	await page.goto(shareLink(text));
	const total = preview(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: 'Total cost', exact: true }) })
		.getByRole('cell');
	await expect(total).toHaveText(['Too large', '$1,106.42']);
});
