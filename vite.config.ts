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

export default defineConfig({
	plugins: [
		// Compiles the messages (messages/<area>/<locale>.json) before the app, and again when they change.
		paraglideVitePlugin({ project: './project.inlang', ...paraglideConfig }),
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
