import { expect, test, type Page } from '@playwright/test';
import { chatTokens, formatCount, messageTokens } from './helpers';
import { grid, pickInSheet, sheetCell } from './sheet-helpers';

async function typeInto(page: Page, row: string, scenario: string, text: string) {
	await (await sheetCell(page, row, scenario)).click();
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
}

function toSheet(page: Page) {
	return page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Sheet' })
		.click();
}

test('worked example C: B deployed on Azure at $1.70 an hour', async ({ page }) => {
	await page.goto('/');
	await (await sheetCell(page, 'Kind', 'Fine-tuned GPT-4.1 mini')).click();
	await page.getByRole('button', { name: 'Duplicate' }).click();
	const c = 'Fine-tuned GPT-4.1 mini copy 3';
	await typeInto(page, 'Hosting per hour', c, '$1.70');
	await expect(await sheetCell(page, 'Fixed monthly cost', c)).toHaveText('$1,241.00');
	await expect(await sheetCell(page, 'Total cost', c)).toHaveText('$16,122.00');
	await expect(await sheetCell(page, 'Break-even volume per month', c)).toHaveText('234,622.6');
	await expect(await sheetCell(page, 'Break-even month', c)).toHaveText('None');
});

test('worked example D: Llama 3.1 8B with LoRA on one H100 SXM', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Add self-hosted' }).click();
	const d = 'Scenario 3';
	await expect(grid(page).getByRole('columnheader').nth(2)).toHaveText(d);
	await pickInSheet(page, 'Model', d, 'llama 3.1 8b');
	await expect(await sheetCell(page, 'Parameters (billions)', d)).toHaveText('8');
	await pickInSheet(page, 'GPU', d, 'h100 sxm secure');
	await expect(await sheetCell(page, 'GPU', d)).toHaveText(
		'NVIDIA H100 SXM 80GB · RunPod (secure cloud)'
	);
	await expect(await sheetCell(page, 'GPU peak BF16 (TFLOP/s)', d)).toHaveText('989');
	await expect(await sheetCell(page, 'GPU price per hour', d)).toHaveText('$3.99');
	await expect(await sheetCell(page, 'Method', d)).toHaveText('LoRA');
	await typeInto(page, 'Training tokens per epoch', d, '2M');
	await expect(await sheetCell(page, 'GPU time per job', d)).toHaveText('487.2 s');
	await expect(await sheetCell(page, 'Training cost', d)).toHaveText('$0.54');
	await (await sheetCell(page, 'GPU time per job', d)).click();
	await expect(page.getByRole('region', { name: 'Formula bar' })).toContainText(
		'1.93e17 FLOP / (9.89e14 FLOP/s × 40% MFU) = 487.2'
	);
});

test('token cells link to the sample prompt and to the analysed dataset', async ({ page }) => {
	const system = 'You are the support assistant of a bicycle shop in Lyon. Answer briefly.';
	await page.goto('/prompt');
	await page.getByLabel('System prompt').fill(system);
	const expected = messageTokens('o200k_base', 'system', system);
	await expect(page.getByLabel('System prompt')).toHaveAccessibleDescription(
		new RegExp(`^${expected} tokens`)
	);

	const examples = Array.from({ length: 20 }, (_, i) => [
		{ role: 'user', content: `Is bike ${i} in stock?` },
		{ role: 'assistant', content: `Bike ${i} ships in ${i + 2} days.` }
	]);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Dataset' })
		.click();
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'bikes.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	const billed = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(page.getByText(formatCount(billed)).first()).toBeVisible();

	await toSheet(page);
	const a = 'Few-shot GPT-4.1';
	const b = 'Fine-tuned GPT-4.1 mini';
	const bar = page.getByRole('region', { name: 'Formula bar' });
	await (await sheetCell(page, 'System prompt tokens', a)).click();
	await bar.getByLabel('Link').selectOption('prompt.system');
	const linked = await sheetCell(page, 'System prompt tokens', a);
	await expect(linked).toHaveText(`${formatCount(expected)} (linked)`);
	await expect(bar).toContainText('Linked to Sample prompt: system');

	await (await sheetCell(page, 'Training tokens per epoch', b)).click();
	await bar.getByLabel('Link').selectOption('dataset.trainingTokensPerEpoch');
	await expect(await sheetCell(page, 'Training tokens per epoch', b)).toHaveText(
		`${formatCount(billed)} (linked)`
	);
	// 20 examples: the default epochs rise to ⌊100 / 20⌋ = 5.
	await (await sheetCell(page, 'Epochs', b)).click();
	await bar.getByLabel('Link').selectOption('dataset.epochs');
	await expect(await sheetCell(page, 'Epochs', b)).toHaveText('5 (linked)');
	await (await sheetCell(page, 'Training cost', b)).click();
	await expect(bar).toContainText(`5 epochs × ${formatCount(billed)} tokens × $5.00 / 1M = $0.0`);
	const shown = (await bar.locator('output').textContent())?.split('= ').at(-1);
	await expect(await sheetCell(page, 'Training cost', b)).toHaveText(shown ?? 'missing');

	// Typing a number replaces the link.
	await typeInto(page, 'Epochs', b, '3');
	await expect(await sheetCell(page, 'Epochs', b)).toHaveText('3');
});

test('a catalog override reaches the sheet at once and a sheet override is marked', async ({
	page
}) => {
	await page.goto('/prices');
	await page.getByLabel('Search prices').fill('openai gpt-4.1 input');
	const row = page
		.getByRole('table', { name: 'Price catalog' })
		.getByRole('row')
		.filter({ hasText: /^OpenAI\s*GPT-4\.1\s/ })
		.filter({ hasText: 'Input' })
		.first();
	await row.getByRole('button', { name: /^Edit Input of GPT-4\.1/ }).click();
	const input = page.getByLabel(/^Input of GPT-4\.1/);
	await input.fill('4');
	await input.press('Enter');
	await expect(row).toContainText('overridden');

	await toSheet(page);
	const a = 'Few-shot GPT-4.1';
	await expect(await sheetCell(page, 'Input price per 1M', a)).toHaveText('$4.00');
	// (2,150 × $4 + 250 × $8) / 1M = $0.0106 a request.
	await expect(await sheetCell(page, 'Cost per request', a)).toHaveText('$0.011');

	// An override in the sheet is the scenario's own and says what it replaced.
	await typeInto(page, 'Output price per 1M', a, '10');
	await expect(await sheetCell(page, 'Output price per 1M', a)).toHaveText('$10.00 (overridden)');
	await (await sheetCell(page, 'Output price per 1M', a)).click();
	await expect(page.getByRole('region', { name: 'Formula bar' })).toContainText(
		'10 (overrides the catalog’s $8.00)'
	);
	await page.getByRole('button', { name: 'Use catalog or default' }).click();
	await expect(await sheetCell(page, 'Output price per 1M', a)).toHaveText('$8.00');
});

test('money reads in another currency at a rate the user sets', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Currency', { exact: true }).fill('EUR');
	await page.getByLabel('Per 1 USD').fill('0.5');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText('€3,780.00');
	// The number format is a setting of its own, kept across a reload with the currency.
	await page.getByLabel('Number format').selectOption('fr-FR');
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText(
		/^3\s780,00\s€$/
	);
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
	await page.reload();
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText(
		/^3\s780,00\s€$/
	);
	await page.getByLabel('Number format').selectOption('en-US');
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText('€3,780.00');
	await page.getByLabel('Currency', { exact: true }).fill('ABC');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByRole('alert')).toContainText('is not a currency code');
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText('€3,780.00');
});
