/*
 * Shared by the hostile-input corpus (tests/hostile-*.e2e.ts): a saved project to keep, and the checks that nothing
 * was lost, polluted or executed.
 */
import { expect, type Page } from '@playwright/test';
import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { sheetCell } from './sheet-helpers';

/** Markup that runs script if it is ever inserted as HTML rather than as text. */
export const XSS = '<img src=x onerror="window.__xss=1">';

/**
 * JSON text of `value` with `__proto__`, `constructor` and `prototype` keys first, each trying to set `polluted` on
 * Object.prototype. Written as text: in an object literal `__proto__` would set the prototype instead.
 */
export function withPollutingKeys(value: object): string {
	const keys =
		'"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';
	const json = JSON.stringify(value);
	return json === '{}' ? `{${keys}}` : `{${keys},${json.slice(1)}`;
}

/** `depth` nested JSON lists, closed or left open. */
export function nestedLists(depth: number, closed = true): string {
	return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
}

export const SAVED_PROJECT = 'Kept project';
export const SAVED_SCENARIO = 'Few-shot GPT-4.1';
const SAVED_REQUESTS = '123,456';

export function saveStatus(page: Page) {
	return page.getByRole('status', { name: 'Save status' });
}

export function projectList(page: Page) {
	return page.getByRole('table', { name: 'Your projects' });
}

/** The example project renamed and one sheet cell edited, both saved: what a hostile input must not lose. */
export async function setUpSavedProject(page: Page): Promise<void> {
	await page.goto('/projects');
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.getByRole('button', { name: 'Rename Example project' }).click();
	await page.getByLabel('New name for Example project').fill(SAVED_PROJECT);
	await page.keyboard.press('Enter');
	await expect(
		projectList(page).getByRole('rowheader', { name: `${SAVED_PROJECT} (open)` })
	).toBeVisible();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	const requests = await sheetCell(page, 'Requests per month', SAVED_SCENARIO);
	await requests.click();
	await page.keyboard.type('123456');
	await page.keyboard.press('Enter');
	await expect(requests).toHaveText(SAVED_REQUESTS);
	await expect(saveStatus(page)).toHaveText('Saved');
}

/** The project is still there after a fresh start from storage: its name, and the edited cell. */
export async function expectSavedProjectIntact(page: Page): Promise<void> {
	await page.goto('/projects');
	await expect(projectList(page).getByRole('rowheader', { name: SAVED_PROJECT })).toBeVisible();
	// Another project may have been opened since; the open one's button is disabled.
	const open = page.getByRole('button', { name: `Open ${SAVED_PROJECT}`, exact: true });
	if (await open.isEnabled()) await open.click();
	await expect(
		projectList(page).getByRole('rowheader', { name: `${SAVED_PROJECT} (open)` })
	).toBeVisible();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await expect(await sheetCell(page, 'Requests per month', SAVED_SCENARIO)).toHaveText(
		SAVED_REQUESTS
	);
}

/** Nothing reached Object.prototype, in the page nor in any worker still running. */
export async function expectNotPolluted(page: Page): Promise<void> {
	const check = () =>
		(({}) as Record<string, unknown>).polluted === undefined &&
		(Object.prototype as Record<string, unknown>).polluted === undefined;
	expect(await page.evaluate(check), 'Object.prototype in the page').toBe(true);
	for (const worker of page.workers()) {
		// A worker may end while it is asked; only an answer counts.
		const clean = await worker.evaluate(check).catch(() => true);
		expect(clean, `Object.prototype in worker ${worker.url()}`).toBe(true);
	}
}

/** The markup was never run and never became an element. */
export async function expectNoScriptRan(page: Page): Promise<void> {
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

/**
 * Writes a gzip file whose contents are `prefix` then `repeats` × 16 MiB of one letter, with no line break: about
 * 16 kB of the file per 16 MiB of contents (deflate's ratio, about 1,000:1, is the most a gzip bomb can get). The
 * repeated part is compressed once and its bytes written again: a full flush makes each copy independent.
 */
export function writeGzipBomb(path: string, prefix: string, repeats: number): number {
	const block = Buffer.alloc(16 * 1024 * 1024, 'a');
	const full = { finishFlush: constants.Z_FULL_FLUSH };
	const head = deflateRawSync(Buffer.from(prefix), full);
	const body = deflateRawSync(block, full);
	const end = deflateRawSync(Buffer.alloc(0));
	let crc = crc32(prefix);
	for (let i = 0; i < repeats; i++) crc = crc32(block, crc);
	const size = Buffer.byteLength(prefix) + repeats * block.length;
	const trailer = Buffer.alloc(8);
	trailer.writeUInt32LE(crc >>> 0, 0);
	trailer.writeUInt32LE(size % 2 ** 32, 4);
	const file = openSync(path, 'w');
	writeSync(file, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]));
	writeSync(file, head);
	for (let i = 0; i < repeats; i++) writeSync(file, body);
	writeSync(file, end);
	writeSync(file, trailer);
	closeSync(file);
	return size;
}
