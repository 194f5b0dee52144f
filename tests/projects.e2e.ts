import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sheetCell } from './sheet-helpers';

const A = 'Few-shot GPT-4.1';

async function saved(page: Page) {
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
}

async function setRequests(page: Page, text: string) {
	await (await sheetCell(page, 'Requests per month', A)).click();
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
}

test('an edit survives closing the page at once', async ({ context }) => {
	const page = await context.newPage();
	await page.goto('/');
	await saved(page);
	await setRequests(page, '250k');
	await expect(await sheetCell(page, 'Requests per month', A)).toHaveText('250,000');
	// No wait for the autosave: leaving the page flushes it.
	await page.close({ runBeforeUnload: true });

	const again = await context.newPage();
	await again.goto('/');
	await expect(await sheetCell(again, 'Requests per month', A)).toHaveText('250,000');
	await expect(await sheetCell(again, 'Total cost', A)).toHaveText('$18,900.00');
});

test('two tabs see each other’s edits', async ({ context }) => {
	const first = await context.newPage();
	await first.goto('/');
	await saved(first);
	const second = await context.newPage();
	await second.goto('/');
	await saved(second);

	await setRequests(first, '300k');
	await saved(first);
	await expect(await sheetCell(second, 'Requests per month', A)).toHaveText('300,000');

	await setRequests(second, '50k');
	await saved(second);
	await expect(await sheetCell(first, 'Requests per month', A)).toHaveText('50,000');
});

test('projects are created, renamed, switched and deleted with undo', async ({ page }) => {
	await page.goto('/projects');
	const list = page.getByRole('table', { name: 'Your projects' });
	await expect(list.getByRole('rowheader')).toHaveText(['Example project (open)']);
	await page.getByLabel('New project').fill('Support bot');
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(list.getByRole('rowheader', { name: 'Support bot (open)' })).toBeVisible();

	await page.getByRole('button', { name: 'Rename Support bot' }).click();
	await page.getByLabel('New name for Support bot').fill('Support bot v2');
	await page.keyboard.press('Enter');
	await expect(list.getByRole('rowheader', { name: 'Support bot v2 (open)' })).toBeVisible();

	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await page.getByRole('button', { name: 'Add prompted' }).click();
	await expect(page.getByRole('grid', { name: 'Scenarios' }).getByRole('columnheader')).toHaveText([
		'Scenario 1baseline'
	]);
	await saved(page);

	await page.getByRole('link', { name: 'Projects' }).click();
	await page.getByRole('button', { name: 'Open Example project' }).click();
	await page.getByRole('link', { name: 'Sheet', exact: true }).click();
	await expect(await sheetCell(page, 'Total cost', A)).toHaveText('$7,560.00');

	await page.getByRole('link', { name: 'Projects' }).click();
	await page.getByRole('button', { name: 'Delete Support bot v2' }).click();
	await expect(list.getByRole('rowheader')).toHaveText(['Example project (open)']);
	await page.getByRole('button', { name: 'Undo delete' }).click();
	await expect(list.getByRole('rowheader')).toHaveCount(2);
	await page.reload();
	await expect(list.getByRole('rowheader')).toHaveCount(2);
});

test('a backup from one browser restores in a fresh one; a broken file changes nothing', async ({
	browser,
	page
}) => {
	await page.goto('/');
	await setRequests(page, '120k');
	await saved(page);
	await page.goto('/projects');
	await expect(page.getByText('Last backup: never')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup of everything' }).click();
	const path = await (await download).path();
	const backup = readFileSync(path, 'utf8');
	expect(JSON.parse(backup)).toMatchObject({ type: 'tunesheet-backup', version: 1 });
	await expect(page.getByText('Last backup: never')).toBeHidden();

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/projects');
	const list = other.getByRole('table', { name: 'Your projects' });
	await expect(list.getByRole('rowheader')).toHaveCount(1);

	await other.getByLabel('Restore from a backup file').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup.replace('"scenarios": [', '"scenarios": "oops", "x": ['))
	});
	await expect(other.getByRole('alert')).toContainText('broken.json');
	await expect(other.getByRole('alert')).toContainText('Nothing was changed.');
	await expect(list.getByRole('rowheader')).toHaveCount(1);

	await other.getByLabel('Restore from a backup file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await expect(other.getByRole('region', { name: 'Restore plan' })).toContainText('1 project');
	await other.getByRole('button', { name: 'Restore', exact: true }).click();
	await expect(
		other.getByRole('status').filter({ hasText: 'Restored from backup.json' })
	).toBeVisible();
	await expect(list.getByRole('rowheader')).toHaveCount(2);
	await other.getByRole('button', { name: 'Open Example project (restored)' }).click();
	await other.getByRole('link', { name: 'Sheet', exact: true }).click();
	await expect(await sheetCell(other, 'Requests per month', A)).toHaveText('120,000');
	await fresh.close();
});

test('a stored project that no longer reads is set aside, the rest loads, and it can be exported', async ({
	page
}) => {
	await page.goto('/projects');
	await saved(page);
	// A record damaged outside the app: its scenarios are not a list.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('tunesheet');
				open.onsuccess = () => {
					const tx = open.result.transaction('projects', 'readwrite');
					tx.objectStore('projects').put({
						id: 'damaged',
						schemaVersion: 1,
						name: 'Damaged',
						createdAt: '2026-11-01T00:00:00.000Z',
						updatedAt: '2026-11-02T00:00:00.000Z',
						scenarios: 'not a list'
					});
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.reload();
	await saved(page);
	const list = page.getByRole('table', { name: 'Your projects' });
	await expect(list.getByRole('rowheader')).toHaveText(['Example project (open)']);
	// Opening the app checked every stored project: the damaged one was moved aside, not lost; the recovered list
	// shows it once the page is opened after that.
	await page.reload();
	const notice = page
		.getByRole('alert')
		.filter({ hasText: 'could not be read and were set aside' });
	await expect(notice).toContainText('1 record');
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Export recovered items' }).click();
	const path = await (await download).path();
	expect(readFileSync(path, 'utf8')).toContain('not a list');
});

/** A share link's payload for `json` (a backup file's text), made in the page as the app makes one. */
function sharePayload(page: Page, json: string): Promise<string> {
	return page.evaluate(async (text) => {
		const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		let binary = '';
		for (const byte of bytes) binary += String.fromCharCode(byte);
		const base64 = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
		return `v1.${base64}`;
	}, json);
}

/** The open project as a one-project backup, as "Download this project" writes it. */
async function projectFile(page: Page): Promise<{ projects: { name: string }[] }> {
	await page.goto('/projects');
	// The project is open (and its download ready) once it has been saved.
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download this project' }).click();
	return JSON.parse(readFileSync(await (await download).path(), 'utf8'));
}

test('another share link opened on the share page shows its own project', async ({ page }) => {
	const file = await projectFile(page);
	const named = (name: string) =>
		JSON.stringify({ ...file, projects: [{ ...file.projects[0], name }] });
	const first = await sharePayload(page, named('First shared'));
	const second = await sharePayload(page, named('Second shared'));

	await page.goto(`/share#${first}`);
	const heading = page.getByRole('heading', { level: 2 });
	await expect(heading).toHaveText('Shared project: First shared');
	// The same page follows the link: no reload in between.
	await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
	await page.goto(`/share#${second}`);
	await expect(heading).toHaveText('Shared project: Second shared');
	await page.goto(`/share#${second.slice(0, -12)}`);
	await expect(page.getByRole('alert')).toContainText('This link could not be opened');
	await page.goto(`/share#${first}`);
	await expect(heading).toHaveText('Shared project: First shared');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
		true
	);
});

test('the projects page, backups and share links read in French, and switch language in place', async ({
	page
}) => {
	await page.addInitScript(() => localStorage.setItem('tunesheet.locale', 'fr'));
	await page.goto('/projects');
	await expect(page.getByRole('heading', { name: 'Projets', exact: true })).toBeVisible();
	await expect(page.getByRole('status', { name: 'État de l’enregistrement' })).toHaveText(
		'Enregistré'
	);
	const list = page.getByRole('table', { name: 'Vos projets' });
	// A first visit in French: the example project is named in French.
	await expect(list.getByRole('rowheader')).toHaveText(['Projet exemple (ouvert)']);
	await expect(page.getByText('Dernière sauvegarde\u00a0: jamais')).toBeVisible();

	await page.getByLabel('Restaurer depuis un fichier de sauvegarde').setInputFiles({
		name: 'cassé.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"type": "tunesheet-backup", "version": 9}')
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'cassé.json\u00a0: Cette sauvegarde a été écrite par une version plus récente de Tunesheet'
	);
	await expect(alert).toContainText('Rien n’a été modifié.');

	// Switched without a reload: the page's text follows at once.
	await page.getByLabel('Langue').selectOption('en');
	await expect(page.getByRole('heading', { name: 'Projects', exact: true })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Your projects' })).toBeVisible();
	await expect(alert).toContainText('Nothing was changed.');
	await page.getByLabel('Language').selectOption('fr');

	await page.goto('/share#v9.abc');
	await expect(page.getByRole('alert')).toHaveText(
		'Ce lien n’a pas pu être ouvert\u00a0: Ce lien de partage a été créé par une autre version de Tunesheet (format de lien v9)\u00a0; celle-ci ouvre les liens v1.'
	);
	await page.getByLabel('Langue').selectOption('en');
	await expect(page.getByRole('alert')).toHaveText(
		'This link could not be opened: This share link was made by another Tunesheet (link format v9); this one opens v1 links.'
	);
});
