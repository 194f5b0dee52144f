import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatTokens, datasetFigure, expectSummary, formatCount, messageTokens } from './helpers';
import { sheetCell } from './sheet-helpers';

const A = 'Few-shot GPT-4.1';
const SYSTEM = 'You answer questions about bicycle repairs in two sentences.';
const USER = 'Can you true a buckled wheel while I wait? 🚲';

/** Tokenizer data (rank tables, tokenizer.json files) is a megabyte or more; the app's own files are far smaller. */
const TOKENIZER_DATA_BYTES = 900_000;

async function saved(page: Page) {
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
}

async function setRequests(page: Page, text: string) {
	await (await sheetCell(page, 'Requests per month', A)).click();
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
}

function navigateTo(page: Page, name: string) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

/** Waits until the service worker is active and handles this page's requests (a first visit may need a reload). */
async function controlledByServiceWorker(page: Page) {
	const controlled = () =>
		page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			return navigator.serviceWorker.controller !== null;
		});
	if (!(await controlled())) await page.reload();
	expect(await controlled()).toBe(true);
}

/** Every file in Tunesheet's caches: path and size. */
function cachedFiles(page: Page) {
	return page.evaluate(async () => {
		const found: { cache: string; path: string; bytes: number }[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const response = await cache.match(request);
				const bytes = response ? (await response.blob()).size : 0;
				found.push({ cache: name, path: new URL(request.url).pathname, bytes });
			}
		}
		return found;
	});
}

/** A request the service worker does not have cached, so it must ask the network. */
function fetchUncached(page: Page) {
	return page.evaluate(() =>
		fetch('/_app/immutable/not-in-any-build.js').then(
			(response) => `HTTP ${response.status}`,
			() => 'no network'
		)
	);
}

async function goOffline(context: BrowserContext, page: Page) {
	await context.setOffline(true);
	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	// Not only the page: the service worker's own requests fail too, so what follows is served from its cache.
	expect(await fetchUncached(page)).toBe('no network');
}

test('after one visit, the sheet, the sample prompt, the dataset page and navigation work offline', async ({
	context,
	page
}) => {
	await page.goto('/');
	await saved(page);
	await controlledByServiceWorker(page);
	expect(await fetchUncached(page)).toBe('HTTP 404');

	// Installed: the app page, its code and the workers' code, but no tokenizer data before a tokenizer is used.
	await expect.poll(async () => (await cachedFiles(page)).map((file) => file.path)).toContain('/');
	const installed = await cachedFiles(page);
	const paths = installed.map((file) => file.path);
	expect(paths).toContain('/manifest.webmanifest');
	expect(
		paths.filter((path) => /\/workers\/dataset(-coordinator)?\.worker-/.test(path))
	).toHaveLength(2);
	expect(paths.filter((path) => path.includes('/workers/chunks/')).length).toBeGreaterThan(0);
	expect(installed.filter((file) => file.bytes > TOKENIZER_DATA_BYTES)).toEqual([]);
	expect(new Set(installed.map((file) => file.cache)).size).toBe(1);

	// Counting the sample prompt downloads o200k_base's ranks, which are kept for next time.
	await navigateTo(page, 'Sample prompt');
	await page.getByLabel('System prompt').fill(SYSTEM);
	await page.getByLabel('User message').fill(USER);
	await expectSummary(page, 'User message', messageTokens('o200k_base', 'user', USER));
	await expect
		.poll(
			async () =>
				(await cachedFiles(page)).filter((file) => file.bytes > TOKENIZER_DATA_BYTES).length
		)
		.toBe(1);
	await saved(page);

	await navigateTo(page, 'Sheet');
	await setRequests(page, '250k');
	await saved(page);

	await goOffline(context, page);
	await expect(await sheetCell(page, 'Requests per month', A)).toHaveText('250,000');
	await expect(await sheetCell(page, 'Total cost', A)).toHaveText('$18,900.00');
	await saved(page);

	// The prompt is counted again offline, with the tokenizer data from the cache.
	await navigateTo(page, 'Sample prompt');
	await expect(page.getByLabel('System prompt')).toHaveValue(SYSTEM);
	await expectSummary(page, 'System prompt', messageTokens('o200k_base', 'system', SYSTEM));
	const more = `${USER} Tomorrow is fine too.`;
	await page.getByLabel('User message').fill(more);
	await expectSummary(page, 'User message', messageTokens('o200k_base', 'user', more));

	// The dataset workers start and count offline.
	await navigateTo(page, 'Dataset');
	const examples = Array.from({ length: 12 }, (_, i) => [
		{ role: 'system', content: SYSTEM },
		{ role: 'user', content: `Wheel ${i}: how long does truing take?` },
		{ role: 'assistant', content: `About ${10 + i} minutes for wheel ${i}.` }
	]);
	await page.getByLabel('Dataset file').setInputFiles({
		name: 'repairs.jsonl',
		mimeType: 'application/jsonl',
		buffer: Buffer.from(examples.map((messages) => JSON.stringify({ messages })).join('\n'))
	});
	const total = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(datasetFigure(page, 'Valid examples')).toContainText('12');
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(total));

	for (const [link, heading] of [
		['Guide', 'Should you fine-tune?'],
		['Prices', 'Prices'],
		['Projects', 'Projects']
	] as const) {
		await navigateTo(page, link);
		await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
	}
	// A page opened by its address is served by the cached app too.
	await page.goto('/dataset');
	await expect(page.getByRole('heading', { name: 'Dataset', exact: true })).toBeVisible();
	expect(await fetchUncached(page)).toBe('no network');
});

/**
 * The built site behind a small proxy of the test's own, which can start serving the next deployment's service
 * worker: the same app under another version number. (Playwright's routing does not see the browser's update
 * checks of a service worker script, so the change has to come from a server.)
 */
async function deployableSite(origin: string) {
	let replace: { from: string; to: string } | null = null;
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', origin);
		void fetch(url)
			.then(async (upstream) => {
				let body = Buffer.from(await upstream.arrayBuffer());
				if (replace && url.pathname === '/service-worker.js') {
					body = Buffer.from(body.toString('utf8').replaceAll(replace.from, replace.to));
				}
				const type = upstream.headers.get('content-type');
				response.writeHead(upstream.status, type ? { 'content-type': type } : {});
				response.end(body);
			})
			.catch(() => response.writeHead(502).end());
	});
	await new Promise<void>((resolve) => server.listen(0, resolve));
	return {
		url: `http://localhost:${(server.address() as AddressInfo).port}`,
		/** From now on the service worker script carries version `to` instead of `from`. */
		deploy(from: string, to: string) {
			replace = { from, to };
		},
		close() {
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

type Site = Awaited<ReturnType<typeof deployableSite>>;

/** Opens the site, waits for its service worker, deploys the next version and reloads: the notice appears. */
async function openThenDeploy(page: Page, site: Site) {
	await page.goto(`${site.url}/`);
	await saved(page);
	await controlledByServiceWorker(page);
	const { version } = await page.evaluate(() =>
		fetch('/_app/version.json').then((r) => r.json() as Promise<{ version: string }>)
	);
	expect(await page.evaluate(() => caches.keys())).toEqual([`tunesheet-${version}`]);
	const next = `${version}-next`;
	site.deploy(version, next);
	await page.reload();
	await expect(updateNotice(page)).toHaveText(
		/^\s*A new version of Tunesheet is ready\. It loads the next time you open Tunesheet\.\s*Reload now\s*$/
	);
	return { version, next };
}

function updateNotice(page: Page) {
	return page.getByRole('status').filter({ hasText: 'A new version of Tunesheet is ready.' });
}

test('a new version waits while Tunesheet is open and loads the next time it is opened', async ({
	context,
	page,
	baseURL
}) => {
	const site = await deployableSite(baseURL!);
	try {
		const { version, next } = await openThenDeploy(page, site);
		// Nothing is replaced under an open page: it keeps its version, and edits go on.
		await setRequests(page, '300k');
		await saved(page);
		await expect(updateNotice(page)).toBeVisible();
		expect(await page.evaluate(() => caches.keys())).toContain(`tunesheet-${version}`);

		await page.close();
		const again = await context.newPage();
		await again.goto(`${site.url}/`);
		await expect(await sheetCell(again, 'Requests per month', A)).toHaveText('300,000');
		await expect.poll(() => again.evaluate(() => caches.keys())).toEqual([`tunesheet-${next}`]);
		await expect(updateNotice(again)).toHaveCount(0);
	} finally {
		await site.close();
	}
});

test('Reload now saves the edit and switches to the new version; other tabs are told', async ({
	context,
	page,
	baseURL
}) => {
	const site = await deployableSite(baseURL!);
	try {
		const { next } = await openThenDeploy(page, site);
		const other = await context.newPage();
		await other.goto(`${site.url}/prices`);
		await expect(updateNotice(other)).toBeVisible();

		// Not waiting for the autosave: Reload now saves first.
		await setRequests(page, '320k');
		const reloaded = page.waitForEvent('load');
		await updateNotice(page).getByRole('button', { name: 'Reload now' }).click();
		await reloaded;
		await expect(await sheetCell(page, 'Requests per month', A)).toHaveText('320,000');
		await expect(updateNotice(page)).toHaveCount(0);
		// The new version controls the page and the previous version's cache is gone.
		await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`tunesheet-${next}`]);

		// The other tab still runs the previous version's page: it is told so, and reloads when asked.
		const told = other
			.getByRole('status')
			.filter({ hasText: 'Tunesheet was updated in another tab.' });
		await expect(told).toBeVisible();
		const otherReloaded = other.waitForEvent('load');
		await told.getByRole('button', { name: 'Reload now' }).click();
		await otherReloaded;
		await expect(other.getByRole('heading', { name: 'Prices', exact: true })).toBeVisible();
		await expect(other.getByRole('status').filter({ hasText: 'Tunesheet' })).toHaveCount(0);
	} finally {
		await site.close();
	}
});

test('Tunesheet can be installed: its manifest, colours and icons', async ({ page }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await page.request.get(new URL(href!, page.url()).href);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = (await response.json()) as {
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; type: string; purpose: string }[];
	};
	expect(manifest).toMatchObject({
		name: 'Tunesheet',
		short_name: 'Tunesheet',
		start_url: './',
		scope: './',
		display: 'standalone'
	});
	// The colours are the app's own accent and background.
	const colours = await page.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		return [style.getPropertyValue('--accent'), style.getPropertyValue('--bg')];
	});
	expect([manifest.theme_color, manifest.background_color]).toEqual(colours);
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
		'content',
		manifest.theme_color
	);

	expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	for (const icon of manifest.icons) {
		const png = await (await page.request.get(new URL(icon.src, response.url()).href)).body();
		expect(png.subarray(1, 4).toString('ascii'), icon.src).toBe('PNG');
		// The image header (IHDR) holds the width and height.
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}
});
