import * as Comlink from 'comlink';
import { getLocale } from '$lib/core/i18n/locale';
import { createCoordinatorApi } from '$lib/core/dataset/coordinator';
import type { DatasetApi } from '$lib/core/dataset/api';
import { exposeWithLocale, type LocaleAware } from '$lib/workers/locale';
import DatasetWorker from './dataset.worker.ts?worker';

// Range workers are started by the coordinator (nested workers) and stopped with it, and write their messages in
// the language the page gave the coordinator.
exposeWithLocale(
	createCoordinatorApi((count) => {
		const threads = Array.from(
			{ length: count },
			(_, i) => new DatasetWorker({ name: `dataset-${i + 1}` })
		);
		return {
			workers: threads.map((thread) => {
				const api = Comlink.wrap<DatasetApi & LocaleAware>(thread);
				void api.useLocale(getLocale());
				return {
					prepare: (encoding) => api.prepare(encoding),
					sniff: (file, name) => api.sniff(file, name),
					analyzeRange: (file, range, options, onProgress) =>
						api.analyzeRange(file, range, options, onProgress && Comlink.proxy(onProgress)),
					analyzeWhole: (file, sniffed, options, onProgress) =>
						api.analyzeWhole(file, sniffed, options, onProgress && Comlink.proxy(onProgress))
				};
			}),
			stop: () => threads.forEach((thread) => thread.terminate())
		};
	})
);
