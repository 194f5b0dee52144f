// Finds the Chromium that the end-to-end tests drive: TUNESHEET_CHROMIUM if set, else Debian's /usr/bin/chromium,
// else Playwright's own download (the usual case on a developer laptop).
import { existsSync } from 'node:fs';

export const CHROMIUM_ENV = 'TUNESHEET_CHROMIUM';
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {{ path: string | undefined, source: string }} */
export function findChromium() {
	const fromEnv = process.env[CHROMIUM_ENV];
	if (fromEnv) return { path: fromEnv, source: CHROMIUM_ENV };
	const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
	if (system) return { path: system, source: 'system' };
	return { path: undefined, source: 'playwright' };
}
