// Runs before the end-to-end tests: makes sure a Chromium is there, installing Debian's package when it is missing
// and this machine allows it, and otherwise says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ENV, findChromium } from './browser.js';

function playwrightBrowserPath() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

function canUseApt() {
	if (process.getuid?.() !== 0) return false;
	try {
		execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const found = findChromium();
if (found.source === CHROMIUM_ENV && !existsSync(found.path ?? '')) {
	console.error(`${CHROMIUM_ENV} is set to ${found.path}, which does not exist.`);
	process.exit(1);
}
if (found.path) {
	console.log(`End-to-end tests use Chromium at ${found.path}`);
	process.exit(0);
}
const bundled = playwrightBrowserPath();
if (bundled) {
	console.log(`End-to-end tests use Playwright's Chromium at ${bundled}`);
	process.exit(0);
}
if (canUseApt()) {
	console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	const installed = findChromium();
	if (!installed.path) {
		console.error('apt-get finished but /usr/bin/chromium is still missing.');
		process.exit(1);
	}
	console.log(`End-to-end tests use Chromium at ${installed.path}`);
	process.exit(0);
}
console.error(
	[
		'No Chromium found for the end-to-end tests. Do one of these, then run the tests again:',
		'  npx playwright install chromium            (Playwright downloads its own browser)',
		'  sudo apt-get install -y chromium           (Debian or Ubuntu)',
		`  export ${CHROMIUM_ENV}=/path/to/chromium   (a Chromium you already have)`
	].join('\n')
);
process.exit(1);
