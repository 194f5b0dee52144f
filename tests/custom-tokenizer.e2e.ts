import { expect, test, type Page } from '@playwright/test';
import { readTokenizerFiles } from '../src/lib/core/tokenize/open-weight/custom';
import { TINY_BPE, TINY_TEMPLATE } from '../src/lib/core/tokenize/open-weight/testing/tiny';
import { countPromptWithTemplate } from '../src/lib/core/tokenize/prompt';
import { datasetFigure, formatCount, summaryCell } from './helpers';

const TOKENIZER_JSON = JSON.stringify(TINY_BPE);
const CONFIG_JSON = JSON.stringify({ chat_template: TINY_TEMPLATE });

function jsonFile(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The same tokenizer the page builds from the files, built here by the core. */
function tinyTokenizer() {
	const read = readTokenizerFiles(TOKENIZER_JSON, CONFIG_JSON);
	if (!read.ok) throw new Error(read.error);
	return read.tokenizer;
}

async function addTokenizer(page: Page, name: string, files: ReturnType<typeof jsonFile>[]) {
	await page.getByLabel('Tokenizer files').setInputFiles(files);
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByRole('button', { name: 'Add tokenizer' }).click();
}

test('a tokenizer.json is checked, kept, and counts the dataset and the prompt', async ({
	page
}) => {
	await page.goto('/dataset');
	await page.getByText('Your tokenizers').click();

	// Bad files are refused with the reason, and nothing is kept.
	await addTokenizer(page, 'Tiny BPE', [jsonFile('tokenizer_config.json', CONFIG_JSON)]);
	await expect(page.getByRole('alert')).toHaveText(
		'Not added: Add the tokenizer.json too: tokenizer_config.json and chat templates hold no vocabulary.'
	);
	await addTokenizer(page, 'Tiny BPE', [jsonFile('tokenizer.json', '{"model": {"type": "BPE"')]);
	await expect(page.getByRole('alert')).toContainText(
		'Not added: tokenizer.json is not valid JSON'
	);
	await addTokenizer(page, 'Llama 3', [jsonFile('tokenizer.json', TOKENIZER_JSON)]);
	await expect(page.getByRole('alert')).toHaveText(
		'Not added: "Llama 3" is a tokenizer Tunesheet already has: give yours another name.'
	);
	await expect(page.getByRole('table', { name: 'Tokenizers you added' })).toHaveCount(0);

	await addTokenizer(page, 'Tiny BPE', [
		jsonFile('tokenizer.json', TOKENIZER_JSON),
		jsonFile('tokenizer_config.json', CONFIG_JSON)
	]);
	await expect(page.getByRole('status').filter({ hasText: 'Added Tiny BPE' })).toHaveText(
		'Added Tiny BPE: BPE, 12 tokens, with its chat template. Choose it under Tokenizer.'
	);
	const list = page.getByRole('table', { name: 'Tokenizers you added' });
	await expect(list.getByRole('rowheader', { name: 'Tiny BPE' })).toBeVisible();

	// Kept in IndexedDB: still there after a reload.
	await page.reload();
	await expect(list.getByRole('rowheader', { name: 'Tiny BPE' })).toBeVisible();

	const examples = [
		[
			{ role: 'user', content: 'abc ab c' },
			{ role: 'assistant', content: 'a b ab' }
		],
		[
			{ role: 'user', content: 'c c c' },
			{ role: 'assistant', content: 'abc' }
		]
	];
	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption({ label: 'Tiny BPE' });
	await expect(
		page.getByText('Your tokenizer: BPE, 12 tokens, with its chat template.')
	).toBeVisible();
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'tiny.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	const tiny = tinyTokenizer();
	const expected = examples.reduce((sum, messages) => sum + tiny.countChat(messages).total, 0);
	// By hand: <s>a abc ab c</s><s>b a b ab</s> = 4 + 4 + 4 special; <s>a c c c</s><s>b abc</s> = 4 + 2 + 4.
	expect(expected).toBe(22);
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(expected));

	// The prompt panel offers it too.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Sample prompt' })
		.click();
	await page.getByLabel('User message').fill('abc ab');
	await page.getByLabel('Expected answer').fill('c');
	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption({ label: 'Tiny BPE' });
	const prompt = countPromptWithTemplate(tiny, 'custom:tiny', {
		system: '',
		fewShot: [],
		user: 'abc ab',
		answer: 'c'
	});
	await expect(summaryCell(page, 'Input tokens per request', 'Tokens')).toHaveText(
		formatCount(prompt.input)
	);
	// The tiny template writes no reply opening, so the request is <s>a abc ab</s>: 3 + 2 special.
	expect(prompt.input).toBe(5);
	await expect(page.getByRole('region', { name: /Token counts/ })).toContainText('Tiny BPE');
});

test('an added tokenizer is renamed and deleted from the keyboard', async ({ page }) => {
	await page.goto('/dataset');
	await page.getByText('Your tokenizers').click();
	await addTokenizer(page, 'Tiny', [jsonFile('tokenizer.json', TOKENIZER_JSON)]);
	const list = page.getByRole('table', { name: 'Tokenizers you added' });
	await expect(list.getByRole('rowheader', { name: 'Tiny' })).toBeVisible();
	await expect(list.getByRole('cell', { name: 'No (estimated)' })).toBeVisible();

	await list.getByRole('button', { name: 'Rename Tiny' }).press('Enter');
	await expect(page.getByLabel('New name for Tiny')).toBeFocused();
	await page.keyboard.type('Tiny renamed');
	await page.keyboard.press('Enter');
	await expect(list.getByRole('rowheader', { name: 'Tiny renamed' })).toBeVisible();

	await list.getByRole('button', { name: 'Delete Tiny renamed' }).press('Enter');
	await list.getByRole('button', { name: 'Yes, delete' }).press('Enter');
	await expect(list).toHaveCount(0);
	await page.reload();
	await page.getByText('Your tokenizers').click();
	await expect(page.getByRole('table', { name: 'Tokenizers you added' })).toHaveCount(0);
});
