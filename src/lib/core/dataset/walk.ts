import { formatBinaryBytes, formatCount } from '../format';
import { m } from '../i18n/locale';
import {
	DelimitedReader,
	delimitedRecordToExample,
	parseJsonRecord,
	readJsonArrayElements,
	suggestColumnMapping
} from './formats';
import type { LineEvent } from './lines';
import type { ColumnMapping, DatasetFormat, DatasetIssue, RecordResult } from './types';

/** Called with the bytes read so far in this part of the file. */
export type BytesProgress = (bytesRead: number) => void;

/** Progress is reported about every this many bytes, so a fast read does not flood the page with messages. */
export const PROGRESS_EVERY_BYTES = 1 << 20;

/** A JSON array file is read whole: past this size, a JSONL file is the way. */
export const MAX_JSON_ARRAY_BYTES = 256 * 1024 * 1024;

export interface WalkOptions {
	format: DatasetFormat;
	columns?: ColumnMapping;
}

/**
 * What a walk over a file's records reports, in file order. The analyzer counts with it, and so do the passes
 * that read the valid examples again (near-duplicates, the train/validation split), so every pass sees the same
 * records on the same lines.
 */
export interface RecordSink {
	/**
	 * A record parsed and validated. `text` is the record as read: a JSONL line, a JSON array element (which may
	 * span lines), or for CSV/TSV the row's fields joined with NUL.
	 */
	record(result: RecordResult, line: number, text: string): void;
	/**
	 * A record that could not be read as one (a line that is not UTF-8 or too long, a broken array element), or
	 * a CSV/TSV row while no columns are chosen: it is left out. `issue` is null when the reason was given once
	 * for the whole file.
	 */
	unreadable(issue: DatasetIssue | null): void;
	/** A problem with the file rather than with one record: no columns to use, an unclosed quote, an array too big. */
	fileIssue(issue: DatasetIssue): void;
	/** Set to stop reading after the current record (a pass that has seen enough). */
	stopped?: boolean;
}

export function lineIssue(event: Exclude<LineEvent, { type: 'line' }>): DatasetIssue {
	if (event.type === 'invalid_utf8') {
		return {
			code: 'invalid_utf8',
			line: event.line,
			message: m.dataset_msg_invalid_utf8({
				line: String(event.line),
				offset: String(event.offset)
			})
		};
	}
	return {
		code: 'line_too_long',
		line: event.line,
		message: m.dataset_msg_line_too_long({
			line: String(event.line),
			bytes: formatCount(event.bytes),
			max: formatBinaryBytes(event.maxBytes)
		})
	};
}

interface RecordReader {
	line(text: string, line: number): void;
	end(): void;
}

function recordReader(options: WalkOptions, sink: RecordSink): RecordReader {
	if (options.format === 'csv' || options.format === 'tsv') return delimitedReader(options, sink);
	const { format } = options;
	return {
		line(text, line) {
			if (text.trim() === '') return;
			sink.record(parseJsonRecord(text, line, format), line, text);
		},
		end() {}
	};
}

function delimitedReader(options: WalkOptions, sink: RecordSink): RecordReader {
	const records = new DelimitedReader(options.format === 'tsv' ? '\t' : ',');
	let header: string[] | null = null;
	let mapping: ColumnMapping | null = options.columns ?? null;
	const take = (record: { fields: string[]; line: number }) => {
		if (!header) {
			header = record.fields;
			mapping ??= suggestColumnMapping(header);
			if (!mapping) {
				sink.fileIssue({
					code: 'missing_field',
					line: record.line,
					message: m.dataset_msg_no_columns({ columns: header.join(', ') })
				});
			}
			return;
		}
		// Without columns a row cannot become an example; it still counts, so the file reads as data to fix.
		if (!mapping) {
			sink.unreadable(null);
			return;
		}
		sink.record(
			delimitedRecordToExample(record.fields, header, mapping, record.line),
			record.line,
			record.fields.join('\u0000')
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
			else sink.fileIssue(rest);
		}
	};
}

/** Reads line events into records, whatever the file's format. Returns the number of lines read. */
export async function walkLines(
	events: AsyncIterable<LineEvent>,
	options: WalkOptions,
	sink: RecordSink,
	onProgress?: BytesProgress
): Promise<number> {
	const reader = recordReader(options, sink);
	let lines = 0;
	let firstOffset: number | null = null;
	let reported = 0;
	for await (const event of events) {
		lines = event.line;
		firstOffset ??= event.offset;
		if (event.type !== 'line') sink.unreadable(lineIssue(event));
		else {
			reader.line(event.text, event.line);
			if (onProgress && event.offset - reported >= PROGRESS_EVERY_BYTES) {
				reported = event.offset;
				onProgress(event.offset - firstOffset);
			}
		}
		if (sink.stopped) return lines;
	}
	reader.end();
	return lines;
}

/**
 * A JSON array file (Alpaca often comes so): joined from its lines, bounded in size, split into elements. Returns
 * the number of lines read.
 */
export async function walkJsonArray(
	events: AsyncIterable<LineEvent>,
	options: WalkOptions,
	sink: RecordSink,
	onProgress?: BytesProgress
): Promise<number> {
	const texts: string[] = [];
	let lines = 0;
	let bytes = 0;
	for await (const event of events) {
		lines = event.line;
		if (event.type !== 'line') {
			sink.fileIssue(lineIssue(event));
			return lines;
		}
		bytes += event.text.length + 1;
		if (bytes > MAX_JSON_ARRAY_BYTES) {
			sink.fileIssue({
				code: 'invalid_json',
				message: m.dataset_msg_array_too_big({ size: formatCount(MAX_JSON_ARRAY_BYTES / 2 ** 20) })
			});
			return lines;
		}
		texts.push(event.text);
	}
	onProgress?.(bytes);
	for (const element of readJsonArrayElements(texts.join('\n'))) {
		if ('code' in element) sink.unreadable(element);
		else {
			const result = parseJsonRecord(element.text, element.line, options.format);
			sink.record(result, element.line, element.text);
		}
		if (sink.stopped) break;
	}
	return lines;
}

/** Every record of a file, line-based or one JSON array. Returns the number of lines read. */
export function walkRecords(
	events: AsyncIterable<LineEvent>,
	options: WalkOptions & { jsonArray: boolean },
	sink: RecordSink,
	onProgress?: BytesProgress
): Promise<number> {
	const walk = options.jsonArray ? walkJsonArray : walkLines;
	return walk(events, options, sink, onProgress);
}
