import { expect, test, type Page } from '@playwright/test';
import { BUILTIN_CATALOG } from '../src/lib/core/pricing/builtin';
import {
	expectNoScriptRan,
	expectNotPolluted,
	expectSavedProjectIntact,
	nestedLists,
	SAVED_SCENARIO,
	setUpSavedProject,
	withPollutingKeys,
	XSS
} from './hostile-helpers';
import { sheetCell } from './sheet-helpers';

async function importFile(page: Page, name: string, text: string) {
	await page.getByLabel('Import a price file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

function plan(page: Page, name: string) {
	return page.getByRole('region', { name: new RegExp(`^Import ${name.replace('.', '\\.')} `) });
}

/** A LiteLLM table entry with per-token prices written as JSON text (so 1e309 and "NaN" can be). */
function liteLlm(input: string, output = '0.000002', provider = 'openai'): string {
	return `{"input_cost_per_token": ${input}, "output_cost_per_token": ${output}, "litellm_provider": "${provider}", "mode": "chat"}`;
}

test('price files that are no catalog are refused with the reason', async ({ page }) => {
	await setUpSavedProject(page);
	await page.goto('/prices');
	const cases: [string, string, string][] = [
		[
			'open-lists.json',
			nestedLists(100_000, false),
			'The file is not valid JSON: Unexpected end of JSON input'
		],
		[
			'lists.json',
			nestedLists(100_000),
			'The file is neither a Tunesheet catalog nor a LiteLLM price table (a JSON object).'
		]
	];
	for (const [name, text, reason] of cases) {
		await importFile(page, name, text);
		await expect(page.getByRole('alert')).toHaveText(`${name}: ${reason}`);
	}
	await expectSavedProjectIntact(page);
});

test('a hostile LiteLLM table: bad entries are skipped with their reason, the rest is plain data', async ({
	page
}) => {
	await setUpSavedProject(page);
	await page.goto('/prices');
	const table = withPollutingKeys({}).replace(
		/}$/,
		`, "nested": ${nestedLists(100_000)}` +
			`, "huge-per-token": ${liteLlm('1e308')}` +
			`, "infinite": ${liteLlm('1e309')}` +
			`, "not-numbers": ${liteLlm('"NaN"', '"Infinity"')}` +
			`, "negative": ${liteLlm('-0.000001')}` +
			`, ${JSON.stringify(XSS)}: ${liteLlm('0.000001', '0.000002', XSS.replaceAll('"', '\\"'))}}`
	);
	await importFile(page, 'litellm.json', table);
	const report = plan(page, 'litellm.json');
	await expect(report).toContainText('1 to add, 0 to update, 0 unchanged, 8 skipped.');
	await expect(report.getByRole('listitem')).toHaveText([
		`${XSS} img-src-x-onerror-window-xss-1/${XSS}`,
		'__proto__: reserved name, not a model',
		'constructor: reserved name, not a model',
		'prototype: reserved name, not a model',
		'nested: not an object',
		'huge-per-token: input_cost_per_token: too large: per 1M tokens it passes the largest number there is (about 1.8e308)',
		'infinite: input_cost_per_token: Invalid input: expected number, received Infinity',
		'not-numbers: input_cost_per_token: Invalid input: expected number, received string; output_cost_per_token: Invalid input: expected number, received string',
		'negative: input_cost_per_token: must not be negative'
	]);
	await page.getByRole('button', { name: 'Apply import' }).click();
	await page.getByLabel('Search prices').fill('onerror');
	await expect(page.getByRole('status').filter({ hasText: 'figures' })).toHaveText(
		'2 of 211 figures'
	);
	await page.reload();
	await page.getByLabel('Search prices').fill('onerror');
	await expect(page.getByRole('status').filter({ hasText: 'figures' })).toHaveText(
		'2 of 211 figures'
	);
	await expect(page.getByText(XSS, { exact: true }).first()).toBeVisible();
	await expectNoScriptRan(page);
	await expectNotPolluted(page);
	await expectSavedProjectIntact(page);
});

test('a hostile catalog file: bad and repeated entries skipped, huge prices read as too large in the sheet', async ({
	page
}) => {
	await setUpSavedProject(page);
	await page.goto('/prices');
	const gpt41 = BUILTIN_CATALOG.find((entry) => entry.id === 'openai/gpt-4.1-2025-04-14');
	if (gpt41?.kind !== 'api-model' || !gpt41.inference) throw new Error('no GPT-4.1 in the catalog');
	const priced = (id: string, name: string, input: string) =>
		JSON.stringify({
			...gpt41,
			id,
			displayName: name,
			inference: { ...gpt41.inference, input: { ...gpt41.inference!.input, value: 424242 } }
		}).replace('424242', input);
	const entries = [
		nestedLists(100_000),
		withPollutingKeys(JSON.parse(priced(gpt41.id, 'GPT-4.1 (huge)', '1e308'))),
		priced('custom/xss', XSS, '1'),
		priced('custom/xss', 'The same id again', '1'),
		priced('custom/infinite', 'Infinite', '1e309'),
		priced('custom/nan', 'NaN', '"NaN"'),
		priced('custom/negative', 'Negative', '-1')
	];
	await importFile(
		page,
		'catalog.json',
		withPollutingKeys({ type: 'tunesheet-catalog', version: 1, entries: [] }).replace(
			'"entries":[]',
			`"entries":[${entries.join(',')}]`
		)
	);
	const report = plan(page, 'catalog.json');
	await expect(report).toContainText('1 to add, 1 to update, 0 unchanged, 5 skipped.');
	await expect(report.getByRole('listitem')).toHaveText([
		`${XSS} custom/xss`,
		'GPT-4.1 (huge): replaced',
		'entries.0: Invalid input: expected object, received array',
		'entries.3: id: an earlier entry has the same id',
		'entries.4: inference.input.value: Invalid input: expected number, received Infinity',
		'entries.5: inference.input.value: Invalid input: expected number, received string',
		'entries.6: inference.input.value: must not be negative'
	]);
	await page.getByRole('button', { name: 'Apply import' }).click();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await expect(await sheetCell(page, 'Total cost', SAVED_SCENARIO)).toHaveText('Too large');
	await expectNoScriptRan(page);
	await expectNotPolluted(page);
	await expectSavedProjectIntact(page);
});
