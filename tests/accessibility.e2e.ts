import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectVisibleFocus, tabTo } from './focus-helpers';
import { datasetFigure } from './helpers';
import { sheetCell } from './sheet-helpers';

/** WCAG 2.1 levels A and AA (axe also tags the 2.0 rules that 2.1 keeps as wcag2a / wcag2aa). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHEMES = ['light', 'dark'] as const;

// Each state is checked twice, and a page as long as the price catalog takes axe a while on two shared cores.
test.describe.configure({ timeout: 180_000 });

/**
 * Runs axe on the page as it is now (or only on the part matching `within`, when the rest was just checked),
 * once in each colour scheme, and fails on any serious or critical violation, naming the rule, the elements
 * and what to do.
 */
async function expectAccessible(page: Page, state: string, within?: string): Promise<void> {
	for (const colorScheme of SCHEMES) {
		await page.emulateMedia({ colorScheme });
		const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
		if (within) axe.include(within);
		const results = await axe.analyze();
		const serious = results.violations.filter(
			(violation) => violation.impact === 'serious' || violation.impact === 'critical'
		);
		const report = serious.map((violation) =>
			[
				`${violation.id} (${violation.impact}): ${violation.help}`,
				...violation.nodes.map(
					(node) => `  ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, ' ')}`
				)
			].join('\n')
		);
		expect.soft(report, `${state}, ${colorScheme} scheme:\n${report.join('\n')}`).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: null });
}

function mainLink(page: Page, name: string) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

const chat = (i: number) => ({
	messages: [
		{ role: 'user', content: `Is bike ${i} in stock?` },
		{ role: 'assistant', content: `Yes, bike number ${i} is in stock.` }
	]
});

/** Twelve examples, three of them broken in different ways, so that the checks show groups of issues. */
function datasetWithErrors(): Buffer {
	const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify(chat(i)));
	lines[2] = '{"messages": [ {"role": "user", "content": "cut short"';
	lines[5] = JSON.stringify({ messages: [{ role: 'user', content: 'no answer' }] });
	lines[8] = JSON.stringify({
		messages: [{ role: 'robot', content: 'beep' }, ...chat(8).messages]
	});
	return Buffer.from(lines.join('\n') + '\n');
}

async function analyse(page: Page, name: string, buffer: Buffer) {
	await page.getByLabel('Dataset file').setInputFiles({
		name,
		mimeType: 'application/jsonl',
		buffer
	});
}

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
});

test('the sheet: the example, an edit, the choice list, a warning, the charts as tables', async ({
	page
}) => {
	await expectAccessible(page, 'Sheet with the example project');

	await (await sheetCell(page, 'Requests per month', 'Few-shot GPT-4.1')).click();
	await page.keyboard.type('12 apples');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: "Unexpected 'a'" })).toBeVisible();
	await expectAccessible(page, 'Sheet with a cell being edited, its value refused');
	await page.keyboard.press('Escape');

	await (await sheetCell(page, 'Model', 'Few-shot GPT-4.1')).click();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('listbox', { name: 'Choices' })).toBeVisible();
	await expectAccessible(page, 'Sheet with the choice list open');
	await page.keyboard.type('no such model anywhere');
	await expect(page.getByText('Nothing matches “no such model anywhere”.')).toBeVisible();
	await expectAccessible(page, 'Sheet with a choice filter that matches nothing');
	await page.keyboard.press('Escape');

	// A link to the sample prompt, which is empty: the formula bar warns that the link has no figure yet.
	await (await sheetCell(page, 'System prompt tokens', 'Few-shot GPT-4.1')).click();
	const bar = page.getByRole('region', { name: 'Formula bar' });
	const link = bar.getByRole('combobox', { name: 'Link' });
	await link.selectOption({ index: 1 });
	await expect(page.getByText(/has no figure yet/)).toBeVisible();
	await expectAccessible(page, 'Sheet with a warning under the formula bar');

	const figures = page.getByRole('figure');
	await expect(figures).toHaveCount(3);
	for (const figure of await figures.all()) {
		await figure.getByText('Show as a table').click();
		await expect(figure.getByRole('table')).toBeVisible();
	}
	await expectAccessible(page, 'Sheet with every chart shown as a table');
});

test('the sample prompt, empty and counted', async ({ page }) => {
	await mainLink(page, 'Sample prompt').click();
	await expect(page.getByLabel('System prompt')).toBeVisible();
	await expectAccessible(page, 'Empty sample prompt');

	await page.getByLabel('System prompt').fill('You are the support assistant of a bicycle shop.');
	await page.getByLabel('User message').fill('Do you repair electric bikes?');
	await page.getByLabel('Expected answer').fill('Yes, every day but Sunday.');
	await page.getByRole('button', { name: 'Add example' }).click();
	await expect(page.getByRole('region', { name: /Token counts/ }).getByRole('table')).toContainText(
		'Input tokens per request'
	);
	await expect(page.getByLabel('System prompt')).toHaveAccessibleDescription(/^\d+ tokens/);
	await expectAccessible(page, 'Sample prompt with counts');
});

test('the dataset page: empty, with checks grouped, with your tokenizers open', async ({
	page
}) => {
	await mainLink(page, 'Dataset').click();
	await expect(page.getByLabel('Dataset file')).toBeVisible();
	await expectAccessible(page, 'Dataset page before a file');

	await analyse(page, 'bad.jsonl', datasetWithErrors());
	await expect(datasetFigure(page, 'Valid examples')).toContainText('9');
	await expect(page.getByRole('region', { name: /^invalid_json/ })).toBeVisible();
	await page
		.getByRole('region', { name: 'Tokens per example' })
		.getByText('Show as a table')
		.click();
	await expectAccessible(page, 'Dataset page with the checks grouped');

	await page.getByText('Your tokenizers').click();
	await expect(page.getByText(/Any Hugging Face model's tokenizer/)).toBeVisible();
	await expectAccessible(page, 'Dataset page with your tokenizers open');
});

test('the guide, answered, with a dataset', async ({ page }) => {
	await mainLink(page, 'Dataset').click();
	await analyse(
		page,
		'bikes.jsonl',
		Buffer.from(Array.from({ length: 30 }, (_, i) => JSON.stringify(chat(i))).join('\n'))
	);
	await expect(datasetFigure(page, 'Valid examples')).toContainText('30');
	await mainLink(page, 'Guide').click();
	await page.getByRole('radio', { name: /Lower cost/ }).check();
	await page.getByRole('radio', { name: /Task specialisation/ }).check();
	const recommendation = page.getByRole('region', { name: 'Recommendation' });
	await expect(recommendation.getByRole('heading', { level: 3 })).toHaveText('Fine-tune later');
	await expectAccessible(page, 'Guide answered with a dataset');
});

test('the prices: the list, and a custom entry with errors', async ({ page }) => {
	await mainLink(page, 'Prices').click();
	await expect(page.getByRole('table', { name: 'Price catalog' })).toBeVisible();
	await expectAccessible(page, 'Price list');

	await page.getByText('Add a custom model or GPU').click();
	await page.getByRole('button', { name: /^Add / }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	// The catalog around the form is as it was just checked; axe takes long over its thousands of cells.
	await expectAccessible(page, 'Custom entry form with errors', 'form');
});

test('the projects: the list, backup and restore, a restore plan', async ({ page }) => {
	await mainLink(page, 'Projects').click();
	await expect(page.getByRole('table', { name: 'Your projects' })).toBeVisible();
	await expectAccessible(page, 'Projects list');

	await page.getByLabel('Restore from a backup file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"type": "tunesheet-backup"')
	});
	await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
	await expectAccessible(page, 'Projects with a refused backup file');

	// The project's own backup, read back: a plan to restore it as a copy.
	const waiting = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download this project' }).click();
	const backup = await (await waiting).path();
	await page.getByLabel('Restore from a backup file').setInputFiles(backup);
	await expect(page.getByRole('region', { name: 'Restore plan' })).toBeVisible();
	await expectAccessible(page, 'Projects with a restore plan');
});

test('a shared link opened from the sheet’s export', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
	await expectAccessible(page, 'Sheet with a share link made');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	await page.goto(link);
	await expect(page.getByRole('table', { name: 'Shared scenarios' })).toBeVisible();
	await expectAccessible(page, 'Shared project preview');
});

test('keyboard focus shows on links, buttons, cells, fields and disclosures in both schemes', async ({
	page
}) => {
	const targets: [string, () => ReturnType<Page['getByRole']>][] = [
		['The Sheet link', () => mainLink(page, 'Sheet')],
		['A toolbar button', () => page.getByRole('button', { name: 'Add prompted' })],
		[
			'The active grid cell',
			() => page.getByRole('grid', { name: 'Scenarios' }).locator('[tabindex="0"]')
		],
		['The currency field', () => page.getByRole('textbox', { name: 'Currency' })],
		['The number format list', () => page.getByRole('combobox', { name: 'Number format' })],
		['An export button', () => page.getByRole('button', { name: 'Download CSV' })],
		['A chart’s table toggle', () => page.getByText('Show as a table').first()]
	];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await expect(page.getByRole('grid', { name: 'Scenarios' })).toBeVisible();
		for (const [where, target] of targets) {
			await tabTo(page, target());
			await expectVisibleFocus(page, `${where} (${colorScheme})`);
		}
		await mainLink(page, 'Sample prompt').click();
		await tabTo(page, page.getByLabel('System prompt'));
		await expectVisibleFocus(page, `The system prompt (${colorScheme})`);
		await mainLink(page, 'Guide').click();
		// Tab enters a group of radio buttons on the checked one.
		await tabTo(page, page.getByRole('radio', { name: 'Not decided' }));
		await expectVisibleFocus(page, `A radio button (${colorScheme})`);
	}
});

test('each chart has a text alternative that follows the figures, and a table', async ({
	page
}) => {
	const cumulative = page.getByRole('img', { name: /^Cumulative cost by month\./ });
	await expect(cumulative).toHaveAccessibleName(
		'Cumulative cost by month. Few-shot GPT-4.1: $7,560.00 by month 12; ' +
			'Fine-tuned GPT-4.1 mini: $1,230.00 by month 12, breaking even with the baseline in month 1.'
	);
	await expect(
		page.getByRole('img', { name: /^Total cost over the horizon/ })
	).toHaveAccessibleName(
		/Fine-tuned GPT-4\.1 mini: \$30\.00 plus \$0\.012 for each request in month 1, breaking even with the baseline at 471\.7 requests a month\.$/
	);
	await expect(page.getByRole('img', { name: /^What each total is made of/ })).toHaveAccessibleName(
		/Few-shot GPT-4\.1: \$7,560\.00 \(Input \$5,160\.00, Output \$2,400\.00\)/
	);

	await (await sheetCell(page, 'Requests per month', 'Few-shot GPT-4.1')).click();
	await page.keyboard.type('200k');
	await page.keyboard.press('Enter');
	await expect(cumulative).toHaveAccessibleName(
		/^Cumulative cost by month\. Few-shot GPT-4\.1: \$15,120\.00 by month 12;/
	);

	for (const figure of await page.getByRole('figure').all()) {
		const chart = figure.getByRole('img');
		await figure.getByText('Show as a table').click();
		const table = figure.getByRole('table');
		await expect(table).toBeVisible();
		// The table names the same scenarios as the chart.
		await expect(table.getByRole('columnheader')).toContainText([
			'Few-shot GPT-4.1',
			'Fine-tuned GPT-4.1 mini'
		]);
		await expect(chart).toBeVisible();
	}
});
