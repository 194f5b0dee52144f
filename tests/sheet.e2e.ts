import { expect, test } from '@playwright/test';
import { arrowToRow, grid, sheetCell, typeInRow } from './sheet-helpers';

test('a first visit shows the example project with its worked figures', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByText('Example project.')).toBeVisible();
	const expected: [string, string, string][] = [
		['Cost per request', 'Few-shot GPT-4.1', '$0.0063'],
		['Monthly cost', 'Few-shot GPT-4.1', '$630.00'],
		['Total cost', 'Few-shot GPT-4.1', '$7,560.00'],
		['Training cost', 'Fine-tuned GPT-4.1 mini', '$30.00'],
		['Cost per request', 'Fine-tuned GPT-4.1 mini', '$0.001'],
		['Total cost', 'Fine-tuned GPT-4.1 mini', '$1,230.00'],
		['Break-even month', 'Fine-tuned GPT-4.1 mini', 'Month 1'],
		['Break-even volume per month', 'Fine-tuned GPT-4.1 mini', '471.7']
	];
	for (const [row, column, text] of expected) {
		await expect(await sheetCell(page, row, column)).toHaveText(text);
	}
	// A computed cell explains itself in the formula bar.
	await (await sheetCell(page, 'Training cost', 'Fine-tuned GPT-4.1 mini')).click();
	await expect(page.getByRole('region', { name: 'Formula bar' })).toContainText(
		'3 epochs × 2,000,000 tokens × $5.00 / 1M = $30.00'
	);
});

test('scenarios A and B are built with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'start from an empty sheet' }).focus();
	await page.keyboard.press('Enter');
	await expect(grid(page).getByRole('columnheader')).toHaveText(['Scenario 1baseline']);

	// Rename with F2 on the header, then the model by typing to filter the catalog.
	await arrowToRow(page, 'Kind');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('F2');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('A');
	await page.keyboard.press('Enter');
	await arrowToRow(page, 'Model');
	await page.keyboard.type('gpt-4.1 openai');
	await expect(grid(page).getByRole('option').first()).toContainText('GPT-4.1');
	await page.keyboard.press('Enter');
	await expect(await sheetCell(page, 'Model', 'A')).toHaveText('GPT-4.1');
	await expect(await sheetCell(page, 'Input price per 1M', 'A')).toHaveText('$2.00');
	await typeInRow(page, 'System prompt tokens', '800');
	await typeInRow(page, 'Few-shot tokens', '1.2k');
	await typeInRow(page, 'User message tokens', '150');
	await typeInRow(page, 'Output tokens', '250');
	await typeInRow(page, 'Requests per month', '=1000*100');
	await expect(await sheetCell(page, 'Total cost', 'A')).toHaveText('$7,560.00');

	await page.getByRole('button', { name: 'Add fine-tuned (API)' }).focus();
	await page.keyboard.press('Enter');
	await arrowToRow(page, 'Kind');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Control+A');
	await page.keyboard.type('B');
	await page.keyboard.press('Enter');
	await arrowToRow(page, 'Model');
	await page.keyboard.type('4.1 mini openai');
	await page.keyboard.press('Enter');
	await expect(await sheetCell(page, 'Training price per 1M', 'B')).toHaveText('$5.00');
	for (const [row, text] of [
		['System prompt tokens', '100'],
		['User message tokens', '150'],
		['Output tokens', '250'],
		['Requests per month', '100k'],
		['Training tokens per epoch', '2M'],
		['Epochs', '3']
	]) {
		await typeInRow(page, row!, text!);
	}
	await expect(await sheetCell(page, 'Training cost', 'B')).toHaveText('$30.00');
	await expect(await sheetCell(page, 'Cost per request', 'B')).toHaveText('$0.001');
	await expect(await sheetCell(page, 'Monthly cost', 'B')).toHaveText('$100.00');
	await expect(await sheetCell(page, 'Total cost', 'B')).toHaveText('$1,230.00');
	await expect(await sheetCell(page, 'Break-even month', 'B')).toHaveText('Month 1');
	await expect(await sheetCell(page, 'Break-even volume per month', 'B')).toHaveText('471.7');
	await page.screenshot({ path: 'test-results/sheet-a-b.png', fullPage: true });
});

test('a bad input shows its error and keeps the old value; undo and redo', async ({ page }) => {
	await page.goto('/');
	const requests = await sheetCell(page, 'Requests per month', 'Few-shot GPT-4.1');
	await requests.click();
	await page.keyboard.type('12 apples');
	await page.keyboard.press('Enter');
	const editor = requests.getByRole('textbox');
	await expect(editor).toHaveAttribute('aria-invalid', 'true');
	await expect(requests.getByRole('alert')).toContainText("Unexpected 'a'");
	await page.keyboard.press('Escape');
	await expect(requests).toHaveText('100,000');

	await page.keyboard.type('-5');
	await page.keyboard.press('Enter');
	await expect(requests.getByRole('alert')).toContainText('Must not be negative');
	await page.keyboard.press('Escape');
	await expect(requests).toHaveText('100,000');

	await page.keyboard.type('200k');
	await page.keyboard.press('Enter');
	await expect(requests).toHaveText('200,000');
	const total = await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1');
	await expect(total).toHaveText('$15,120.00');
	await page.keyboard.press('Control+z');
	await expect(requests).toHaveText('100,000');
	await expect(total).toHaveText('$7,560.00');
	await page.keyboard.press('Control+y');
	await expect(requests).toHaveText('200,000');
	await page.keyboard.press('Control+Shift+Z');
	await expect(page.getByRole('status').filter({ hasText: 'Nothing to redo.' })).toBeVisible();
});

test('a 3×2 range pastes from a spreadsheet and copies back out as TSV', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/');
	await (await sheetCell(page, 'System prompt tokens', 'Few-shot GPT-4.1')).click();
	// Three rows (system, few-shot, retrieved context) × two scenarios, as Excel puts them on the clipboard.
	await page.evaluate(() => navigator.clipboard.writeText('500\t60\r\n1,000\t0\r\n2k\t3000\r\n'));
	await page.keyboard.press('Control+v');
	await expect(page.getByRole('status').filter({ hasText: 'Pasted 6 cells.' })).toBeVisible();
	const expected: [string, string, string][] = [
		['System prompt tokens', 'Few-shot GPT-4.1', '500'],
		['System prompt tokens', 'Fine-tuned GPT-4.1 mini', '60'],
		['Few-shot tokens', 'Few-shot GPT-4.1', '1,000'],
		['Few-shot tokens', 'Fine-tuned GPT-4.1 mini', '0'],
		['Retrieved context tokens', 'Few-shot GPT-4.1', '2,000'],
		['Retrieved context tokens', 'Fine-tuned GPT-4.1 mini', '3,000']
	];
	for (const [row, column, text] of expected) {
		await expect(await sheetCell(page, row, column)).toHaveText(text);
	}
	// One paste is one edit: a single undo takes all six back.
	await page.keyboard.press('Control+z');
	await expect(await sheetCell(page, 'System prompt tokens', 'Few-shot GPT-4.1')).toHaveText('800');
	await expect(
		await sheetCell(page, 'Retrieved context tokens', 'Fine-tuned GPT-4.1 mini')
	).toHaveText('0');

	await (await sheetCell(page, 'Cost per request', 'Few-shot GPT-4.1')).click();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Shift+ArrowDown');
	await page.keyboard.press('Control+c');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe('0.0063\t0.001\n6.3\t1');
});

test('scenarios are duplicated, reordered, and deleted with undo', async ({ page }) => {
	await page.goto('/');
	const headers = grid(page).getByRole('columnheader');
	await (await sheetCell(page, 'Kind', 'Fine-tuned GPT-4.1 mini')).click();
	await page.getByRole('button', { name: 'Duplicate' }).click();
	await expect(headers).toHaveText([
		'Few-shot GPT-4.1baseline',
		'Fine-tuned GPT-4.1 mini',
		'Fine-tuned GPT-4.1 mini copy 3'
	]);
	await page.getByRole('button', { name: 'Move left' }).click();
	await expect(headers.nth(1)).toHaveText('Fine-tuned GPT-4.1 mini copy 3');
	await page.getByRole('button', { name: 'Set as baseline' }).click();
	await expect(headers.nth(1)).toHaveText('Fine-tuned GPT-4.1 mini copy 3baseline');
	await expect(await sheetCell(page, 'Break-even month', 'Few-shot GPT-4.1')).toHaveText('None');
	await page.getByRole('button', { name: 'Delete' }).click();
	await expect(headers).toHaveCount(2);
	await expect(page.getByText('Deleted “Fine-tuned GPT-4.1 mini copy 3”.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).first().click();
	await expect(headers).toHaveCount(3);
	await expect(headers.nth(1)).toHaveText('Fine-tuned GPT-4.1 mini copy 3baseline');
});
