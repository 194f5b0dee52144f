import { loadExampleCounter, type ExampleCounter } from '../tokenize/example-counter';
import type { TokenizerRef } from '../tokenize/tokenizers';
import type { LineEvent } from './lines';
import { StatsBuilder, type DatasetStats } from './stats';
import type { ColumnMapping, DatasetFormat } from './types';
import { walkJsonArray, walkLines, type BytesProgress, type RecordSink } from './walk';

export { MAX_JSON_ARRAY_BYTES, type BytesProgress } from './walk';

export interface ReadOptions {
	format: DatasetFormat;
	encoding: TokenizerRef;
	columns?: ColumnMapping;
}

/** Counts every record into `stats`: valid examples with their tokens, the rest as records left out. */
function statsSink(stats: StatsBuilder, counter: ExampleCounter): RecordSink {
	return {
		record(result, line, text) {
			stats.addRecord();
			for (const issue of result.issues) stats.addIssue(issue);
			if (result.example) stats.addExample(line, text, counter.count(result.example));
		},
		unreadable(issue) {
			stats.addRecord();
			if (issue) stats.addIssue(issue);
		},
		fileIssue(issue) {
			stats.addIssue(issue);
		}
	};
}

/** Reads line events into figures, whatever the file's format. */
export async function analyzeLines(
	events: AsyncIterable<LineEvent>,
	options: ReadOptions,
	onProgress?: BytesProgress
): Promise<DatasetStats> {
	const counter = await loadExampleCounter(options.encoding);
	const stats = new StatsBuilder();
	stats.lines = await walkLines(events, options, statsSink(stats, counter), onProgress);
	return stats.finish();
}

/** A JSON array file (Alpaca often comes so): joined from its lines, bounded in size, split into elements. */
export async function analyzeJsonArray(
	events: AsyncIterable<LineEvent>,
	options: ReadOptions,
	onProgress?: BytesProgress
): Promise<DatasetStats> {
	const counter = await loadExampleCounter(options.encoding);
	const stats = new StatsBuilder();
	stats.lines = await walkJsonArray(events, options, statsSink(stats, counter), onProgress);
	return stats.finish();
}
