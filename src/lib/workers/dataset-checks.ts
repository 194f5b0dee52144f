import type { BytesProgress } from '$lib/core/dataset/analyze';
import type { DatasetApi } from '$lib/core/dataset/api';
import type { NearDuplicateReport } from '$lib/core/dataset/near-duplicates';
import type { DatasetSplit, SplitOptions } from '$lib/core/dataset/split';
import type { ColumnMapping, DatasetFormat } from '$lib/core/dataset/types';
import DatasetWorker from '$workers/dataset.worker.ts?worker';
import { WorkerBridge } from './bridge';
import type { JobOutcome } from './jobs';

export interface CheckOptions {
	/** The analysis's format (detected or chosen). */
	format: DatasetFormat;
	columns?: ColumnMapping;
}

/**
 * The data-readiness passes over a whole file (near-duplicates, the train/validation split), each in a dataset
 * worker of its own so the page stays responsive; Cancel terminates it.
 */
export class DatasetChecks {
	readonly #bridge = new WorkerBridge<DatasetApi>(
		() => new DatasetWorker({ name: 'dataset-checks' })
	);

	nearDuplicates(
		file: File,
		options: CheckOptions,
		onProgress: BytesProgress
	): Promise<JobOutcome<NearDuplicateReport>> {
		return this.#bridge.run<NearDuplicateReport, number>(
			'near-duplicates',
			async (api, report) => {
				const sniffed = await api.sniff(file, file.name);
				return api.nearDuplicates(file, sniffed, options, report);
			},
			onProgress
		);
	}

	split(
		file: File,
		options: CheckOptions,
		split: SplitOptions,
		onProgress: BytesProgress
	): Promise<JobOutcome<DatasetSplit>> {
		return this.#bridge.run<DatasetSplit, number>(
			'split',
			async (api, report) => {
				const sniffed = await api.sniff(file, file.name);
				return api.split(file, sniffed, options, split, report);
			},
			onProgress
		);
	}

	cancel(): void {
		this.#bridge.cancel();
	}
}
