import { expect, test } from '@playwright/test';
import { chatTokens, datasetFigure, formatCount } from './helpers';
import { sheetCell } from './sheet-helpers';

const examples = Array.from({ length: 12 }, (_, i) => [
	{ role: 'user', content: `Can I return bike ${i}?` },
	{ role: 'assistant', content: `Yes, within ${i + 14} days.` }
]);
const file = {
	name: 'returns.jsonl',
	mimeType: 'application/jsonl',
	buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
};
const total = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);

const figure = datasetFigure;

test('a dataset file is kept only when asked, and analysed again after a reload', async ({
	page
}) => {
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles(file);
	await expect(figure(page, 'Total tokens')).toContainText(formatCount(total));
	const keep = page.getByRole('checkbox', { name: /Keep a copy of returns\.jsonl/ });
	await expect(keep).not.toBeChecked();
	await keep.check();
	await expect(page.getByRole('button', { name: 'Analyse returns.jsonl again' })).toBeVisible();

	// The figures stay with the project: after a reload the sheet's dataset link still has them.
	await page.reload();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await (await sheetCell(page, 'Training tokens per epoch', 'Fine-tuned GPT-4.1 mini')).click();
	await page
		.getByRole('region', { name: 'Formula bar' })
		.getByLabel('Link')
		.selectOption('dataset.trainingTokensPerEpoch');
	await expect(
		await sheetCell(page, 'Training tokens per epoch', 'Fine-tuned GPT-4.1 mini')
	).toHaveText(`${formatCount(total)} (linked)`);

	await page.getByRole('link', { name: 'Dataset', exact: true }).click();
	const saved = page.getByRole('table', { name: 'Saved with this project: returns.jsonl' });
	await expect(
		saved.getByRole('row').filter({ hasText: 'Total tokens' }).getByRole('cell')
	).toHaveText(formatCount(total));
	await page.getByRole('button', { name: 'Analyse returns.jsonl again' }).click();
	await expect(figure(page, 'Total tokens')).toContainText(formatCount(total));
	await page.getByRole('button', { name: 'Remove the copy of returns.jsonl' }).click();
	await expect(page.getByRole('button', { name: 'Analyse returns.jsonl again' })).toBeHidden();
	await expect(page.getByRole('checkbox', { name: /Keep a copy/ })).not.toBeChecked();
});

test('a copy that would not fit is refused with both sizes, and nothing is stored', async ({
	page
}) => {
	await page.addInitScript(() => {
		navigator.storage.estimate = async () => ({ usage: 1000, quota: 1200 });
	});
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles(file);
	await expect(figure(page, 'Total tokens')).toContainText(formatCount(total));
	// Clicked rather than checked: the box is expected to spring back.
	await page.getByRole('checkbox', { name: /Keep a copy of returns\.jsonl/ }).click();
	await expect(page.getByRole('alert')).toContainText(
		`Not kept: The copy needs ${(file.buffer.length / 1000).toFixed(1)} kB; this browser lets Tunesheet use about 200 B more.`
	);
	await expect(page.getByRole('checkbox', { name: /Keep a copy/ })).not.toBeChecked();
	await expect(page.getByRole('button', { name: /again$/ })).toHaveCount(0);
});
