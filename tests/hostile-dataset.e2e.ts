import { expect, test, type Page } from '@playwright/test';
import { createWriteStream } from 'node:fs';
import { datasetFigure, startResponsivenessProbe, stopResponsivenessProbe } from './helpers';
import {
	expectNoScriptRan,
	expectNotPolluted,
	expectSavedProjectIntact,
	nestedLists,
	saveStatus,
	setUpSavedProject,
	withPollutingKeys,
	writeGzipBomb,
	XSS
} from './hostile-helpers';

const PROGRESS = 'progress[aria-label="Analysis progress"]';

const chat = (user: string, assistant: string) => ({
	messages: [
		{ role: 'system', content: 'You answer briefly.' },
		{ role: 'user', content: user },
		{ role: 'assistant', content: assistant }
	]
});

function pick(page: Page, name: string, content: string | Buffer) {
	return page.getByLabel('Dataset file').setInputFiles({
		name,
		mimeType: 'application/octet-stream',
		buffer: Buffer.isBuffer(content) ? content : Buffer.from(content)
	});
}

function refusal(page: Page) {
	return page.getByRole('alert').filter({ hasText: 'Could not analyse the file' });
}

/** The issue list's entries under one code. */
function issues(page: Page, code: string) {
	return page.getByRole('region', { name: new RegExp(`^${code}: `) }).getByRole('listitem');
}

/** Fresh from storage on the dataset page, with no worker started yet. */
async function openDatasetPage(page: Page) {
	await page.goto('/dataset');
	await expect(saveStatus(page)).toHaveText('Saved');
}

test('files that hold no dataset are refused with the reason, and the saved project stays', async ({
	page
}) => {
	await setUpSavedProject(page);
	await openDatasetPage(page);
	const png = Buffer.from(
		'89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
			'1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5e1b0a30000000049454e44ae426082',
		'hex'
	);
	const cases: [string, string | Buffer, string][] = [
		['image.jsonl', png, 'The file is binary, not text (it holds NUL bytes).'],
		['empty.jsonl', '', 'The file is empty.'],
		['blank.jsonl', ' \n\n\t \r\n   ', 'The file holds only white space.'],
		// Latin-1: no line of it is UTF-8.
		[
			'latin1.jsonl',
			Buffer.from('{"q": "caf\xe9"}\n{"q": "na\xefve"}\n', 'latin1'),
			'The file is not UTF-8 text.'
		]
	];
	for (const [name, content, reason] of cases) {
		await pick(page, name, content);
		await expect(refusal(page)).toHaveText(`Could not analyse the file: ${reason}`);
		await expect(page.getByRole('table', { name: 'Dataset figures' })).toHaveCount(0);
	}
	await expectSavedProjectIntact(page);
});

test('bad lines are errors at their lines, shown as text, and pollute nothing', async ({
	page
}) => {
	await setUpSavedProject(page);
	await openDatasetPage(page);
	const first = `${withPollutingKeys(chat('Hello', 'Hi there.'))}\n`;
	const notUtf8 = Buffer.concat([
		Buffer.from('{"messages": "'),
		Buffer.from([0xc3, 0x28]),
		Buffer.from('"}\n')
	]);
	const lines = [
		nestedLists(100_000),
		nestedLists(100_000, false),
		`{"messages": [${withPollutingKeys({ role: 'user', content: 'Hi' })}, {"role": "assistant", "content": "Yes"}]}`,
		JSON.stringify({
			messages: [
				{ role: XSS, content: XSS },
				{ role: 'assistant', content: 'ok' }
			]
		}),
		`{"messages": [{"role": "user", "content": "Call it"}, {"role": "assistant", "tool_calls": ${nestedLists(100_000)}}]}`,
		JSON.stringify(chat('Bye', 'Goodbye.'))
	];
	const file = Buffer.concat([Buffer.from(first), notUtf8, Buffer.from(lines.join('\n') + '\n')]);
	await pick(page, `${XSS}.jsonl`, file);

	await expect(datasetFigure(page, 'Valid examples')).toHaveText('2');
	await expect(datasetFigure(page, 'Records left out (errors)')).toHaveText('6');
	await expect(
		page.getByRole('region', { name: 'Figures' }).getByText(`${XSS}.jsonl ·`, { exact: false })
	).toBeVisible();
	const offset = Buffer.byteLength(first) + '{"messages": "'.length;
	await expect(issues(page, 'invalid_utf8')).toHaveText([
		`Line 2 Line 2 is not valid UTF-8 (first bad byte at offset ${offset}).`
	]);
	await expect(issues(page, 'data_type')).toContainText([
		'Line 3 The record is a list, not a JSON object.'
	]);
	await expect(issues(page, 'invalid_json')).toContainText([
		'Line 4, column 100001 This record is not valid JSON: unexpected end of JSON input (line 4, column 100001).'
	]);
	await expect(issues(page, 'message_unrecognized_key')).toContainText([
		'Line 5 Message 1 has the keys "__proto__", "constructor", "prototype", which chat messages do not take (they take role, content, name, weight, function_call, tool_calls, tool_call_id and refusal).'
	]);
	await expect(issues(page, 'unrecognized_role')).toContainText([
		`Line 6 Message 1 has the role "${XSS}"; the roles are system, developer, user, assistant, tool and function.`
	]);
	await expect(issues(page, 'invalid_tool_call')).toContainText([
		'Line 7 Message 2\'s tool call 1 is not of the form {"id", "type": "function", "function": {"name", "arguments"}} with text values.'
	]);
	await expectNoScriptRan(page);
	await expectNotPolluted(page);
	await expectSavedProjectIntact(page);
});

test('a CSV whose header repeats a column name is read with the first column of that name', async ({
	page
}) => {
	await openDatasetPage(page);
	await pick(page, 'repeated.csv', 'prompt,completion,completion\nWhat is 2+2?,4,four\n');
	await expect(datasetFigure(page, 'Valid examples')).toHaveText('1');
	const assistant = page.getByRole('combobox', { name: /^Assistant column/ });
	await expect(assistant).toHaveValue('completion');
	await expect(assistant.getByRole('option')).toHaveText([
		'choose…',
		'prompt',
		'completion',
		'completion'
	]);
});

test('a 500 MB line is reported as too long while the page keeps responding', async ({ page }) => {
	test.setTimeout(240_000);
	const path = test.info().outputPath('one-line.jsonl');
	const head = '{"messages": [{"role": "user", "content": "';
	const tail = `"}, {"role": "assistant", "content": "ok"}]}\n${JSON.stringify(chat('Hi', 'Hello.'))}\n`;
	const out = createWriteStream(path);
	const block = 'a'.repeat(1 << 20);
	out.write(head);
	let lineBytes = head.length + tail.indexOf('\n');
	for (let i = 0; i < 477; i++) {
		if (!out.write(block)) await new Promise<void>((done) => out.once('drain', () => done()));
		lineBytes += block.length;
	}
	out.write(tail);
	await new Promise<void>((done) => out.end(() => done()));

	await setUpSavedProject(page);
	await openDatasetPage(page);
	await startResponsivenessProbe(page, PROGRESS);
	await page.getByLabel('Dataset file').setInputFiles(path);
	// Progress moves through the line itself, not only from one line to the next.
	await expect(
		page.getByText(/Reading one-line\.jsonl: [1-9][\d.,]* [kMG]B of 500 MB/)
	).toBeVisible();
	await expect(page.getByRole('table', { name: 'Dataset figures' })).toBeVisible({
		timeout: 180_000
	});
	const probe = await stopResponsivenessProbe(page);
	expect(probe.longTasks, 'main-thread tasks over 50 ms').toEqual([]);
	await expect(issues(page, 'line_too_long')).toHaveText([
		`Line 1 Line 1 is ${lineBytes.toLocaleString('en-US')} bytes long; a record can be at most 256 MiB.`
	]);
	await expect(datasetFigure(page, 'Valid examples')).toHaveText('1');
	await expectSavedProjectIntact(page);
});

test('a gzip bomb shows what it has decompressed, and Cancel stops it at once', async ({
	page
}) => {
	test.setTimeout(180_000);
	const path = test.info().outputPath('bomb.jsonl.gz');
	// 9 GiB of contents in a 9 MB file.
	writeGzipBomb(path, '{"messages": [{"role": "user", "content": "', 576);
	await setUpSavedProject(page);
	await openDatasetPage(page);
	await expect(
		page.getByText('(read up to 8 GiB once decompressed)', { exact: false })
	).toBeVisible();
	await startResponsivenessProbe(page, PROGRESS);
	await page.getByLabel('Dataset file').setInputFiles(path);
	await expect(
		page.getByText(/Reading bomb\.jsonl\.gz: [\d.]+ GB decompressed \(at most 8 GiB\)/)
	).toBeVisible({
		timeout: 60_000
	});
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('Analysis cancelled.')).toBeVisible();
	await expect.poll(() => page.workers().length).toBe(0);
	const probe = await stopResponsivenessProbe(page);
	expect(probe.longTasks, 'main-thread tasks over 50 ms').toEqual([]);
	await expect(page.getByRole('table', { name: 'Dataset figures' })).toHaveCount(0);
	await expectSavedProjectIntact(page);
});

test('a gzip bomb is refused once its contents pass 8 GiB, with what to do instead', async ({
	page
}) => {
	// The real limit, not a smaller one for the test: a minute or two of decompression.
	test.setTimeout(420_000);
	const path = test.info().outputPath('over-limit.jsonl.gz');
	writeGzipBomb(path, '{"messages": [{"role": "user", "content": "', 513);
	await setUpSavedProject(page);
	await openDatasetPage(page);
	await startResponsivenessProbe(page, PROGRESS);
	await page.getByLabel('Dataset file').setInputFiles(path);
	await expect(refusal(page)).toHaveText(
		'Could not analyse the file: Decompressed, this file is larger than 8 GiB, the most that is read from a gzip file. Decompress it and choose the uncompressed file, which has no such limit.',
		{ timeout: 400_000 }
	);
	const probe = await stopResponsivenessProbe(page);
	expect(probe.longTasks, 'main-thread tasks over 50 ms').toEqual([]);
	await expectSavedProjectIntact(page);
});
