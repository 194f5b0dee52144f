import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route falls back to one page; nothing is rendered on a server.
		adapter: adapter({ fallback: 'index.html' }),
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
