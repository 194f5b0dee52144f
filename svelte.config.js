import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';

/**
 * The only inline style attributes the page has: the mount point in src/app.html and SvelteKit's route announcer
 * (a visually hidden live region it renders itself). Svelte's `style:` directives, and Chart.js sizing its
 * canvases, set styles through the CSSOM (`element.style`), which a policy does not govern; the components' CSS
 * is built into files served from this site. If SvelteKit changes its announcer, tests/network.e2e.ts reports
 * the refused style.
 */
const INLINE_STYLE_ATTRIBUTES = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route falls back to one page; nothing is rendered on a server.
		adapter: adapter({ fallback: 'index.html' }),
		csp: {
			// The page may load from and connect to this site only: its scripts, workers and chunks come from here,
			// and what the person enters stays in this browser. A static site carries this as a
			// <meta http-equiv> tag in the fallback page, so `frame-ancestors` (and `report-uri`, `sandbox`),
			// which only work as a response header, cannot be set here; a host that sends headers should add
			// `frame-ancestors 'none'`. The page's policy does not reach its workers: a worker started from a URL
			// of this site follows only the headers its own script was served with.
			mode: 'auto',
			directives: {
				'default-src': ['none'],
				// SvelteKit adds the hash of its one inline start-up script. No 'unsafe-eval': zod runs jitless.
				'script-src': ['self'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self'],
				'style-src': ['self'],
				// Exactly these attribute values, not any inline style ('unsafe-hashes' lets hashes match attributes).
				'style-src-attr': ['unsafe-hashes', ...INLINE_STYLE_ATTRIBUTES.map(sha256)],
				'manifest-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		},
		alias: {
			$workers: 'workers'
		},
		typescript: {
			// SvelteKit type-checks src/ and tests/ only; the worker entries live outside src/.
			config(tsconfig) {
				tsconfig.include.push(
					'../workers/**/*.ts',
					'../scripts/**/*.js',
					'../bench/**/*.ts',
					'../playwright.config.ts'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
