import { expect, test } from '@playwright/test';
import { loadOpenWeightTokenizer } from '../src/lib/core/tokenize/open-weight/registry';
import { chatTokens, datasetFigure, formatCount } from './helpers';

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

test('the same dataset is compared under every tokenizer in one table', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'bikes.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	const openAi = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(openAi));
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
});
