import { expect, test } from '@playwright/test';
import { loadOpenWeightTokenizer } from '../src/lib/core/tokenize/open-weight/registry';
import { countPromptWithTemplate, type PromptParts } from '../src/lib/core/tokenize/prompt';
import { formatCount, messageTokens, summaryCell } from './helpers';
import { pickInSheet, sheetCell } from './sheet-helpers';

const PARTS: PromptParts = {
	system: 'You are the support assistant of a bicycle shop in Lyon. Answer briefly.',
	fewShot: [],
	user: 'Est-ce que vous réparez les vélos électriques ? 🚲',
	answer: 'Oui, du lundi au samedi.'
};

async function typePrompt(page: import('@playwright/test').Page) {
	await page.goto('/prompt');
	await page.getByLabel('System prompt').fill(PARTS.system);
	await page.getByLabel('User message').fill(PARTS.user);
	await page.getByLabel('Expected answer').fill(PARTS.answer);
}

test('the prompt panel counts with an open-weight model’s tokenizer and chat template', async ({
	page
}) => {
	test.setTimeout(90_000);
	await typePrompt(page);
	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption('qwen3');
	const qwen = countPromptWithTemplate(await loadOpenWeightTokenizer('qwen3'), 'qwen3', PARTS);
	const summary = page.getByRole('region', { name: /Token counts/ });
	await expect(summary).toContainText('Qwen3', { timeout: 30_000 });
	await expect(summaryCell(page, 'Input tokens per request', 'Tokens')).toHaveText(
		formatCount(qwen.input)
	);
	await expect(summaryCell(page, 'Chat template', 'Tokens')).toHaveText(
		formatCount(qwen.format.tokens)
	);
	await expect(summaryCell(page, 'System prompt', 'Content')).toHaveText(
		formatCount(qwen.system.content)
	);
	await expect(summaryCell(page, 'Chat total as a training example', 'Tokens')).toHaveText(
		formatCount(qwen.trainingExample)
	);
	await expect(page.getByText('Apache-2.0')).toBeVisible();
});

test('a self-hosted column reads the prompt counted with its model’s tokenizer', async ({
	page
}) => {
	test.setTimeout(90_000);
	// The panel stays on o200k_base; the Llama column needs Llama 3 counts all the same.
	await typePrompt(page);
	const o200kUser = messageTokens('o200k_base', 'user', PARTS.user) + 3;
	await expect(summaryCell(page, 'User message', 'Tokens')).toHaveText(formatCount(o200kUser - 3));
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sheet' }).click();
	await page.getByRole('button', { name: 'Add self-hosted' }).click();
	const d = 'Scenario 3';
	await pickInSheet(page, 'Model', d, 'llama 3.1 8b');

	const bar = page.getByRole('region', { name: 'Formula bar' });
	for (const column of [d, 'Few-shot GPT-4.1']) {
		await (await sheetCell(page, 'User message tokens', column)).click();
		await bar.getByLabel('Link').selectOption('prompt.user');
	}
	const llama = countPromptWithTemplate(await loadOpenWeightTokenizer('llama3'), 'llama3', PARTS);
	const llamaUser = llama.user.total + llama.format.tokens;
	expect(llamaUser).not.toBe(o200kUser);
	await expect(await sheetCell(page, 'User message tokens', d)).toHaveText(
		`${formatCount(llamaUser)} (linked)`,
		{ timeout: 30_000 }
	);
	await expect(await sheetCell(page, 'User message tokens', 'Few-shot GPT-4.1')).toHaveText(
		`${formatCount(o200kUser)} (linked)`
	);
	await (await sheetCell(page, 'User message tokens', d)).click();
	await expect(bar).toContainText(
		'Linked to Sample prompt: user message and chat format, counted with Llama 3'
	);
});
