import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test('a price is overridden, marked, kept across a reload, exported, and reset', async ({
	page
}) => {
	await page.goto('/prices');
	await page.getByLabel('Search prices').fill('gpt-4o-mini training');
	const table = page.getByRole('table', { name: 'Price catalog' });
	const row = table.getByRole('row').filter({ hasText: 'Fine-tuning: training' });
	await expect(row).toHaveCount(1);

	await row.getByRole('button', { name: /^Edit Fine-tuning: training of GPT-4o mini/ }).click();
	const input = page.getByLabel(/Fine-tuning: training of GPT-4o mini/);
	await input.fill('-3');
	await input.press('Enter');
	await expect(page.getByRole('alert')).toContainText('Enter a number of at least 0.');
	await input.fill('2.75');
	await input.press('Enter');
	await expect(row).toContainText('$2.75 per 1M training tokens');
	await expect(row).toContainText('Entered by you');
	await expect(row).toContainText('overridden');

	// Stored in IndexedDB: still there after a reload.
	await page.reload();
	await page.getByLabel('Search prices').fill('gpt-4o-mini training');
	await expect(row).toContainText('$2.75 per 1M training tokens');

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export catalog' }).click();
	const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	expect(exported.type).toBe('tunesheet-catalog');
	const entry = exported.entries.find(
		(e: { id: string }) => e.id === 'openai/gpt-4o-mini-2024-07-18'
	);
	expect(entry.fineTuning.training.value).toBe(2.75);

	await row.getByRole('button', { name: /Reset GPT-4o mini/ }).click();
	await expect(row).not.toContainText('overridden');
	await expect(row).not.toContainText('$2.75');
	await page.reload();
	await page.getByLabel('Search prices').fill('gpt-4o-mini training');
	await expect(row).not.toContainText('$2.75');
});

test('a LiteLLM price file is checked, reported, then applied', async ({ page }) => {
	await page.goto('/prices');
	const litellm = {
		sample_spec: { input_cost_per_token: 0 },
		'acme-chat-1': {
			litellm_provider: 'openai',
			mode: 'chat',
			input_cost_per_token: 0.0000025,
			output_cost_per_token: 0.00001
		},
		'bad-model': { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: -1 }
	};
	await page.getByLabel('Import a price file').setInputFiles({
		name: 'model_prices_and_context_window.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(litellm))
	});
	const report = page.getByRole('region', { name: /Import model_prices_and_context_window.json/ });
	await expect(report).toContainText('1 to add');
	await expect(report).toContainText('1 skipped');
	await expect(report).toContainText('bad-model');
	await report.getByRole('button', { name: 'Apply import' }).click();
	await expect(report).toHaveCount(0);

	await page.getByLabel('Search prices').fill('acme-chat-1 input');
	const table = page.getByRole('table', { name: 'Price catalog' });
	await expect(
		table
			.getByRole('row')
			.filter({ hasText: /^OpenAI/ })
			.first()
	).toContainText('$2.50 per 1M tokens');
});

test('a file that is no price file is refused with a reason, and nothing changes', async ({
	page
}) => {
	await page.goto('/prices');
	const before = await page.getByRole('main').getByRole('status').textContent();
	await page.getByLabel('Import a price file').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"broken": ')
	});
	await expect(page.getByRole('alert')).toContainText('notes.json: The file is not valid JSON');
	expect(await page.getByRole('main').getByRole('status').textContent()).toBe(before);
});

test('a custom model is added with its figures, kept across a reload, and removed', async ({
	page
}) => {
	await page.goto('/prices');
	await page.getByText('Add a custom model or GPU').click();
	await page.getByRole('textbox', { name: 'Provider', exact: true }).fill('Acme AI');
	await page.getByRole('button', { name: 'Add API model' }).click();
	await expect(page.getByRole('alert')).toContainText('Model id: required.');

	await page.getByRole('textbox', { name: 'Model id', exact: true }).fill('acme-large-2');
	await page.getByRole('textbox', { name: 'Display name', exact: true }).fill('Acme Large 2');
	await page.getByRole('textbox', { name: /^Input/ }).fill('1.2');
	await page.getByRole('textbox', { name: /^Output/ }).fill('4.8');
	await page.getByRole('textbox', { name: /^Fine-tuning: training/ }).fill('6');
	await page.getByRole('button', { name: 'Add API model' }).click();
	await expect(page.getByText('Added Acme Large 2.')).toBeVisible();

	await page.reload();
	await page.getByLabel('Search prices').fill('acme');
	const table = page.getByRole('table', { name: 'Price catalog' });
	await expect(table.locator('tbody tr')).toHaveCount(3);
	const training = table.getByRole('row').filter({ hasText: 'Fine-tuning: training' });
	await expect(training).toContainText('$6.00 per 1M training tokens');
	await expect(training).toContainText('added by you');

	await training.getByRole('button', { name: 'Remove Acme Large 2 from the catalog' }).click();
	await expect(table.locator('tbody tr')).toHaveText(['No figure matches.']);
});

test('a custom GPU and a custom open-weight model are added from their own forms', async ({
	page
}) => {
	await page.goto('/prices');
	await page.getByText('Add a custom model or GPU').click();
	await page.getByRole('radio', { name: 'GPU' }).check();
	await page.getByRole('textbox', { name: 'GPU name', exact: true }).fill('H200 SXM');
	await page.getByRole('textbox', { name: 'Memory (GB)', exact: true }).fill('141');
	await page.getByRole('textbox', { name: /^Peak dense BF16/ }).fill('989');
	await page.getByRole('button', { name: 'Add GPU' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/Rented from: required\.\s*Price per GPU-hour: required\./
	);
	await page.getByRole('textbox', { name: 'Rented from', exact: true }).fill('Acme Cloud');
	await page.getByRole('textbox', { name: /^Price per GPU-hour/ }).fill('3.5');
	await page.getByRole('button', { name: 'Add GPU' }).click();
	await expect(page.getByText('Added H200 SXM.')).toBeVisible();

	await page.getByRole('radio', { name: 'Open-weight model' }).check();
	await page.getByRole('textbox', { name: 'Family', exact: true }).fill('Phi 4');
	await page
		.getByRole('textbox', { name: 'Hugging Face repository', exact: true })
		.fill('microsoft/phi-4');
	await page.getByRole('textbox', { name: 'Display name', exact: true }).fill('Phi-4');
	await page.getByRole('textbox', { name: 'Tokenizer', exact: true }).fill('BPE, 100K');
	await page.getByRole('textbox', { name: /^Parameters/ }).fill('14.7');
	await page.getByRole('button', { name: 'Add open-weight model' }).click();
	await expect(page.getByText('Added Phi-4.')).toBeVisible();

	await page.reload();
	const table = page.getByRole('table', { name: 'Price catalog' });
	await page.getByLabel('Search prices').fill('acme cloud');
	await expect(table.locator('tbody tr').first()).toContainText('$3.50');
	await page.getByLabel('Search prices').fill('phi-4');
	await expect(table.locator('tbody tr').first()).toContainText('14.7');
});
