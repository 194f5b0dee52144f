import { expect, test, type Page } from '@playwright/test';
import { loadOpenWeightTokenizer } from '../src/lib/core/tokenize/open-weight/registry';
import { chatTokens, datasetFigure, formatCount } from './helpers';
import { pickInSheet, sheetCell } from './sheet-helpers';

const examples = Array.from({ length: 15 }, (_, i) => [
	{ role: 'system', content: 'You answer for a bicycle shop in Lyon.' },
	{ role: 'user', content: `Le vélo n°${i} est-il prêt ? 🚲` },
	{ role: 'assistant', content: `Yes: bike ${i} is ready, ${(i * 3.5).toFixed(2)} €.` }
]);

test('a Llama tokenizer counts the dataset with its chat template, unlike o200k_base', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'bikes.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	const openAi = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(openAi));

	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption('llama3');
	await expect(page.getByText('Built with Llama.')).toBeVisible();
	const llama = await loadOpenWeightTokenizer('llama3');
	const expected = examples.reduce((sum, messages) => sum + llama.countChat(messages).total, 0);
	expect(expected).not.toBe(openAi);
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(expected), {
		timeout: 60_000
	});
});

function mainLink(page: Page, name: string) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

test('the same dataset is compared under every tokenizer in one table, which a Llama column reads', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'bikes.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	const openAi = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(openAi));

	// A self-hosted Llama column linked to the dataset reads the o200k_base figures, and says so.
	await mainLink(page, 'Sheet');
	await page.getByRole('button', { name: 'Add self-hosted' }).click();
	const d = 'Scenario 3';
	await pickInSheet(page, 'Model', d, 'llama 3.1 8b');
	const bar = page.getByRole('region', { name: 'Formula bar' });
	await (await sheetCell(page, 'Training tokens per epoch', d)).click();
	await bar.getByLabel('Link').selectOption('dataset.trainingTokensPerEpoch');
	const openAiBilled = examples.reduce(
		(sum, messages) => sum + chatTokens('o200k_base', messages),
		0
	);
	await expect(await sheetCell(page, 'Training tokens per epoch', d)).toHaveText(
		`${formatCount(openAiBilled)} (linked)`
	);
	const warning =
		'The dataset was counted with o200k_base, not Llama 3 (this model’s tokenizer): analyse it with Llama 3, or compare tokenizers, on the dataset page for exact training tokens.';
	await expect(page.getByText(warning)).toBeVisible();

	await mainLink(page, 'Dataset');
	await page.getByRole('button', { name: 'Compare tokenizers' }).click();
	const table = page.getByRole('table', { name: 'The same dataset under each tokenizer' });
	const row = (label: string) =>
		table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
	await expect(row('o200k_base').getByRole('cell').first()).toHaveText(formatCount(openAi));
	const qwen = await loadOpenWeightTokenizer('qwen3');
	const expected = examples.reduce((sum, messages) => sum + qwen.countChat(messages).total, 0);
	await expect(row('Qwen3').getByRole('cell').first()).toHaveText(formatCount(expected), {
		timeout: 120_000
	});
	await expect(page.getByRole('button', { name: 'Compare tokenizers' })).toBeVisible({
		timeout: 120_000
	});
	await expect(table.getByRole('cell', { name: '…' })).toHaveCount(0);

	// Now the Llama column reads the Llama 3 count.
	const llama = await loadOpenWeightTokenizer('llama3');
	const llamaBilled = examples.reduce((sum, messages) => sum + llama.countChat(messages).total, 0);
	await expect(row('Llama 3').getByRole('cell').nth(1)).toHaveText(formatCount(llamaBilled));
	await mainLink(page, 'Sheet');
	await expect(await sheetCell(page, 'Training tokens per epoch', d)).toHaveText(
		`${formatCount(llamaBilled)} (linked)`
	);
	await (await sheetCell(page, 'Training tokens per epoch', d)).click();
	await expect(bar).toContainText('Dataset: billed tokens per epoch, counted with Llama 3');
	await expect(page.getByText(warning)).toHaveCount(0);
});
