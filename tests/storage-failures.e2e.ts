import { expect, test, type Page } from '@playwright/test';
import { sheetCell } from './sheet-helpers';

const A = 'Few-shot GPT-4.1';
const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });

async function setRequests(page: Page, text: string) {
	await (await sheetCell(page, 'Requests per month', A)).click();
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
}

/** Reads one stored project straight from IndexedDB, as another program would. */
function storedProjects(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ name: string; prompt: { system: string } }[]>((resolve, reject) => {
				const open = indexedDB.open('tunesheet');
				open.onsuccess = () => {
					const request = open.result.transaction('projects').objectStore('projects').getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
}

test('a full disk is reported with what to do, the edit is kept and saved once there is room', async ({
	page
}) => {
	// Stands in for a full disk: the browser refuses every write to the projects store while the flag is set.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === 'projects') {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await page.goto('/');
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
	await setRequests(page, '400k');
	await expect(saveStatus(page)).toHaveText('Not saved');
	await expect(page.getByRole('alert').filter({ hasText: 'not saved yet' })).toContainText(
		'The browser refused to store more'
	);
	await expect(await sheetCell(page, 'Requests per month', A)).toHaveText('400,000');

	await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
	// Retried after a pause, without another edit.
	await expect(saveStatus(page)).toHaveText('Saved', { timeout: 10_000 });
	await page.reload();
	await expect(await sheetCell(page, 'Requests per month', A)).toHaveText('400,000');
});

test('without IndexedDB the app works in memory and says nothing will be saved', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { get: () => undefined });
	});
	await page.goto('/');
	await expect(saveStatus(page)).toHaveText('Not saved (no storage)');
	await expect(page.getByRole('alert').filter({ hasText: 'Nothing is being saved' })).toContainText(
		'does not let Tunesheet store anything here'
	);
	await setRequests(page, '200k');
	await expect(await sheetCell(page, 'Total cost', A)).toHaveText('$15,120.00');
});

test('another tab upgrading the database gets the pending edit saved and a reload banner', async ({
	context
}) => {
	const page = await context.newPage();
	await page.goto('/prompt');
	await expect(saveStatus(page)).toHaveText('Saved');
	await page.getByLabel('System prompt').fill('Answer as the shop’s support desk.');

	// A newer Tunesheet in another tab opens the database at a higher version, at once.
	const other = await context.newPage();
	await other.goto('/favicon.svg');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('tunesheet', 990);
				open.onsuccess = () => {
					open.result.close();
					resolve();
				};
				open.onerror = () => reject(open.error);
			})
	);
	await expect(page.getByRole('alert').filter({ hasText: 'updated in another tab' })).toBeVisible();
	const stored = await storedProjects(other);
	expect(stored.map((project) => project.prompt.system)).toEqual([
		'Answer as the shop’s support desk.'
	]);
});

test('an upgrade blocked by another tab says so and goes on once that tab lets go', async ({
	context
}) => {
	// An older Tunesheet (database version 1) open in another tab that never lets go by itself.
	const old = await context.newPage();
	await old.goto('/favicon.svg');
	await old.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('tunesheet', 10);
				open.onupgradeneeded = () =>
					open.result.createObjectStore('catalogOverrides', { keyPath: 'id' });
				open.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = open.result;
					resolve();
				};
				open.onerror = () => reject(open.error);
			})
	);
	const page = await context.newPage();
	await page.goto('/');
	await expect(
		page.getByRole('alert').filter({ hasText: 'still using the older stored data' })
	).toBeVisible();
	await expect(page.getByText('Opening your project…')).toBeVisible();

	await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
	await expect(saveStatus(page)).toHaveText('Saved');
	await expect(await sheetCell(page, 'Total cost', A)).toHaveText('$7,560.00');
	await expect(
		page.getByRole('alert').filter({ hasText: 'still using the older stored data' })
	).toBeHidden();
});
