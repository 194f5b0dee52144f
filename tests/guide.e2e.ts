import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { datasetFigure } from './helpers';
import { sheetCell } from './sheet-helpers';

function mainLink(page: Page, name: string) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

/** 30 examples; every tenth answer is a long one that the next tenth nearly repeats. */
const examples = Array.from({ length: 30 }, (_, i) => [
	{ role: 'user', content: `Is bike ${i} in stock?` },
	{
		role: 'assistant',
		content:
			i % 10 === 0
				? `Bike ${i} ships in two days from our warehouse in Lyon, and we deliver it to your door for free.`
				: `Yes, bike number ${i} is in stock.`
	}
]);

async function analyseBikes(page: Page) {
	await page.goto('/dataset');
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'bikes.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	await expect(datasetFigure(page, 'Valid examples')).toContainText('30');
}

test('the guide says to collect more examples first, and follows the sheet and the answers', async ({
	page
}) => {
	test.setTimeout(90_000);
	await analyseBikes(page);

	await mainLink(page, 'Guide');
	const recommendation = page.getByRole('region', { name: 'Recommendation' });
	await page.getByRole('radio', { name: /Lower cost/ }).check();
	await page.getByRole('radio', { name: /Task specialisation/ }).check();
	await expect(recommendation.getByRole('heading', { level: 3 })).toHaveText('Fine-tune later');
	await expect(recommendation).toContainText('collect at least 170 more examples first');
	const reasons = recommendation.getByRole('list', { name: 'Reasons' });
	await expect(reasons).toContainText(
		'30 usable examples; task specialisation needs at least 200.'
	);
	await expect(reasons).toContainText(
		'Fine-tuning pays back in month 1 at 100,000 requests a month'
	);

	// Near-duplicates found in a worker lower the usable count.
	await page.getByRole('button', { name: 'Check for near-duplicate answers' }).click();
	await expect(page.getByText('2 of 30 answers nearly repeat an earlier one')).toBeVisible();
	await expect(page.getByRole('list', { name: 'Near-duplicate answers' })).toContainText(
		'Line 11 ≈ line 1'
	);
	await expect(reasons).toContainText('28 usable examples (30 valid, less 2 near duplicates)');

	// At 100 requests a month fine-tuning no longer pays back: prompting stays cheaper for a cost goal.
	await mainLink(page, 'Sheet');
	const fineTuned = 'Fine-tuned GPT-4.1 mini';
	await (await sheetCell(page, 'Requests per month', fineTuned)).click();
	await page.keyboard.type('100');
	await page.keyboard.press('Enter');
	await expect(await sheetCell(page, 'Requests per month', fineTuned)).toHaveText('100');
	await mainLink(page, 'Guide');
	await expect(recommendation.getByRole('heading', { level: 3 })).toHaveText('Few-shot examples');
	await expect(reasons).toContainText(
		'Fine-tuning does not pay back within 12 months at 100 requests a month'
	);

	// Still experimenting outranks the rest.
	await page
		.getByRole('group', { name: /still working out/ })
		.getByRole('radio', { name: 'Yes' })
		.check();
	await expect(recommendation.getByRole('heading', { level: 3 })).toHaveText('Prompt engineering');

	// The checklist is kept with the project.
	await page.getByRole('checkbox', { name: /Tested on held-out data/ }).check();
	await expect(page.getByRole('heading', { name: 'Before deploying (1 of 6 done)' })).toBeVisible();
	await expect(page.getByText('Saved', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('checkbox', { name: /Tested on held-out data/ })).toBeChecked();
	await expect(
		page.getByRole('group', { name: /still working out/ }).getByRole('radio', { name: 'Yes' })
	).toBeChecked();
	// The stored dataset figures still speak after a reload, near-duplicates included.
	await expect(page.getByText('2 (6.7 %)')).toBeVisible();

	// The exports carry the recommendation and the checklist.
	await mainLink(page, 'Sheet');
	const waiting = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csv = readFileSync((await (await waiting).path())!, 'utf8');
	expect(csv).toContain(
		'\r\nDecision guide\r\nSection,Item,Detail\r\nRecommendation,Prompt engineering,'
	);
	expect(csv).toContain('Before deploying,Tested on held-out data,Done');
	expect(csv).toContain('Before deploying,Tested by users,Not yet');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Decision guide' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Tested on held-out data' })).toBeVisible();
});

test('the train/validation split downloads two JSONL files that share no example', async ({
	page
}) => {
	await analyseBikes(page);
	await mainLink(page, 'Guide');
	await page.getByLabel('Validation share (%)').fill('20');
	const downloads: Promise<import('@playwright/test').Download>[] = [];
	page.on('download', (download) => downloads.push(Promise.resolve(download)));
	await page.getByRole('button', { name: 'Download train and validation files' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
	await expect.poll(() => downloads.length).toBe(2);
	const files = await Promise.all(
		downloads.map(async (pending) => {
			const download = await pending;
			const path = await download.path();
			return {
				name: download.suggestedFilename(),
				lines: readFileSync(path, 'utf8').trim().split('\n')
			};
		})
	);
	const byName = Object.fromEntries(files.map((file) => [file.name, file.lines]));
	const train = byName['bikes-train.jsonl']!;
	const validation = byName['bikes-validation.jsonl']!;
	expect(train.length + validation.length).toBe(30);
	expect(validation.length).toBeGreaterThan(0);
	const contents = (lines: string[]) =>
		lines.map(
			(line) => (JSON.parse(line) as { messages: { content: string }[] }).messages[0]!.content
		);
	const trainSet = new Set(contents(train));
	expect(contents(validation).some((content) => trainSet.has(content))).toBe(false);
	await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
		`Downloaded ${train.length} training and ${validation.length} validation examples.`
	);
});
