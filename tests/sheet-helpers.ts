import { expect, type Page } from '@playwright/test';

export function grid(page: Page) {
	return page.getByRole('grid', { name: 'Scenarios' });
}

/** The cell at a line item (row header) and a scenario (column header), found the way a screen reader names it. */
export async function sheetCell(page: Page, rowLabel: string, scenario: string) {
	await expect(grid(page).getByRole('columnheader').first()).toBeVisible();
	const headers = await grid(page).getByRole('columnheader').allTextContents();
	const index = headers.findIndex((text) => text.replace(/baseline$/, '').trim() === scenario);
	expect(index, `a column named ${scenario} among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
	return grid(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: rowLabel, exact: true }) })
		.getByRole('gridcell')
		.nth(index);
}

/** The row label of the focused cell, or the column's name on the header row. */
function focusedRowLabel(page: Page) {
	return page.evaluate(() => {
		const cell = document.activeElement as HTMLElement | null;
		if (!cell?.dataset.cell) return null;
		const row = cell.closest('tr');
		return row?.querySelector('th[scope="row"]')?.textContent?.trim() ?? '(header)';
	});
}

/** Moves grid focus up to the header row, then down to the row labelled `label`, staying in the column. */
export async function arrowToRow(page: Page, label: string) {
	for (let step = 0; step < 80 && (await focusedRowLabel(page)) !== '(header)'; step++) {
		await page.keyboard.press('PageUp');
	}
	for (let step = 0; step < 80; step++) {
		if ((await focusedRowLabel(page)) === label) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`No row ${label} reached with the arrow keys`);
}

/** Types a value into the focused column's row by keyboard: arrows to the row, types, Enter. */
export async function typeInRow(page: Page, label: string, text: string) {
	await arrowToRow(page, label);
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
}

/**
 * Opens a choice cell and picks the first option matching `query` (a model, a GPU). Options are looked for in the
 * grid: the header's language menu has options too.
 */
export async function pickInSheet(page: Page, row: string, scenario: string, query: string) {
	await (await sheetCell(page, row, scenario)).click();
	await page.keyboard.type(query);
	await expect(grid(page).getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Enter');
}
