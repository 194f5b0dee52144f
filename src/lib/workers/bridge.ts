import * as Comlink from 'comlink';
import { getLocale, type Locale } from '$lib/core/i18n/locale';
import type { Progress } from '$lib/core/tokenize/api';
import { JobLanes, type JobOutcome } from './jobs';
import type { LocaleAware } from './locale';
import { throttle } from './throttle';

const PROGRESS_INTERVAL_MS = 100;

class CancelledError extends Error {
	constructor() {
		super('Cancelled');
	}
}

/**
 * The page's one way to call a worker: starts it on the first job, tags every job with an id so stale answers are
 * dropped, passes a throttled progress callback, and cancels by terminating the worker (a WASM or long synchronous
 * count cannot be interrupted any other way). The next job after a cancel starts a fresh worker.
 */
export class WorkerBridge<Api extends object> {
	#worker: Worker | null = null;
	#remote: Comlink.Remote<Api> | null = null;
	/** The language the running worker writes its messages in. */
	#workerLocale: Locale | null = null;
	readonly #lanes = new JobLanes();
	readonly #cancels = new Set<() => void>();

	constructor(private readonly createWorker: () => Worker) {}

	get started(): boolean {
		return this.#worker !== null;
	}

	async run<T, P = Progress>(
		lane: string,
		call: (api: Comlink.Remote<Api>, onProgress: (progress: P) => void) => Promise<T>,
		onProgress: (progress: P) => void = () => {}
	): Promise<JobOutcome<T>> {
		const id = this.#lanes.start(lane);
		const report = throttle((progress: P) => {
			if (this.#lanes.isCurrent(lane, id)) onProgress(progress);
		}, PROGRESS_INTERVAL_MS);
		let cancel = () => {};
		const cancelled = new Promise<never>((_, reject) => {
			cancel = () => reject(new CancelledError());
		});
		this.#cancels.add(cancel);
		try {
			const value = await Promise.race([
				call(this.#localisedApi(), Comlink.proxy(report)),
				cancelled
			]);
			report.flush();
			return this.#lanes.isCurrent(lane, id) ? { status: 'done', value } : { status: 'stale' };
		} catch (error) {
			if (error instanceof CancelledError) return { status: 'cancelled' };
			if (!this.#lanes.isCurrent(lane, id)) return { status: 'stale' };
			throw error;
		} finally {
			report.cancel();
			this.#cancels.delete(cancel);
		}
	}

	/** Stops every running job at once; each resolves as cancelled. */
	cancel(): void {
		this.#lanes.clear();
		this.#terminate();
		for (const cancel of this.#cancels) cancel();
		this.#cancels.clear();
	}

	dispose(): void {
		this.cancel();
	}

	#api(): Comlink.Remote<Api> {
		if (!this.#remote) {
			this.#worker = this.createWorker();
			this.#remote = Comlink.wrap<Api>(this.#worker);
			this.#workerLocale = null;
		}
		return this.#remote;
	}

	/** The worker, told the page's language first if it changed (messages to a worker arrive in order). */
	#localisedApi(): Comlink.Remote<Api> {
		const api = this.#api();
		const locale = getLocale();
		if (this.#workerLocale !== locale) {
			// Every worker entry is exposed through exposeWithLocale (src/lib/workers/locale.ts), which adds it.
			void (api as unknown as Comlink.Remote<LocaleAware>).useLocale(locale);
			this.#workerLocale = locale;
		}
		return api;
	}

	#terminate(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#remote = null;
	}
}
