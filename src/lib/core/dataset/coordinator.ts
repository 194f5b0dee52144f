import type { TokenizerRef } from '../tokenize/tokenizers';
import {
	analyzeFile,
	type AnalysisProgress,
	type DatasetWorker,
	type FileAnalysis
} from './analyze-file';
import type { DatasetSniff } from './api';
import { groupIssues, issuesToCsv, type IssueGroup } from './issues-export';
import { summarize, type DatasetSummary } from './summary';
import type { AnalyzeOptions, DatasetFormat } from './types';

/** Issues shown per group on the page; the CSV export has them all. */
const SHOWN_PER_GROUP = 5;

/**
 * What the page shows of an analysis: the summary without its full issue lists (those can run to 100,000 entries),
 * with the issues grouped instead. Small to send, so the page never spends long receiving it.
 */
export type DatasetView = Omit<DatasetSummary, 'errors' | 'warnings'> & {
	sniff: DatasetSniff;
	groups: IssueGroup[];
	errorCount: number;
	warningCount: number;
};

function toView(summary: DatasetSummary, sniff: DatasetSniff): DatasetView {
	const { errors, warnings, ...figures } = summary;
	const count = (issues: DatasetSummary['errors']) =>
		[...new Set(issues.map((i) => i.code))].reduce(
			(sum, code) => sum + (summary.issueCounts[code] ?? 0),
			0
		);
	return {
		...figures,
		sniff,
		groups: groupIssues([...errors, ...warnings], summary.issueCounts, SHOWN_PER_GROUP),
		errorCount: count(errors),
		warningCount: count(warnings)
	};
}

export interface WorkerSet {
	workers: DatasetWorker[];
	stop(): void;
}

/**
 * The coordinator runs in a worker of its own: it starts the range workers, merges their figures and keeps them, so
 * the page only sends a file and receives a small view. Changing the token limit re-summarises the kept figures.
 */
export function createCoordinatorApi(startWorkers: (count: number) => WorkerSet) {
	let last: { analysis: FileAnalysis; encoding: TokenizerRef; format: DatasetFormat } | null = null;
	let current: DatasetSummary | null = null;

	return {
		async analyze(
			file: Blob,
			fileName: string,
			options: AnalyzeOptions,
			workerCount: number,
			onProgress?: (progress: AnalysisProgress) => void
		): Promise<DatasetView> {
			last = null;
			current = null;
			const set = startWorkers(workerCount);
			try {
				const analysis = await analyzeFile(file, fileName, options, set.workers, onProgress);
				last = { analysis, encoding: options.encoding, format: analysis.format };
				current = analysis.summary;
				return toView(current, analysis.sniff);
			} finally {
				set.stop();
			}
		},

		/** The last analysis under another per-example limit, without reading the file again. */
		async resummarize(maxTokensPerExample: number): Promise<DatasetView | null> {
			if (!last) return null;
			current = summarize(last.analysis.stats, {
				format: last.format,
				encoding: last.encoding,
				maxTokensPerExample
			});
			return toView(current, last.analysis.sniff);
		},

		/** Every kept issue of the last analysis, in line order, as CSV. */
		async issuesCsv(): Promise<string> {
			if (!current) return '';
			const all = [...current.errors, ...current.warnings].sort(
				(a, b) => (a.line ?? 0) - (b.line ?? 0)
			);
			return issuesToCsv(all);
		}
	};
}

export type CoordinatorApi = ReturnType<typeof createCoordinatorApi>;
