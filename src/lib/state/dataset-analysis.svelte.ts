import type { AnalysisProgress } from '$lib/core/dataset/analyze-file';
import type { DatasetView } from '$lib/core/dataset/coordinator';
import { datasetRecord, nowIso } from '$lib/core/project/from-state';
import type { DatasetRecord } from '$lib/core/project/types';
import {
	DEFAULT_MAX_TOKENS_PER_EXAMPLE,
	type ColumnMapping,
	type DatasetFormat
} from '$lib/core/dataset/types';
import { DEFAULT_ENCODING } from '$lib/core/tokenize/encodings';
import { isCustomTokenizerRef, type TokenizerRef } from '$lib/core/tokenize/tokenizers';
import type { DatasetPool } from '$lib/workers/dataset-pool';

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** Throughput and time left, from progress reports. */
export interface ProgressView {
	fraction: number | null;
	bytesRead: number;
	bytesTotal: number | null;
	bytesPerSecond: number;
	secondsLeft: number | null;
}

/** One dataset analysis at a time: the file, the choices, progress, and the result. */
export class DatasetAnalysis {
	status = $state<Status>('idle');
	file = $state<File | null>(null);
	/** An OpenAI encoding, an open-weight tokenizer, or one the person added. */
	encoding = $state<TokenizerRef>(DEFAULT_ENCODING);
	maxTokensPerExample = $state(DEFAULT_MAX_TOKENS_PER_EXAMPLE);
	/** null = detect from the file. */
	formatOverride = $state<DatasetFormat | null>(null);
	columns = $state<ColumnMapping | null>(null);
	progress = $state<ProgressView | null>(null);
	view = $state.raw<DatasetView | null>(null);
	/** The figures kept with the project once an analysis is done (its id stays when only the limit changes). */
	record = $state.raw<DatasetRecord | null>(null);
	error = $state<string | null>(null);
	#startedAt = 0;

	constructor(
		private readonly pool: DatasetPool,
		/** A tokenizer's name for people; added tokenizers' names are kept with the figures. */
		private readonly labelOf: (ref: TokenizerRef) => string = String
	) {}

	/** `recordId`: analysing a stored copy again keeps the dataset's place in the project. */
	async analyze(file: File, recordId?: string): Promise<void> {
		// Columns chosen for one CSV mean nothing for another file.
		if (file !== this.file) this.columns = null;
		this.file = file;
		this.status = 'running';
		this.error = null;
		this.view = null;
		this.progress = {
			fraction: 0,
			bytesRead: 0,
			bytesTotal: file.size,
			bytesPerSecond: 0,
			secondsLeft: null
		};
		this.#startedAt = performance.now();
		try {
			const outcome = await this.pool.analyze(
				file,
				{
					encoding: this.encoding,
					maxTokensPerExample: this.maxTokensPerExample,
					format: this.formatOverride ?? undefined,
					// A plain copy: reactive proxies cannot be sent to a worker.
					columns: $state.snapshot(this.columns) ?? undefined
				},
				(progress) => this.#onProgress(progress)
			);
			if (outcome.status === 'stale') return;
			if (outcome.status === 'cancelled') {
				this.status = 'cancelled';
				return;
			}
			this.view = outcome.value;
			this.#keep(file, recordId ?? crypto.randomUUID());
			this.columns ??= outcome.value.sniff.suggestedColumns ?? null;
			this.status = 'done';
		} catch (error) {
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/** Reads the same file again, after the encoding, format or columns changed. */
	async reanalyze(): Promise<void> {
		if (this.file) await this.analyze(this.file);
	}

	/** Billing under a new per-example limit, from the figures the coordinator kept. */
	async setLimit(limit: number): Promise<void> {
		if (!Number.isInteger(limit) || limit < 1) return;
		this.maxTokensPerExample = limit;
		if (this.status !== 'done') return;
		const outcome = await this.pool.resummarize(limit);
		if (outcome.status === 'done' && outcome.value) {
			this.view = outcome.value;
			if (this.file) this.#keep(this.file, this.record?.id ?? crypto.randomUUID());
		}
	}

	issuesCsv(): Promise<string> {
		return this.pool.issuesCsv();
	}

	#keep(file: File, id: string): void {
		if (!this.view) return;
		const { encoding } = this.view;
		const label = isCustomTokenizerRef(encoding) ? this.labelOf(encoding) : undefined;
		const record = datasetRecord(this.view, file, this.maxTokensPerExample, id, nowIso(), label);
		// A new token limit or tokenizer does not change which answers nearly repeat: keep that check's result.
		const near = this.record?.id === id ? this.record.readiness?.nearDuplicates : null;
		this.record = near == null ? record : this.#withNearDuplicates(record, near);
	}

	/** Keeps the near-duplicate check's count with the dataset's figures. */
	setNearDuplicates(count: number): void {
		if (this.record) this.record = this.#withNearDuplicates(this.record, count);
	}

	#withNearDuplicates(record: DatasetRecord, count: number): DatasetRecord {
		const readiness = record.readiness ?? {
			exactDuplicates: 0,
			lengthOutliers: 0,
			nearDuplicates: null
		};
		return { ...record, readiness: { ...readiness, nearDuplicates: count } };
	}

	cancel(): void {
		if (this.status !== 'running') return;
		this.status = 'cancelled';
		this.pool.cancel();
	}

	#onProgress({ bytesRead, bytesTotal }: AnalysisProgress): void {
		if (this.status !== 'running') return;
		const seconds = (performance.now() - this.#startedAt) / 1000;
		const bytesPerSecond = seconds > 0 ? bytesRead / seconds : 0;
		const fraction = bytesTotal ? Math.min(1, bytesRead / bytesTotal) : null;
		const secondsLeft =
			bytesTotal && bytesPerSecond > 0
				? Math.max(0, (bytesTotal - bytesRead) / bytesPerSecond)
				: null;
		this.progress = { fraction, bytesRead, bytesTotal, bytesPerSecond, secondsLeft };
	}
}
