import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	expectNoScriptRan,
	expectSavedProjectIntact,
	projectList,
	SAVED_SCENARIO,
	saveStatus,
	setUpSavedProject,
	XSS
} from './hostile-helpers';
import { arrowToRow, grid, sheetCell } from './sheet-helpers';

const FINE_TUNED = 'Fine-tuned GPT-4.1 mini';

test('no component renders text as HTML', () => {
	const src = fileURLToPath(new URL('../src/', import.meta.url));
	const files = (readdirSync(src, { recursive: true }) as string[]).filter((file) =>
		/\.(svelte|ts)$/.test(file)
	);
	expect(files.length).toBeGreaterThan(50);
	const withHtml = files.filter((file) =>
		/\{@html\b|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML/.test(
			readFileSync(src + file, 'utf8')
		)
	);
	expect(withHtml).toEqual([]);
});

test('names and texts typed anywhere are kept and shown as typed, never run', async ({ page }) => {
	await page.goto('/projects');
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.getByLabel('New project').fill(XSS);
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(projectList(page).getByRole('rowheader', { name: `${XSS} (open)` })).toBeVisible();

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Sample prompt' })
		.click();
	await page.getByLabel('System prompt').fill(XSS);
	await page.getByLabel('User message').fill(`<script>window.__xss = 1</script>`);
	await expect(page.getByRole('region', { name: /Token counts/ })).toBeVisible();

	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await page.getByRole('button', { name: 'Add prompted' }).click();
	await expect(grid(page).getByRole('columnheader')).toHaveText(['Scenario 1baseline']);
	await (await sheetCell(page, 'Kind', 'Scenario 1')).click();
	await arrowToRow(page, 'Kind');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('F2');
	await page.keyboard.press('Control+A');
	await page.keyboard.type(XSS);
	await page.keyboard.press('Enter');
	await expect(grid(page).getByRole('columnheader')).toHaveText([`${XSS}baseline`]);

	// The rename is saved at once, with the prompt typed before it.
	await expect(saveStatus(page)).toHaveText('Saved');

	// As stored: read back after a fresh start.
	await page.goto('/prompt');
	await expect(page.getByLabel('System prompt')).toHaveValue(XSS);
	await expect(page.getByLabel('User message')).toHaveValue('<script>window.__xss = 1</script>');
	await page.goto('/');
	await expect(grid(page).getByRole('columnheader')).toHaveText([`${XSS}baseline`]);
	await page.goto('/projects');
	await expect(projectList(page).getByRole('rowheader', { name: `${XSS} (open)` })).toBeVisible();
	await expectNoScriptRan(page);
});

test('a pasted range of hostile cells writes what it can and says why not the rest', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await setUpSavedProject(page);
	await (await sheetCell(page, 'System prompt tokens', SAVED_SCENARIO)).click();
	const nested = `=${'('.repeat(60)}1${')'.repeat(60)}`;
	const text = `${XSS}\t1e309\r\n${nested}\t-5\r\n1e308\t"NaN"\r\n`;
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await page.keyboard.press('Control+v');
	await expect(page.getByRole('status').filter({ hasText: 'Pasted' })).toHaveText(
		"Pasted 1 cell. Not pasted: System prompt tokens: Unexpected '<' at character 1; System prompt tokens: Number too large; Few-shot tokens: Too deeply nested: at most 50 parentheses; Few-shot tokens: Must not be negative.; Retrieved context tokens: Unexpected 'N' at character 1"
	);
	await expect(await sheetCell(page, 'System prompt tokens', SAVED_SCENARIO)).toHaveText('800');
	await expect(await sheetCell(page, 'System prompt tokens', FINE_TUNED)).toHaveText('100');
	await expect(await sheetCell(page, 'Retrieved context tokens', SAVED_SCENARIO)).toContainText(
		'100,000,000,000'
	);
	await expect(await sheetCell(page, 'Total cost', SAVED_SCENARIO)).toHaveText('Too large');
	await expect(saveStatus(page)).toHaveText('Saved');
	await expectNoScriptRan(page);
	await expectSavedProjectIntact(page);
});
