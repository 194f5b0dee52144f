import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { readBackup } from '../src/lib/core/project/backup';
import { sheetCell } from './sheet-helpers';

async function download(page: Page, button: string): Promise<Buffer> {
	const waiting = page.waitForEvent('download');
	await page.getByRole('button', { name: button, exact: true }).click();
	return readFileSync(await (await waiting).path());
}

/** CSV fields of a line, for the simple cells the sheet's rows hold (quoted cells are not split). */
function csvRow(text: string, label: string): string[] {
	const line = text.split('\r\n').find((l) => l.startsWith(`${label},`));
	expect(line, `a CSV row for ${label}`).toBeDefined();
	return line!.split(',');
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
});

test('CSV, XLSX and the project file download and read back with the sheet’s figures', async ({
	page
}) => {
	const csv = (await download(page, 'Download CSV')).toString('utf8');
	expect(csvRow(csv, 'Total cost')).toEqual(['Total cost', '7560', '1230']);
	expect(csvRow(csv, 'Difference from baseline')).toEqual([
		'Difference from baseline',
		'',
		'-6330'
	]);
	// The monthly projection follows the sheet: month, then each scenario's month cost and cumulative cost.
	expect(csvRow(csv, '12')).toEqual(['12', '630', '7560', '100', '1230']);

	const sheets = await readXlsxFile(await download(page, 'Download XLSX'));
	expect(sheets.map((sheet) => sheet.sheet)).toEqual([
		'Summary',
		'Monthly projection',
		'Dataset statistics',
		'Assumptions'
	]);
	const total = sheets[0]!.data.find((row) => row[0] === 'Total cost');
	expect(total?.slice(1)).toEqual([7560, 1230]);

	const file = readBackup((await download(page, 'Download project file (JSON)')).toString('utf8'));
	expect(file.ok && file.file.projects.map((p) => p.name)).toEqual(['Example project']);
});

test('the Markdown table is copied to the clipboard', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.getByRole('button', { name: 'Copy Markdown table' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Markdown table copied' })).toBeVisible();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toContain('| Total cost | $7,560.00 | $1,230.00 |');
	expect(markdown.split('\n')[0]).toBe(
		'| Line item | Few-shot GPT-4.1 (baseline) | Fine-tuned GPT-4.1 mini |'
	);
});

test('a share link opens a read-only preview in a fresh browser and saves as a project', async ({
	page,
	context,
	baseURL,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await (await sheetCell(page, 'Requests per month', 'Few-shot GPT-4.1')).click();
	await page.keyboard.type('200k');
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/share#v1\./);

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	const preview = other.getByRole('table', { name: 'Shared scenarios' });
	await expect(
		preview.getByRole('row').filter({ hasText: 'Total cost' }).getByRole('cell')
	).toHaveText(['$15,120.00', '$1,230.00']);
	await other.getByRole('button', { name: 'Save as my project' }).click();
	await expect(await sheetCell(other, 'Requests per month', 'Few-shot GPT-4.1')).toHaveText(
		'200,000'
	);
	await other.goto('/projects');
	await expect(
		other.getByRole('table', { name: 'Your projects' }).getByRole('rowheader')
	).toHaveCount(2);

	// A damaged link says so and stores nothing.
	await other.goto(`${link.slice(0, -12)}`);
	await expect(other.getByRole('alert')).toContainText('This link could not be opened');
	await fresh.close();
});

test('charts have a table behind them and save as PNG; the print view is a clean report', async ({
	page
}) => {
	const cumulative = page.getByRole('figure').filter({ hasText: 'Cumulative cost by month' });
	await cumulative.getByText('Show as a table').click();
	await expect(cumulative.getByRole('row').filter({ hasText: /^12/ }).getByRole('cell')).toHaveText(
		['$7,560.00', '$1,230.00']
	);
	const waiting = page.waitForEvent('download');
	await cumulative.getByRole('button', { name: 'Save as PNG' }).click();
	const bytes = readFileSync(await (await waiting).path());
	expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);

	await page.emulateMedia({ media: 'print' });
	await expect(
		page.getByRole('heading', { name: 'Example project: cost of each scenario' })
	).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('toolbar', { name: 'Scenario actions' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Assumptions and sources' })).toBeVisible();
	await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
});
