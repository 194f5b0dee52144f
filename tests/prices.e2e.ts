import { expect, test } from '@playwright/test';

test('the catalog shows every figure with its source and date, searchable and sortable by keyboard', async ({
	page
}) => {
	await page.goto('/prices');
	const table = page.getByRole('table', { name: 'Price catalog' });
	const total = Number(
		(await page.getByRole('main').getByRole('status').textContent())!
			.match(/of ([\d,]+)/)![1]!
			.replace(',', '')
	);
	expect(total).toBeGreaterThan(150);

	await page.getByLabel('Search prices').fill('gpt-4o-mini training');
	const training = table.getByRole('row').filter({ hasText: 'Fine-tuning: training' });
	await expect(training).toHaveCount(1);
	await expect(training).toContainText('GPT-4o mini');
	await expect(training).toContainText('per 1M training tokens');
	await expect(training).toContainText(/\d{4}-\d{2}-\d{2}/);
	await expect(training).toContainText('confidence');

	// Sort by value from the keyboard: the column header is a button; aria-sort says the order.
	await page.getByLabel('Search prices').fill('openai output');
	const valueHeader = table.getByRole('columnheader', { name: /Value/ });
	await valueHeader.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
	// "$2.50 per 1M tokens" → 2.5
	const values = async () =>
		(await table.locator('tbody td.value').allTextContents()).map((text) =>
			Number(/\$([\d,.]+)/.exec(text)![1]!.replaceAll(',', ''))
		);
	const ascending = await values();
	expect(ascending.length).toBeGreaterThan(3);
	expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
	await page.keyboard.press('Enter');
	await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
	expect(await values()).toEqual([...ascending].reverse());
});

test('figures older than six months are flagged, and notes open from the keyboard', async ({
	page
}) => {
	await page.goto('/prices');
	await page.getByLabel('Only figures older than six months').check();
	const table = page.getByRole('table', { name: 'Price catalog' });
	const rows = table.locator('tbody tr');
	await expect(rows.first()).toContainText('older than 6 months');
	expect(await rows.count()).toBe(await table.getByText('older than 6 months').count());

	await page.getByLabel('Only figures older than six months').uncheck();
	await page.getByLabel('Search prices').fill('gpt-4o-mini training');
	const notes = table.getByText(/\d+ notes?/).first();
	await notes.focus();
	await page.keyboard.press('Enter');
	await expect(table.getByText(/winding down self-serve fine-tuning/).first()).toBeVisible();
});

test('a fine-tuned model id gives its base and fine-tuned prices', async ({ page }) => {
	await page.goto('/prices');
	const lookup = page.getByRole('region', { name: 'Prices of a fine-tuned model' });
	await lookup
		.getByLabel('Fine-tuned model id')
		.fill('ft:gpt-4o-mini-2024-07-18:acme:support:abc123');
	await expect(lookup).toContainText('Base model GPT-4o mini (exact snapshot), organisation acme.');
	await expect(lookup.locator('dt', { hasText: 'Fine-tuned input' })).toBeVisible();
	await expect(lookup.locator('dt', { hasText: 'Base input' })).toBeVisible();
	await expect(lookup.locator('dt', { hasText: 'Training' })).toBeVisible();

	await lookup.getByLabel('Fine-tuned model id').fill('ft:unknown-model:acme::x');
	await expect(lookup).toContainText("No catalog entry for base model 'unknown-model'");
});
