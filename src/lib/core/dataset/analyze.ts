import { loadExampleCounter, type ExampleCounter } from '../tokenize/example-counter';
import type { TokenizerRef } from '../tokenize/tokenizers';
import {
	DelimitedReader,
	delimitedRecordToExample,
	parseJsonRecord,
	readJsonArrayElements,
	suggestColumnMapping
} from './formats';
import type { LineEvent } from './lines';
import { StatsBuilder, type DatasetStats } from './stats';
import type { ColumnMapping, DatasetFormat, DatasetIssue, RecordResult } from './types';

/** Called with the bytes read so far in this part of the file. */
export type BytesProgress = (bytesRead: number) => void;

/** Progress is reported about every this many bytes, so a fast read does not flood the page with messages. */
const PROGRESS_EVERY_BYTES = 1 << 20;

/** A JSON array file is read whole: past this size, a JSONL file is the way. */
export const MAX_JSON_ARRAY_BYTES = 256 * 1024 * 1024;

export interface ReadOptions {
	format: DatasetFormat;
	encoding: TokenizerRef;
	columns?: ColumnMapping;
}

function addResult(
	stats: StatsBuilder,
	counter: ExampleCounter,
	result: RecordResult,
	line: number,
	text: string
): void {
	stats.addRecord();
	for (const issue of result.issues) stats.addIssue(issue);
	if (result.example) stats.addExample(line, text, counter.count(result.example));
}

function lineIssue(event: Exclude<LineEvent, { type: 'line' }>): DatasetIssue {
	if (event.type === 'invalid_utf8') {
		return {
			code: 'invalid_utf8',
			line: event.line,
			message: `Line ${event.line} is not valid UTF-8 (first bad byte at offset ${event.offset}).`
		};
	}
	return {
		code: 'line_too_long',
		line: event.line,
		message: `Line ${event.line} is ${event.bytes} bytes long, more than can be read as one record.`
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
	const reader = recordReader(options, stats, counter);
	let firstOffset: number | null = null;
	let reported = 0;
	for await (const event of events) {
		stats.lines = event.line;
		firstOffset ??= event.offset;
		if (event.type !== 'line') {
			stats.addRecord();
			stats.addIssue(lineIssue(event));
			continue;
		}
		reader.line(event.text, event.line);
		if (onProgress && event.offset - reported >= PROGRESS_EVERY_BYTES) {
			reported = event.offset;
			onProgress(event.offset - firstOffset);
		}
	}
	reader.end();
	return stats.finish();
}

interface RecordReader {
	line(text: string, line: number): void;
	end(): void;
}

function recordReader(
	options: ReadOptions,
	stats: StatsBuilder,
	counter: ExampleCounter
): RecordReader {
	if (options.format === 'csv' || options.format === 'tsv') {
		return delimitedReader(options, stats, counter);
	}
	return {
		line(text, line) {
			if (text.trim() === '') return;
			addResult(stats, counter, parseJsonRecord(text, line, options.format), line, text);
		},
		end() {}
	};
}

function delimitedReader(
	options: ReadOptions,
	stats: StatsBuilder,
	counter: ExampleCounter
): RecordReader {
	const records = new DelimitedReader(options.format === 'tsv' ? '\t' : ',');
	let header: string[] | null = null;
	let mapping: ColumnMapping | null = options.columns ?? null;
	const take = (record: { fields: string[]; line: number }) => {
		if (!header) {
			header = record.fields;
			mapping ??= suggestColumnMapping(header);
			if (!mapping) {
				stats.addIssue({
					code: 'missing_field',
					line: record.line,
					message: `No user and assistant columns among: ${header.join(', ')}. Choose the columns to use.`
				});
			}
			return;
		}
		// Without columns a row cannot become an example; it still counts, so the file reads as data to fix.
		if (!mapping) {
			stats.addRecord();
			return;
		}
		const text = record.fields.join('\u0000');
		addResult(
			stats,
			counter,
			delimitedRecordToExample(record.fields, header, mapping, record.line),
			record.line,
			text
		);
	};
	return {
		line(text, line) {
			if (!header && text.trim() === '') return;
			for (const record of records.push(text, line)) take(record);
		},
		end() {
			const rest = records.finish();
			if (Array.isArray(rest)) for (const record of rest) take(record);
			else stats.addIssue(rest);
		}
	};
}

/** A JSON array file (Alpaca often comes so): joined from its lines, bounded in size, split into elements. */
export async function analyzeJsonArray(
	events: AsyncIterable<LineEvent>,
	options: ReadOptions,
	onProgress?: BytesProgress
): Promise<DatasetStats> {
	const counter = await loadExampleCounter(options.encoding);
	const stats = new StatsBuilder();
	const lines: string[] = [];
	let bytes = 0;
	for await (const event of events) {
		stats.lines = event.line;
		if (event.type !== 'line') {
			stats.addIssue(lineIssue(event));
			return stats.finish();
		}
		bytes += event.text.length + 1;
		if (bytes > MAX_JSON_ARRAY_BYTES) {
			stats.addIssue({
				code: 'invalid_json',
				message: `A JSON array file is read whole, and this one is over ${MAX_JSON_ARRAY_BYTES / 2 ** 20} MB: convert it to JSON Lines (one example a line).`
			});
			return stats.finish();
		}
		lines.push(event.text);
	}
	onProgress?.(bytes);
	for (const element of readJsonArrayElements(lines.join('\n'))) {
		if ('code' in element) {
			stats.addRecord();
			stats.addIssue(element);
			continue;
		}
		addResult(
			stats,
			counter,
			parseJsonRecord(element.text, element.line, options.format),
			element.line,
			element.text
		);
	}
	return stats.finish();
}
