import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chatTokens, datasetFigure, formatCount } from './helpers';

type Message = { role: string; content: string };

function example(i: number): Message[] {
	return [
		{ role: 'system', content: 'You are a concise assistant for a bicycle shop.' },
		{ role: 'user', content: `Question ${i}: est-ce que le vélo n°${i} est prêt ? 🚲` },
		{ role: 'assistant', content: `Yes, bike ${i} is ready; it cost ${(i * 3.5).toFixed(2)} €.` }
	];
}

function jsonl(lines: string[]): Buffer {
	return Buffer.from(lines.join('\n') + '\n');
}

const figure = datasetFigure;

test('a dropped dataset shows validated, exact token figures', async ({ page }) => {
	const examples = Array.from({ length: 30 }, (_, i) => example(i));
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'shop.jsonl',
		mimeType: 'application/jsonl',
		buffer: jsonl(examples.map((messages) => JSON.stringify({ messages })))
	});

	const total = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(figure(page, 'Valid examples')).toContainText('30');
	await expect(figure(page, 'Total tokens')).toContainText(formatCount(total));
	await expect(figure(page, 'Default epochs')).toContainText('3');
	await expect(figure(page, 'Billed training tokens')).toContainText(formatCount(total * 3));
	await expect(
		page.getByText('No errors or warnings: a provider would accept this file.')
	).toBeVisible();
	await expect(page.getByRole('img', { name: /Histogram of tokens per example/ })).toBeVisible();
});

test('bad lines are grouped by code with their line numbers, and exported as CSV', async ({
	page
}) => {
	const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ messages: example(i) }));
	lines[2] = '{"messages": [ {"role": "user", "content": "cut short"';
	lines[5] = JSON.stringify({ messages: [{ role: 'user', content: 'no answer' }] });
	lines[8] = JSON.stringify({
		messages: [{ role: 'robot', content: '<script>alert(1)</script>' }, ...example(8)]
	});
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'bad.jsonl',
		mimeType: 'application/jsonl',
		buffer: jsonl(lines)
	});

	await expect(figure(page, 'Valid examples')).toContainText('9');
	await expect(
		page.getByText('3 errors: those records are left out of every figure.')
	).toBeVisible();
	const json = page.getByRole('region', { name: /^invalid_json/ });
	await expect(json).toContainText('Line 3');
	await expect(
		page.getByRole('region', { name: /^example_missing_assistant_message/ })
	).toContainText('Line 6');
	const role = page.getByRole('region', { name: /^unrecognized_role/ });
	await expect(role).toContainText('Line 9');
	// Markup in the data is shown as text, never run.
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export issues as CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.split('\r\n')[0]).toBe('line,column,severity,code,message,excerpt');
	expect(csv).toMatch(/^3,\d*,error,invalid_json,/m);
	expect(csv).toMatch(/^6,,error,example_missing_assistant_message,/m);
});

test('changing the limit recomputes billing without reading the file again', async ({ page }) => {
	const examples = Array.from({ length: 20 }, (_, i) => example(i));
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'limit.jsonl',
		mimeType: 'application/jsonl',
		buffer: jsonl(examples.map((messages) => JSON.stringify({ messages })))
	});
	await expect(figure(page, 'Examples over the limit')).toContainText('0');
	await page.getByLabel('Max tokens per example').fill('40');
	const perExample = examples.map((messages) => chatTokens('o200k_base', messages));
	const billed = perExample.reduce((sum, n) => sum + Math.min(40, n), 0);
	await expect(figure(page, 'Examples over the limit')).toContainText(
		String(perExample.filter((n) => n > 40).length)
	);
	await expect(figure(page, 'Billed tokens per epoch')).toContainText(formatCount(billed));
});

test('a CSV with unknown column names is analysed once its columns are chosen, then in another encoding', async ({
	page
}) => {
	const rows = Array.from({ length: 12 }, (_, i) => [
		`Question ${i}, "quoted"?`,
		`Answer ${i}:\nsecond line, 日本`
	]);
	const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;
	const csv = ['q,a', ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'pairs.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv)
	});
	await expect(page.getByText('No user and assistant columns among: q, a.')).toBeVisible();

	await page.getByLabel('User column').selectOption('q');
	await page.getByLabel('Assistant column').selectOption('a');
	await page.getByRole('button', { name: 'Analyse with these columns' }).click();
	const total = (encoding: 'o200k_base' | 'cl100k_base') =>
		rows.reduce(
			(sum, [user, assistant]) =>
				sum +
				chatTokens(encoding, [
					{ role: 'user', content: user! },
					{ role: 'assistant', content: assistant! }
				]),
			0
		);
	await expect(figure(page, 'Valid examples')).toContainText('12');
	await expect(figure(page, 'Total tokens')).toContainText(formatCount(total('o200k_base')));

	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption('cl100k_base');
	await expect(figure(page, 'Total tokens')).toContainText(formatCount(total('cl100k_base')));
	await expect(figure(page, 'Valid examples')).toContainText('12');
});
