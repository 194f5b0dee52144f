import type { BrowserContext, Page, Request } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './csp';
import { chatTokens, datasetFigure, formatCount, messageTokens } from './helpers';
import { sheetCell } from './sheet-helpers';

/** The static site as `npm run build` writes it: what a host serves. */
const BUILD = fileURLToPath(new URL('../build/', import.meta.url));

interface Recorded {
	method: string;
	url: URL;
	navigation: boolean;
	/** The page or worker script that asked (the browser's Referer); empty for some script loads. */
	referer: string;
}

/** Every request of the context's pages, their workers and nested workers, as the browser reports them. */
function recordRequests(context: BrowserContext): Recorded[] {
	const recorded: Recorded[] = [];
	context.on('request', (request: Request) => {
		recorded.push({
			method: request.method(),
			url: new URL(request.url()),
			navigation: request.isNavigationRequest(),
			referer: request.headers()['referer'] ?? ''
		});
	});
	return recorded;
}

/** The app's page addresses: one per route directory, and the root. */
const APP_PAGES = new Set([
	'/',
	...readdirSync(new URL('../src/routes', import.meta.url), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `/${entry.name}`)
]);

function isBuiltFile(pathname: string): boolean {
	try {
		return statSync(join(BUILD, decodeURIComponent(pathname))).isFile();
	} catch {
		return false;
	}
}

/** Why a request is more than the app loading itself, or null when it is a same-origin GET of a static file. */
function leak(request: Recorded, origin: string): string | null {
	const { url } = request;
	if (url.origin !== origin) return 'another origin';
	if (request.method !== 'GET') return `a ${request.method}`;
	if (url.search !== '') return 'a query string';
	// Page addresses of the single-page app are all answered with the fallback page: as navigations, and as the
	// service worker's own fetches of them (it keeps the app page for offline use and asks the network first).
	if (request.navigation || APP_PAGES.has(url.pathname)) return null;
	return isBuiltFile(url.pathname) ? null : 'not a file of the built site';
}

/**
 * A static host answers every page address with the fallback page, which carries the policy in a <meta> tag; the
 * preview server the suite runs on renders that page itself and sends the policy as a header. Answering page
 * addresses the way a host does tests the policy people get.
 */
async function serveLikeAStaticHost(context: BrowserContext, origin: string): Promise<void> {
	const fallback = readFileSync(join(BUILD, 'index.html'), 'utf8');
	await context.route(
		(url) => url.origin === origin && !url.pathname.includes('.'),
		(route) =>
			route.request().isNavigationRequest()
				? route.fulfill({ body: fallback, contentType: 'text/html' })
				: route.fallback()
	);
}

/**
 * The canary: the app has no code that sends anything, so to prove the recorder would see a worker's request, the
 * test plants one. A blob: worker started by the page would be the easy way, but the policy (worker-src 'self')
 * refuses it, which the test checks. So the test serves a worker script at an address of this site, as the app's
 * own workers are, through a route only this test installs. It fetches /__canary__/from-worker and starts a nested
 * worker that fetches /__canary__/from-nested-worker. The nested one is a blob: worker because Playwright's routes
 * do not answer a worker's request for a nested worker's script; a worker served without a policy of its own (the
 * app's are too: a <meta> policy covers only the page) may start one.
 */
const CANARY_WORKER = `fetch('/__canary__/from-worker');
const nested = \`fetch('\${location.origin}/__canary__/from-nested-worker');\`;
new Worker(URL.createObjectURL(new Blob([nested], { type: 'text/javascript' })), { type: 'module' });`;

async function serveCanary(context: BrowserContext): Promise<void> {
	await context.route('**/__canary__/**', (route) => {
		const { pathname } = new URL(route.request().url());
		if (pathname === '/__canary__/worker.js') {
			return route.fulfill({ body: CANARY_WORKER, contentType: 'text/javascript' });
		}
		return route.fulfill({ status: 204 });
	});
}

async function download(page: Page, button: string): Promise<Buffer> {
	const waiting = page.waitForEvent('download');
	await page.getByRole('button', { name: button, exact: true }).click();
	return readFileSync(await (await waiting).path());
}

const examples = Array.from({ length: 12 }, (_, i) => [
	{ role: 'user', content: `Can I return bike ${i}?` },
	{ role: 'assistant', content: `Yes, within ${i + 14} days.` }
]);
const datasetText = examples.map((messages) => JSON.stringify({ messages })).join('\n');

function nav(page: Page, name: string) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

test('the built pages carry the Content-Security-Policy', async () => {
	const pages = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html')
	);
	expect(pages).toContain('index.html');
	for (const file of pages) {
		const html = readFileSync(join(BUILD, file), 'utf8');
		const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
		expect(content, `${file} carries the policy`).toBeDefined();
		const directives = new Map(
			content!.split(';').map((part) => {
				const [name, ...sources] = part.trim().split(/\s+/);
				return [name!, sources] as const;
			})
		);
		expect(directives.get('default-src')).toEqual(["'none'"]);
		for (const name of ['worker-src', 'connect-src', 'img-src', 'style-src', 'manifest-src']) {
			expect(directives.get(name), name).toEqual(["'self'"]);
		}
		// 'self' and the hash of SvelteKit's inline start-up script, nothing else: no 'unsafe-eval' or 'unsafe-inline'.
		const scripts = directives.get('script-src') ?? [];
		expect(scripts[0]).toBe("'self'");
		expect(scripts.slice(1)).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/=]+'$/)]);
		const styleAttributes = directives.get('style-src-attr') ?? [];
		expect(styleAttributes[0]).toBe("'unsafe-hashes'");
		expect(styleAttributes.slice(1)).toHaveLength(2);
		expect(directives.get('base-uri')).toEqual(["'none'"]);
		expect(directives.get('form-action')).toEqual(["'none'"]);
		expect(content).not.toMatch(/unsafe-eval|unsafe-inline|\*|https?:/);
	}
});

test('nothing leaves the browser: every request is a same-origin GET of a static file', async ({
	page,
	context,
	baseURL,
	csp
}) => {
	const origin = new URL(baseURL!).origin;
	const requests = recordRequests(context);
	const workers: string[] = [];
	context.on('page', (opened) => opened.on('worker', (worker) => workers.push(worker.url())));
	page.on('worker', (worker) => workers.push(worker.url()));
	await serveLikeAStaticHost(context, origin);
	await serveCanary(context);
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });

	await page.goto('/');
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
		'content',
		/^default-src 'none';/
	);
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
	await expect(page.getByRole('contentinfo')).toContainText('Your data never leaves this browser.');

	// The sample prompt, counted in the tokenizer worker.
	await nav(page, 'Sample prompt');
	const user = 'Can I still return the bike I bought in March?';
	await page.getByLabel('User message').fill(user);
	await expect(page.getByLabel('User message')).toHaveAccessibleDescription(
		new RegExp(`^${messageTokens('o200k_base', 'user', user)} tokens`)
	);

	// A dataset dropped on the page, analysed by the coordinator worker and its nested range workers.
	await nav(page, 'Dataset');
	const transfer = await page.evaluateHandle((text) => {
		const data = new DataTransfer();
		data.items.add(new File([text], 'returns.jsonl', { type: 'application/jsonl' }));
		return data;
	}, datasetText);
	await page
		.getByRole('group', { name: 'Drop a dataset here' })
		.dispatchEvent('drop', { dataTransfer: transfer });
	const total = examples.reduce((sum, messages) => sum + chatTokens('o200k_base', messages), 0);
	await expect(datasetFigure(page, 'Total tokens')).toContainText(formatCount(total));

	// A scenario built on the sheet and kept in IndexedDB: still there after a reload.
	await nav(page, 'Sheet');
	await page.getByRole('button', { name: 'Add prompted' }).click();
	await (await sheetCell(page, 'Requests per month', 'Scenario 3')).click();
	await page.keyboard.type('5000');
	await page.keyboard.press('Enter');
	await expect(await sheetCell(page, 'Requests per month', 'Scenario 3')).toHaveText('5,000');
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
	await page.reload();
	await expect(await sheetCell(page, 'Requests per month', 'Scenario 3')).toHaveText('5,000');

	// Exports: files through blob: URLs, text through the clipboard, the chart as PNG, the print view.
	const csv = (await download(page, 'Download CSV')).toString('utf8');
	expect(csv).toContain('Scenario 3');
	const xlsx = await download(page, 'Download XLSX');
	expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
	await page.getByRole('button', { name: 'Copy Markdown table' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Markdown table copied' })).toBeVisible();
	const chart = page.getByRole('figure').filter({ hasText: 'Cumulative cost by month' });
	const waiting = page.waitForEvent('download');
	await chart.getByRole('button', { name: 'Save as PNG' }).click();
	const png = readFileSync(await (await waiting).path());
	expect([...png.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// A share link, opened in another tab: the project travels in the fragment, which is never sent.
	await page.getByRole('button', { name: 'Copy share link' }).click();
	const link = await page.getByLabel('Share link').inputValue();
	expect(link).toMatch(/\/share#v1\./);
	const shared = await context.newPage();
	await shared.goto(link);
	const preview = shared.getByRole('table', { name: 'Shared scenarios' });
	await expect(preview.getByRole('columnheader', { name: 'Scenario 3' })).toBeVisible();
	await expect(
		preview
			.getByRole('row')
			.filter({ has: shared.getByRole('rowheader', { name: 'Requests per month', exact: true }) })
	).toContainText('5,000');
	await shared.close();

	// The canary: a worker's and a nested worker's requests must be recorded, or the recorder proves nothing.
	await page.evaluate(() => new Worker('/__canary__/worker.js', { type: 'module' }));
	const canary = (pathname: string) => requests.find((r) => r.url.pathname === pathname);
	await expect.poll(() => canary('/__canary__/from-nested-worker')).toBeDefined();
	// A worker's request names the worker's script; the nested blob: worker's names none.
	expect(canary('/__canary__/from-worker')?.referer).toBe(`${origin}/__canary__/worker.js`);
	expect(workers).toContain(`${origin}/__canary__/worker.js`);
	expect(workers.filter((url) => url.startsWith(`blob:${origin}/`))).toHaveLength(1);

	// A blob: worker started by the page is refused by the policy: it never runs.
	csp.provoke(/worker-src.*blob|blob.*worker-src/);
	const blobWorker = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const script = "fetch('/__canary__/from-blob-worker'); postMessage('ran');";
				const worker = new Worker(
					URL.createObjectURL(new Blob([script], { type: 'text/javascript' }))
				);
				worker.onmessage = () => resolve('ran');
				worker.onerror = () => resolve('refused');
			})
	);
	expect(blobWorker).toBe('refused');
	// Reported twice: the page's securitypolicyviolation event and the console error.
	await expect.poll(() => csp.seen.filter((line) => /worker-src/.test(line)).length).toBe(2);
	expect(canary('/__canary__/from-blob-worker')).toBeUndefined();

	// The app's own workers were heard too: their chunk loads name the worker script that asked.
	expect(requests.some((r) => r.referer.startsWith(`${origin}/_app/immutable/workers/`))).toBe(
		true
	);

	const leaks = requests
		.filter((r) => !r.url.pathname.startsWith('/__canary__/'))
		.map((r) => ({ request: `${r.method} ${r.url.href}`, why: leak(r, origin) }))
		.filter((r) => r.why !== null);
	expect(leaks).toEqual([]);
	expect(requests.filter((r) => r.url.hash !== '')).toEqual([]);
});
