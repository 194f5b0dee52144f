import { m } from '../i18n/locale';
import type { TokenizerRef } from '../tokenize/tokenizers';
import { loadExampleCounter } from '../tokenize/example-counter';
import { analyzeJsonArray, analyzeLines, type BytesProgress } from './analyze';
import { DelimitedReader, detectFormat, suggestColumnMapping } from './formats';
import {
	chunksOf,
	decompressGzip,
	isGzip,
	MAX_GUNZIPPED_BYTES,
	rangeReadStart,
	readLines
} from './lines';
import { findNearDuplicates, type NearDuplicateReport } from './near-duplicates';
import { splitDataset, type DatasetSplit, type SplitOptions } from './split';
import { PROGRESS_EVERY_BYTES } from './walk';
import type { DatasetStats } from './stats';
import type { ColumnMapping, DatasetFormat } from './types';

/** Bytes read to recognise a file. */
const SNIFF_BYTES = 64 * 1024;
const SAMPLE_LINES = 20;
/** Decompressed gzip data past this is refused (defined with the reader, which the page also reads it from). */
export { MAX_GUNZIPPED_BYTES };

export interface DatasetSniff {
	/** Why there is nothing to analyse (empty, binary, not UTF-8), or absent when the file reads as text. */
	unreadable?: string;
	gzip: boolean;
	format: DatasetFormat;
	/** The file is one JSON array, read whole. */
	jsonArray: boolean;
	/** CSV/TSV only: the header row and the columns guessed for user and assistant. */
	header?: string[];
	suggestedColumns?: ColumnMapping | null;
}

export interface ByteRange {
	start: number;
	end: number;
}

export interface AnalyzePartOptions {
	format: DatasetFormat;
	encoding: TokenizerRef;
	columns?: ColumnMapping;
}

type Chunks = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

function decoded(file: Blob, gzip: boolean): Chunks {
	const stream = file.stream() as ReadableStream<Uint8Array>;
	return gzip ? decompressGzip(stream, MAX_GUNZIPPED_BYTES) : stream;
}

function iterate(chunks: Chunks): AsyncIterable<Uint8Array> {
	return 'getReader' in chunks ? chunksOf(chunks) : chunks;
}

/**
 * The chunks as they are, reporting the bytes taken (at most `maxBytes`). Counted as they pass rather than per line,
 * so that progress moves on through a line of hundreds of megabytes and through a gzip file's growing contents.
 */
function counted(
	chunks: Chunks,
	onProgress: BytesProgress | undefined,
	maxBytes = Infinity
): Chunks {
	if (!onProgress) return chunks;
	return (async function* () {
		let bytes = 0;
		let reported = 0;
		for await (const chunk of iterate(chunks)) {
			bytes += chunk.length;
			if (bytes - reported >= PROGRESS_EVERY_BYTES) {
				reported = bytes;
				onProgress(Math.min(bytes, maxBytes));
			}
			yield chunk;
		}
	})();
}

async function firstBytes(chunks: Chunks, limit: number): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	let size = 0;
	// Leaving the loop early cancels the stream.
	for await (const chunk of iterate(chunks)) {
		parts.push(chunk);
		size += chunk.length;
		if (size >= limit) break;
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return bytes.subarray(0, limit);
}

function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Whether a line holding more than white space decodes as UTF-8 (a `\n` byte is never inside a character). */
function someLineIsUtf8(bytes: Uint8Array): boolean {
	let start = 0;
	while (start < bytes.length) {
		const newline = bytes.indexOf(0x0a, start);
		const end = newline < 0 ? bytes.length : newline;
		const line = bytes.subarray(start, end);
		if (line.some((byte) => byte > 0x20) && isUtf8(line)) return true;
		start = end + 1;
	}
	return false;
}

/**
 * Why the start of a file shows it is no text dataset (in the current language), or null. `whole` = these bytes
 * are the entire file.
 */
export function unreadableReason(head: Uint8Array, whole: boolean): string | null {
	if (head.length === 0) return m.dataset_unreadable_empty();
	if (head.includes(0)) return m.dataset_unreadable_binary();
	// A multi-byte character may be cut at the end of the sample: decode all but its last 3 bytes strictly.
	const complete = whole ? head : head.subarray(0, Math.max(0, head.length - 3));
	// One bad line among good ones is that line's error, reported where it is; no good line means another encoding.
	if (!isUtf8(complete) && !someLineIsUtf8(complete)) return m.dataset_unreadable_encoding();
	if (whole && new TextDecoder().decode(head).trim() === '') return m.dataset_unreadable_blank();
	return null;
}

/**
 * The dataset worker's API: plain async functions over the core. The page and the command line both call them
 * through a worker; `analyzeFile` puts the parts together.
 */
export const datasetApi = {
	/** Loads the tokenizer (ranks or open-weight data) ahead of the first range, while the file is being recognised. */
	async prepare(encoding: TokenizerRef): Promise<void> {
		await loadExampleCounter(encoding);
	},

	/** Recognises the file: compression, format and, for CSV/TSV, the header. */
	async sniff(file: Blob, fileName: string): Promise<DatasetSniff> {
		const head = await firstBytes(file.slice(0, 2).stream() as ReadableStream<Uint8Array>, 2);
		const gzip = isGzip(head);
		const bytes = await firstBytes(decoded(file, gzip), SNIFF_BYTES);
		const unreadable = unreadableReason(bytes, bytes.length < SNIFF_BYTES);
		if (unreadable) return { unreadable, gzip, format: 'chat', jsonArray: false };
		const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
		const lines = text.split('\n');
		// A sample cut at the byte limit ends mid-line: leave that line out.
		if (bytes.length >= SNIFF_BYTES && lines.length > 1) lines.pop();
		const sample = lines
			.map((line) => line.replace(/\r$/, ''))
			.filter((line) => line.trim() !== '')
			.slice(0, SAMPLE_LINES);
		const name = fileName.replace(/\.gz$/i, '');
		const format = detectFormat(sample, name);
		const jsonArray = (sample[0] ?? '').trimStart().startsWith('[');
		if (format !== 'csv' && format !== 'tsv') return { gzip, format, jsonArray };
		const reader = new DelimitedReader(format === 'tsv' ? '\t' : ',');
		let header: string[] | undefined;
		for (const [index, line] of lines.entries()) {
			header = reader.push(line.replace(/\r$/, ''), index + 1)[0]?.fields;
			if (header) break;
		}
		return {
			gzip,
			format,
			jsonArray,
			header,
			suggestedColumns: header ? suggestColumnMapping(header) : null
		};
	},

	/** One byte range of an uncompressed line-based file (JSONL): the lines that start inside it. */
	async analyzeRange(
		file: Blob,
		range: ByteRange,
		options: AnalyzePartOptions,
		onProgress?: BytesProgress
	): Promise<DatasetStats> {
		const readFrom = rangeReadStart(range.start);
		const stream = file.slice(readFrom).stream() as ReadableStream<Uint8Array>;
		const events = readLines(counted(stream, onProgress, range.end - range.start), {
			streamOffset: readFrom,
			rangeStart: range.start,
			rangeEnd: range.end
		});
		const stats = await analyzeLines(events, options);
		stats.bytes = range.end - range.start;
		return stats;
	},

	/** A whole file in one pass: gzip, CSV/TSV (quoted fields may hold newlines) and JSON arrays. */
	async analyzeWhole(
		file: Blob,
		sniffed: Pick<DatasetSniff, 'gzip' | 'jsonArray'>,
		options: AnalyzePartOptions,
		onProgress?: BytesProgress
	): Promise<DatasetStats> {
		// For gzip, the bytes decompressed: the limit applies to them.
		const events = readLines(counted(decoded(file, sniffed.gzip), onProgress), {
			streamOffset: 0
		});
		const read = sniffed.jsonArray ? analyzeJsonArray : analyzeLines;
		const stats = await read(events, options);
		stats.bytes = file.size;
		return stats;
	},

	/** Answers that nearly repeat an earlier example's, over the whole file (gzip and JSON arrays included). */
	async nearDuplicates(
		file: Blob,
		sniffed: Pick<DatasetSniff, 'gzip' | 'jsonArray'>,
		options: Pick<AnalyzePartOptions, 'format' | 'columns'>,
		onProgress?: BytesProgress
	): Promise<NearDuplicateReport> {
		const events = readLines(decoded(file, sniffed.gzip), { streamOffset: 0 });
		return findNearDuplicates(events, { ...options, jsonArray: sniffed.jsonArray }, onProgress);
	},

	/** The valid examples split into train and validation JSONL (Blobs, which cross to the page as they are). */
	async split(
		file: Blob,
		sniffed: Pick<DatasetSniff, 'gzip' | 'jsonArray'>,
		options: Pick<AnalyzePartOptions, 'format' | 'columns'>,
		split: SplitOptions = {},
		onProgress?: BytesProgress
	): Promise<DatasetSplit> {
		const events = readLines(decoded(file, sniffed.gzip), { streamOffset: 0 });
		return splitDataset(events, { ...options, jsonArray: sniffed.jsonArray }, split, onProgress);
	}
};

export type DatasetApi = typeof datasetApi;
