import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectVisibleFocus, tabTo } from './focus-helpers';
import { datasetFigure } from './helpers';
import { arrowToRow, grid, sheetCell } from './sheet-helpers';

function csvRow(text: string, label: string): string[] | undefined {
	return text
		.split('\r\n')
		.find((line) => line.startsWith(`${label},`))
		?.split(',');
}

test('from the dataset to a CSV export with the keyboard alone', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
	const nav = page.getByRole('navigation', { name: 'Main' });

	// To the dataset page through the main navigation.
	const datasetLink = nav.getByRole('link', { name: 'Dataset' });
	await tabTo(page, datasetLink);
	await expectVisibleFocus(page, 'The Dataset link');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/dataset$/);
	await expect(page.getByRole('heading', { name: 'Dataset' })).toBeVisible();

	// The file picker is reached by Tab; a real file dialog cannot be driven, so the file is handed to it there.
	const fileInput = page.getByLabel('Dataset file');
	await tabTo(page, fileInput);
	await expect(fileInput).toBeFocused();
	await expectVisibleFocus(page, 'The file picker');
	const lines = Array.from({ length: 20 }, (_, i) =>
		JSON.stringify({
			messages: [
				{ role: 'user', content: `Is bike ${i} in stock?` },
				{ role: 'assistant', content: `Yes, bike number ${i} is in stock.` }
			]
		})
	);
	await fileInput.setInputFiles({
		name: 'bikes.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(lines.join('\n'))
	});
	await expect(datasetFigure(page, 'Valid examples')).toContainText('20');

	// Back to the sheet through the navigation, then into the grid: one Tab stop, on the active cell.
	const sheetLink = nav.getByRole('link', { name: 'Sheet' });
	await tabTo(page, sheetLink, { backwards: true });
	await expectVisibleFocus(page, 'The Sheet link');
	await page.keyboard.press('Enter');
	await expect(grid(page)).toBeVisible();
	const firstCell = grid(page).locator('[tabindex="0"]');
	await tabTo(page, firstCell);
	await expectVisibleFocus(page, 'The active cell of the grid');

	// Move with the arrows and edit a figure by typing over it.
	await arrowToRow(page, 'Requests per month');
	await expectVisibleFocus(page, 'The Requests per month cell');
	await page.keyboard.type('250k');
	await expect(grid(page).getByRole('textbox', { name: /^Requests per month/ })).toBeFocused();
	await expectVisibleFocus(page, 'The cell editor');
	await page.keyboard.press('Enter');
	await expect(await sheetCell(page, 'Requests per month', 'Few-shot GPT-4.1')).toHaveText(
		'250,000'
	);
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText('$18,900.00');

	// On to the exports, and download the CSV with Enter.
	const csvButton = page.getByRole('button', { name: 'Download CSV' });
	await tabTo(page, csvButton);
	await expectVisibleFocus(page, 'The Download CSV button');
	const waiting = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const download = await waiting;
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csvRow(csv, 'Requests per month')).toEqual(['Requests per month', '250000', '100000']);
	expect(csvRow(csv, 'Total cost')).toEqual(['Total cost', '18900', '1230']);
});
