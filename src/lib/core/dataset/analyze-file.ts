import type { AnalyzePartOptions, ByteRange, DatasetSniff } from './api';
import type { BytesProgress } from './analyze';
import { splitRanges } from './lines';
import { mergeStats, type DatasetStats } from './stats';
import { summarize, type DatasetSummary } from './summary';
import type { AnalyzeOptions, DatasetFormat } from './types';
import { m } from '../i18n/locale';
import type { TokenizerRef } from '../tokenize/tokenizers';

/** The part of the dataset API that `analyzeFile` needs, as a worker (page or command line) provides it. */
export interface DatasetWorker {
	prepare(encoding: TokenizerRef): Promise<void>;
	sniff(file: Blob, fileName: string): Promise<DatasetSniff>;
	analyzeRange(
		file: Blob,
		range: ByteRange,
		options: AnalyzePartOptions,
		onProgress?: BytesProgress
	): Promise<DatasetStats>;
	analyzeWhole(
		file: Blob,
		sniffed: Pick<DatasetSniff, 'gzip' | 'jsonArray'>,
		options: AnalyzePartOptions,
		onProgress?: BytesProgress
	): Promise<DatasetStats>;
}

export interface AnalysisProgress {
	bytesRead: number;
	/** Bytes to read in all; unknown for a gzip file (its decompressed size is not known ahead). */
	bytesTotal: number | null;
}

export interface FileAnalysis {
	sniff: DatasetSniff;
	format: DatasetFormat;
	/** The merged figures, kept so the summary can be redone for another limit without reading again. */
	stats: DatasetStats;
	summary: DatasetSummary;
}

/** There is nothing to analyse: the message says why, in one line. */
export class DatasetUnreadableError extends Error {}

/** A part smaller than this is not worth a worker of its own. */
const MIN_RANGE_BYTES = 1 << 20;

/** Formats whose records are one line each, so the file can be cut at newlines and read in parallel. */
function splittable(sniff: DatasetSniff, format: DatasetFormat): boolean {
	return !sniff.gzip && !sniff.jsonArray && format !== 'csv' && format !== 'tsv';
}

/**
 * Analyses a dataset file with the given workers: recognises it, reads byte ranges in parallel where its format
 * allows (one range a worker), merges the parts in file order and summarises.
 */
export async function analyzeFile(
	file: Blob,
	fileName: string,
	options: AnalyzeOptions,
	workers: readonly DatasetWorker[],
	onProgress: (progress: AnalysisProgress) => void = () => {}
): Promise<FileAnalysis> {
	const first = workers[0];
	// i18n-exempt: a programming error (the page and the command line always pass workers), never shown
	if (!first) throw new Error('No worker to analyse with.');
	// Every worker loads its ranks while the first one recognises the file.
	const prepared = Promise.all(workers.map((worker) => worker.prepare(options.encoding)));
	const sniff = await first.sniff(file, fileName);
	await prepared;
	if (sniff.unreadable) throw new DatasetUnreadableError(sniff.unreadable);
	const format = options.format ?? sniff.format;
	const partOptions: AnalyzePartOptions = {
		format,
		encoding: options.encoding,
		columns: options.columns ?? sniff.suggestedColumns ?? undefined
	};

	let parts: DatasetStats[];
	if (splittable(sniff, format)) {
		const ranges = splitRanges(file.size, workers.length, MIN_RANGE_BYTES);
		const read = ranges.map(() => 0);
		const report = () =>
			onProgress({ bytesRead: read.reduce((sum, n) => sum + n, 0), bytesTotal: file.size });
		parts = await Promise.all(
			ranges.map((range, i) =>
				workers[i]!.analyzeRange(file, range, partOptions, (bytes) => {
					read[i] = bytes;
					report();
				}).then((stats) => {
					read[i] = range.end - range.start;
					report();
					return stats;
				})
			)
		);
	} else {
		const total = sniff.gzip ? null : file.size;
		parts = [
			await first.analyzeWhole(file, sniff, partOptions, (bytes) =>
				onProgress({ bytesRead: bytes, bytesTotal: total })
			)
		];
	}
	const stats = mergeStats(parts);
	if (stats.records === 0) {
		throw new DatasetUnreadableError(m.dataset_unreadable_no_records());
	}
	const summary = summarize(stats, {
		format,
		encoding: options.encoding,
		maxTokensPerExample: options.maxTokensPerExample
	});
	return { sniff, format, stats, summary };
}
