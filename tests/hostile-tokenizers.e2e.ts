import { expect, test, type Page } from '@playwright/test';
import { readTokenizerFiles } from '../src/lib/core/tokenize/open-weight/custom';
import { TINY_BPE, TINY_TEMPLATE } from '../src/lib/core/tokenize/open-weight/testing/tiny';
import { datasetFigure, formatCount } from './helpers';
import {
	expectNoScriptRan,
	expectNotPolluted,
	expectSavedProjectIntact,
	nestedLists,
	saveStatus,
	setUpSavedProject,
	withPollutingKeys,
	XSS
} from './hostile-helpers';

function jsonFile(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

function addedList(page: Page) {
	return page.getByRole('table', { name: 'Tokenizers you added' });
}

async function openTokenizers(page: Page) {
	await page.goto('/dataset');
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.getByText('Your tokenizers').click();
}

test('tokenizer files that are not tokenizers are refused with the reason', async ({ page }) => {
	await setUpSavedProject(page);
	await openTokenizers(page);
	const cases: [string, string][] = [
		[
			`{"model": ${nestedLists(100_000, false)}`,
			'tokenizer.json is not valid JSON: Unexpected end of JSON input'
		],
		[
			`{"model": ${nestedLists(100_000)}}`,
			'This is not a tokenizer.json: it has no "model" section. Export the tokenizer with Hugging Face tokenizers (tokenizer.save) or take tokenizer.json from the model repository.'
		],
		[
			JSON.stringify({ ...TINY_BPE, model: { ...TINY_BPE.model, merges: 'MERGES' } }).replace(
				'"MERGES"',
				nestedLists(100_000)
			),
			'tokenizer.json is malformed: model.merges.0: Invalid input'
		]
	];
	for (const [text, reason] of cases) {
		await page.getByLabel('Tokenizer files').setInputFiles([jsonFile('tokenizer.json', text)]);
		await page.getByLabel('Name', { exact: true }).fill('Broken');
		await page.getByRole('button', { name: 'Add tokenizer' }).click();
		await expect(page.getByRole('alert')).toHaveText(`Not added: ${reason}`);
		await expect(addedList(page)).toHaveCount(0);
	}
	await expectSavedProjectIntact(page);
});

test('a tokenizer with hostile keys and a hostile name is kept as plain data and counts', async ({
	page
}) => {
	await setUpSavedProject(page);
	// In the vocabulary the keys are tokens, with ids for values.
	const vocab = JSON.parse(
		`{"__proto__": 12, "constructor": 13, "prototype": 14, ${JSON.stringify(TINY_BPE.model.vocab).slice(1)}`
	);
	const model = JSON.parse(withPollutingKeys({ ...TINY_BPE.model, vocab }));
	const tokenizerJson = withPollutingKeys({
		...TINY_BPE,
		added_tokens: TINY_BPE.added_tokens.map((token) => JSON.parse(withPollutingKeys(token))),
		model
	});
	const configJson = withPollutingKeys({ chat_template: TINY_TEMPLATE });
	const read = readTokenizerFiles(tokenizerJson, configJson);
	if (!read.ok) throw new Error(read.error);

	await openTokenizers(page);
	// Named after the file, as a tokenizer.json saved under its model's name is.
	await page
		.getByLabel('Tokenizer files')
		.setInputFiles([
			jsonFile(`${XSS}.json`, tokenizerJson),
			jsonFile('tokenizer_config.json', configJson)
		]);
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue(XSS);
	await page.getByRole('button', { name: 'Add tokenizer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
		`Added ${XSS}: BPE, ${formatCount(read.summary.vocabularySize)} tokens, with its chat template. Choose it under Tokenizer.`
	);
	await expect(addedList(page).getByRole('rowheader', { name: XSS, exact: true })).toBeVisible();

	const messages = [
		{ role: 'user', content: 'abc __proto__ constructor prototype' },
		{ role: 'assistant', content: 'ab c toString hasOwnProperty' }
	];
	await page.getByRole('combobox', { name: /^Tokenizer/ }).selectOption({ label: XSS });
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'keys.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(JSON.stringify({ messages }) + '\n')
	});
	await expect(datasetFigure(page, 'Total tokens')).toContainText(
		formatCount(read.tokenizer.countChat(messages).total)
	);
	await expectNoScriptRan(page);
	await expectNotPolluted(page);
	await expectSavedProjectIntact(page);
});
