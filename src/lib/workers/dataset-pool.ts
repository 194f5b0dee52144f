import type { AnalysisProgress } from '$lib/core/dataset/analyze-file';
import type { CoordinatorApi, DatasetView } from '$lib/core/dataset/coordinator';
import type { AnalyzeOptions } from '$lib/core/dataset/types';
import CoordinatorWorker from '$workers/dataset-coordinator.worker.ts?worker';
import { WorkerBridge } from './bridge';
import type { JobOutcome } from './jobs';

/** At most this many range workers, whatever the machine reports. */
const MAX_WORKERS = 8;

/**
 * The page's way to analyse datasets: one coordinator worker, which starts a range worker per core (at most 8),
 * merges their figures and keeps them. Cancel terminates the coordinator, and its range workers with it.
 */
export class DatasetPool {
	readonly #bridge = new WorkerBridge<CoordinatorApi>(
		() => new CoordinatorWorker({ name: 'dataset-coordinator' })
	);

	constructor(
		readonly workerCount = Math.min(MAX_WORKERS, Math.max(1, navigator.hardwareConcurrency || 2))
	) {}

	analyze(
		file: File,
		options: AnalyzeOptions,
		onProgress: (progress: AnalysisProgress) => void
	): Promise<JobOutcome<DatasetView>> {
		this.cancel();
		return this.#bridge.run<DatasetView, AnalysisProgress>(
			'dataset',
			(api, report) => api.analyze(file, file.name, options, this.workerCount, report),
			onProgress
		);
	}

	resummarize(maxTokensPerExample: number): Promise<JobOutcome<DatasetView | null>> {
		return this.#bridge.run('summary', (api) => api.resummarize(maxTokensPerExample));
	}

	async issuesCsv(): Promise<string> {
		const outcome = await this.#bridge.run('export', (api) => api.issuesCsv());
		return outcome.status === 'done' ? outcome.value : '';
	}

	cancel(): void {
		this.#bridge.cancel();
	}
}
