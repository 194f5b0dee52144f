import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.js';

/** Another port lets two checkouts run their suites side by side. */
const PORT = Number(process.env.TUNESHEET_E2E_PORT ?? 4180);
const chromium = findChromium();

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		// The suite reads the English interface unless a test chooses otherwise (tests/language.e2e.ts).
		locale: 'en-US',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromium.path,
					// Flags that let Chromium run headless as root in a container with a closed network.
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-dev-shm-usage',
						'--disable-background-networking',
						'--disable-component-update',
						'--no-first-run'
					]
				}
			}
		}
	],
	// Tests run against the built site, as users get it.
	webServer: {
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
