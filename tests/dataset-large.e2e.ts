import { expect, test } from '@playwright/test';
import { createWriteStream } from 'node:fs';
import {
	chatTokens,
	formatCount,
	startResponsivenessProbe,
	stopResponsivenessProbe
} from './helpers';

type Message = { role: string; content: string };

/** Fifty different examples of varied text; each file line is one of them with its own id, so no two are equal. */
const TEMPLATES: Message[][] = Array.from({ length: 50 }, (_, k) => [
	{ role: 'system', content: `You answer questions about order policy ${k}. Stay factual.` },
	{
		role: 'user',
		content: `Customer ${k} writes: « Ma commande n°${k * 7919} est en retard, que faire ? » ${'Details follow. '.repeat(k % 9)}`
	},
	{
		role: 'assistant',
		content: `Orders ship within ${k % 5} days. ${'We apologise for the delay and will refund shipping. '.repeat(1 + (k % 13))}日本 ${k}`
	}
]);

/** Writes a JSONL file of at least `bytes` and returns its line count and exact token total. */
async function writeDataset(
	path: string,
	bytes: number
): Promise<{ lines: number; tokens: number }> {
	const perTemplate = TEMPLATES.map((messages) => chatTokens('o200k_base', messages));
	const out = createWriteStream(path);
	let written = 0;
	let lines = 0;
	let tokens = 0;
	let batch = '';
	while (written < bytes) {
		const k = lines % TEMPLATES.length;
		const line = JSON.stringify({ id: lines, messages: TEMPLATES[k] }) + '\n';
		batch += line;
		written += Buffer.byteLength(line);
		tokens += perTemplate[k]!;
		lines++;
		if (batch.length > 1 << 20) {
			if (!out.write(batch)) await new Promise<void>((done) => out.once('drain', () => done()));
			batch = '';
		}
	}
	out.write(batch);
	await new Promise<void>((done) => out.end(() => done()));
	return { lines, tokens };
}

test('a 200 MB dataset completes in the browser with exact totals', async ({ page }) => {
	test.setTimeout(300_000);
	const path = test.info().outputPath('large-200mb.jsonl');
	const { lines, tokens } = await writeDataset(path, 200_000_000);
	await page.goto('/dataset');
	// The app has opened its project (start-up is not the analysis).
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
	// Measured while the progress bar shows: the analysis, not the drawing of its result afterwards.
	await startResponsivenessProbe(page, 'progress[aria-label="Analysis progress"]');
	await page.getByLabel('Dataset file').setInputFiles(path);
	await expect(page.getByRole('progressbar', { name: 'Analysis progress' })).toBeVisible();
	const figures = page.getByRole('table', { name: 'Dataset figures' });
	await expect(figures).toBeVisible({ timeout: 240_000 });
	const probe = await stopResponsivenessProbe(page);
	test.info().annotations.push({
		type: 'responsiveness',
		description: `${probe.frames} frames, longest gap ${probe.maxFrameGap.toFixed(0)} ms, long tasks [${probe.longTasks.map((ms) => ms.toFixed(0)).join(', ')}] ms`
	});
	// The browser reports every main-thread task over 50 ms as a long task: there must be none.
	expect(probe.longTasks, 'main-thread tasks over 50 ms').toEqual([]);
	await expect(figures.getByRole('row', { name: /^Valid examples/ })).toContainText(
		formatCount(lines)
	);
	await expect(figures.getByRole('row', { name: /^Total tokens/ })).toContainText(
		formatCount(tokens)
	);
});

test('Cancel stops a large analysis at once and stops its workers', async ({ page }) => {
	test.setTimeout(120_000);
	const path = test.info().outputPath('large-cancel.jsonl');
	await writeDataset(path, 150_000_000);
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles(path);
	await expect(page.getByText(/MB\/s/)).toBeVisible();
	expect(page.workers().length).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Analysis cancelled.')).toBeVisible();
	await expect.poll(() => page.workers().length).toBe(0);
	await expect(page.getByRole('table', { name: 'Dataset figures' })).toHaveCount(0);
});
