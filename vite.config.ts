import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import paraglideConfig from './project.inlang/paraglide.config.js';

/** Where the service worker reads which chunks the workers may import (see src/service-worker.ts). */
const WORKER_CHUNKS_LIST = '_app/worker-chunks.json';

/**
 * Lists the chunks of the worker bundles with their sizes. They are not in SvelteKit's `$service-worker` build list,
 * and the service worker needs them: the small ones are worker code it keeps for offline use, the big ones tokenizer
 * data it caches only once a tokenizer is used.
 */
function workerChunksList(): Plugin {
	return {
		name: 'tunesheet-worker-chunks-list',
		apply: 'build',
		// After Vite has added the worker bundles' files to the app's output.
		enforce: 'post',
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const chunks = Object.values(bundle)
				.filter(
					(file) => file.fileName.includes('/workers/chunks/') && file.fileName.endsWith('.js')
				)
				.map((file) => ({
					file: file.fileName,
					bytes: Buffer.byteLength(file.type === 'chunk' ? file.code : file.source)
				}))
				.sort((a, b) => a.file.localeCompare(b.file));
			this.emitFile({
				type: 'asset',
				fileName: WORKER_CHUNKS_LIST,
				source: JSON.stringify(chunks)
			});
		}
	};
}

/**
 * The compiled messages' `plural()` makes a new Intl.PluralRules for every call, and the sheet writes thousands of
 * counted phrases per edit: this keeps one per locale and options instead. If the compiled code ever reads
 * differently, the build stops here rather than silently losing the cache.
 */
function memoisedPluralRules(): Plugin {
	const made = 'return new Intl.PluralRules(locale, options).select(Number(input))';
	const kept = `const key = locale + JSON.stringify(options ?? {});
	let rules = pluralRules.get(key);
	if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locale, options)));
	return rules.select(Number(input))`;
	return {
		name: 'tunesheet-memoised-plural-rules',
		transform(code, id) {
			if (!id.endsWith('/src/lib/core/i18n/paraglide/registry.js')) return null;
			if (!code.includes(made)) throw new Error(`${id}: plural() no longer reads as expected.`);
			return { code: `const pluralRules = new Map();\n${code.replace(made, kept)}`, map: null };
		}
	};
}

export default defineConfig({
	plugins: [
		// Compiles the messages (messages/<area>/<locale>.json) before the app, and again when they change.
		paraglideVitePlugin({ project: './project.inlang', ...paraglideConfig }),
		memoisedPluralRules(),
		sveltekit(),
		workerChunksList()
	],
	// ES-module workers, so a worker can load each encoding's ranks as its own chunk on first use.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
