import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DatasetWorker } from '../lib/core/dataset/analyze-file';
import { getLocale } from '../lib/core/i18n/locale';
import type { NodeDatasetApi } from '../../workers/dataset.node-worker';

const MAX_WORKERS = 8;
const WORKER_ENTRY = new URL('../../workers/dataset.node-worker.ts', import.meta.url);
const TS_WORKER = new URL('./ts-worker.mjs', import.meta.url);

/**
 * Dataset workers as Node worker threads, one per core (at most 8). The entry is TypeScript, so each thread loads
 * tsx first, as the command line itself does.
 */
export function startNodeWorkers(
	path: string,
	count = Math.min(MAX_WORKERS, availableParallelism())
): { workers: DatasetWorker[]; stop(): Promise<void> } {
	const threads = Array.from(
		{ length: count },
		() => new Worker(TS_WORKER, { workerData: { entry: WORKER_ENTRY.href, locale: getLocale() } })
	);
	const workers = threads.map((thread): DatasetWorker => {
		const api = Comlink.wrap<NodeDatasetApi>(nodeEndpoint(thread));
		// A thread that crashes never answers: fail its calls instead of waiting forever.
		const crashed = new Promise<never>((_, reject) => thread.once('error', reject));
		crashed.catch(() => {});
		const call = <T>(pending: Promise<T>) => Promise.race([pending, crashed]);
		const progress = (onProgress?: (bytes: number) => void) =>
			onProgress && Comlink.proxy(onProgress);
		// The Blob the analysis passes is the main thread's; the worker opens the same path itself.
		return {
			prepare: (encoding) => call(api.prepare(encoding)),
			sniff: (_file, name) => call(api.sniff(path, name)),
			analyzeRange: (_file, range, options, onProgress) =>
				call(api.analyzeRange(path, range, options, progress(onProgress))),
			analyzeWhole: (_file, sniffed, options, onProgress) =>
				call(api.analyzeWhole(path, sniffed, options, progress(onProgress)))
		};
	});
	return {
		workers,
		stop: async () => {
			await Promise.all(threads.map((thread) => thread.terminate()));
		}
	};
}
