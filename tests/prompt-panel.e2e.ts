import { expect, test } from '@playwright/test';
import { expectSummary, formatCount, messageTokens, oracleCount, summaryCell } from './helpers';

const SYSTEM =
	'You are the support assistant of a bicycle shop in Lyon. Answer briefly and politely.';
const USER = 'Est-ce que vous réparez les vélos électriques ? 自転車 🚲';

test('counts each part and the total in a worker that starts on first use', async ({ page }) => {
	const scripts: { url: string; bytes: number }[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') {
			scripts.push({ url: response.url(), bytes: (await response.body()).length });
		}
	});
	await page.goto('/prompt');
	await expect(page.getByRole('heading', { name: 'Sample prompt' })).toBeVisible();

	// Nothing typed yet: no worker, and no script the size of a rank table (o200k_base's is 2 MB). The app's own
	// largest chunk (the sheet, the price catalog, its schema and the database) stays well under that.
	expect(page.workers()).toHaveLength(0);
	expect(scripts.length).toBeGreaterThan(0);
	for (const script of scripts) expect(script.bytes, script.url).toBeLessThan(500_000);

	await page.getByLabel('System prompt').fill(SYSTEM);
	await page.getByLabel('User message').fill(USER);

	const system = messageTokens('o200k_base', 'system', SYSTEM);
	const user = messageTokens('o200k_base', 'user', USER);
	const [systemContent] = oracleCount('o200k_base', [SYSTEM]);
	await expectSummary(page, 'System prompt', system);
	await expect(summaryCell(page, 'System prompt', 'Content')).toHaveText(
		formatCount(systemContent!)
	);
	await expectSummary(page, 'User message', user);
	await expectSummary(page, 'Input tokens per request', system + user + 3);
	await expect(page.getByLabel('System prompt')).toHaveAccessibleDescription(
		new RegExp(`^${system} tokens`)
	);
	expect(page.workers().length).toBeGreaterThan(0);

	// The counts follow the text.
	await page.getByLabel('User message').fill(USER + ' Merci !');
	await expectSummary(page, 'User message', messageTokens('o200k_base', 'user', USER + ' Merci !'));
});

test('switching the tokenizer recounts with the other vocabulary', async ({ page }) => {
	await page.goto('/prompt');
	await page.getByLabel('User message').fill(USER);
	await expectSummary(page, 'User message', messageTokens('o200k_base', 'user', USER));

	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption('cl100k_base');
	const cl100k = messageTokens('cl100k_base', 'user', USER);
	expect(cl100k).not.toBe(messageTokens('o200k_base', 'user', USER));
	await expectSummary(page, 'User message', cl100k);
	await expect(page.getByRole('region', { name: /Token counts/ })).toContainText('cl100k_base');
});

test('few-shot examples are added, counted and removed from the keyboard', async ({ page }) => {
	await page.goto('/prompt');
	await page.getByRole('button', { name: 'Add example' }).press('Enter');
	await expect(page.getByLabel('Example 1 user')).toBeFocused();
	await page.keyboard.type('Do you sell helmets?');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Example 1 assistant')).toBeFocused();
	await page.keyboard.type('Yes, from $40.');

	const pair =
		messageTokens('o200k_base', 'user', 'Do you sell helmets?') +
		messageTokens('o200k_base', 'assistant', 'Yes, from $40.');
	await expectSummary(page, 'Few-shot examples (1)', pair);
	await expectSummary(page, 'Input tokens per request', pair + 3);

	await page.getByRole('button', { name: 'Remove example 1' }).press('Enter');
	await expect(page.getByLabel('Example 1 user')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Add example' })).toBeFocused();
	await expectSummary(page, 'Few-shot examples (0)', 0);
});

test('shows the expected answer as output tokens and the whole chat as a training example', async ({
	page
}) => {
	await page.goto('/prompt');
	const answer = 'Oui, nous réparons les moteurs et les batteries en deux jours.';
	await page.getByLabel('User message').fill(USER);
	await page.getByLabel('Expected answer').fill(answer);
	const [answerContent] = oracleCount('o200k_base', [answer]);
	const user = messageTokens('o200k_base', 'user', USER);
	await expectSummary(page, 'Output tokens (expected answer)', answerContent!);
	await expectSummary(
		page,
		'Chat total as a training example',
		user + 3 + messageTokens('o200k_base', 'assistant', answer)
	);
});
