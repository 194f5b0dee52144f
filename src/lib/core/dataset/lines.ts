import { formatBinaryBytes } from '../format';
import { m } from '../i18n/locale';

/**
 * Streaming line reader for dataset files. A large file is cut into byte ranges read by different workers; every
 * line belongs to the range holding its first byte. Memory stays bounded: at most one line (plus the chunk it
 * started in) is held, never the whole file.
 */

export type LineEvent =
	| { type: 'line'; line: number; offset: number; text: string }
	| { type: 'invalid_utf8'; line: number; offset: number }
	| { type: 'line_too_long'; line: number; offset: number; bytes: number; maxBytes: number };

export interface ReadLinesOptions {
	/** Absolute file offset of the stream's first byte. */
	streamOffset: number;
	/**
	 * Absolute offset where this reader's range begins. When above 0, the stream must begin at or before
	 * `rangeReadStart(rangeStart)`, and everything up to and including the first `\n` at or after `rangeStart - 1`
	 * belongs to the previous range. When absent, the stream's first byte starts a line.
	 */
	rangeStart?: number;
	/** Lines whose first byte is at or after this absolute offset belong to the next range. Default: none. */
	rangeEnd?: number;
	/** Longer lines (excluding the line break) are reported as `line_too_long` without being held. */
	maxLineBytes?: number;
}

export type ByteRange = { start: number; end: number };

export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 * 1024;
/** Decompressed gzip data past this is refused: a small file can expand enormously. */
export const MAX_GUNZIPPED_BYTES = 8 * 1024 ** 3;

const LF = 10;
const CR = 13;
const EMPTY = new Uint8Array(0);

/**
 * Contiguous ranges covering [0, size): at most `parts`, none shorter than `minRangeBytes` unless there is only
 * one. Size 0 gives the one empty range [0, 0).
 */
export function splitRanges(size: number, parts: number, minRangeBytes = 1 << 20): ByteRange[] {
	if (!Number.isSafeInteger(size) || size < 0) {
		// i18n-exempt: a programming error (callers pass a file's size), never shown
		throw new RangeError(`size must be a whole number of bytes, got ${size}`);
	}
	if (!Number.isInteger(parts) || parts < 1) {
		// i18n-exempt: a programming error (callers pass a worker count), never shown
		throw new RangeError(`parts must be a whole number of at least 1, got ${parts}`);
	}
	if (size === 0) return [{ start: 0, end: 0 }];
	// At least one byte per range, so no range is empty.
	const count = Math.max(1, Math.min(parts, Math.floor(size / Math.max(1, minRangeBytes))));
	const ranges: ByteRange[] = [];
	for (let i = 0; i < count; i++) {
		ranges.push({
			start: Math.floor((size * i) / count),
			end: Math.floor((size * (i + 1)) / count)
		});
	}
	return ranges;
}

/** Where the byte stream for a range must begin: one byte early shows whether the range begins a line. */
export function rangeReadStart(rangeStart: number): number {
	return Math.max(0, rangeStart - 1);
}

/**
 * Index of the first byte of the first ill-formed UTF-8 sequence (Unicode table 3-7), or -1 when all is well.
 * Per byte, so only used after the decoder has already refused the line.
 */
function firstInvalidUtf8Index(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		if (lead < 0x80) {
			i++;
			continue;
		}
		let continuationBytes: number;
		let secondLow = 0x80;
		let secondHigh = 0xbf;
		if (lead >= 0xc2 && lead <= 0xdf) {
			continuationBytes = 1;
		} else if (lead >= 0xe0 && lead <= 0xef) {
			continuationBytes = 2;
			if (lead === 0xe0) secondLow = 0xa0; // overlong
			if (lead === 0xed) secondHigh = 0x9f; // surrogates
		} else if (lead >= 0xf0 && lead <= 0xf4) {
			continuationBytes = 3;
			if (lead === 0xf0) secondLow = 0x90; // overlong
			if (lead === 0xf4) secondHigh = 0x8f; // beyond U+10FFFF
		} else {
			return i;
		}
		if (i + continuationBytes >= bytes.length) return i;
		const second = bytes[i + 1]!;
		if (second < secondLow || second > secondHigh) return i;
		for (let k = 2; k <= continuationBytes; k++) {
			const next = bytes[i + k]!;
			if (next < 0x80 || next > 0xbf) return i;
		}
		i += continuationBytes + 1;
	}
	return -1;
}

interface ChunkSource {
	/** The next chunk, or undefined at the end of the stream. */
	read(): Promise<Uint8Array | undefined>;
	/** Stops the stream (so no more bytes are fetched) unless it already ended. */
	close(): Promise<void>;
}

function openChunkSource(
	stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>
): ChunkSource {
	let ended = false;
	// A reader rather than async iteration: Safari's ReadableStream is not async iterable.
	if ('getReader' in stream && typeof stream.getReader === 'function') {
		const reader = stream.getReader();
		return {
			async read() {
				const result = await reader.read();
				if (result.done) ended = true;
				return result.done ? undefined : result.value;
			},
			async close() {
				// An errored stream rejects the cancel with its own error, already thrown from read().
				if (!ended) await reader.cancel().catch(() => undefined);
				reader.releaseLock();
			}
		};
	}
	const iterator = (stream as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
	return {
		async read() {
			const result = await iterator.next();
			if (result.done) ended = true;
			return result.done ? undefined : result.value;
		},
		async close() {
			if (!ended) await iterator.return?.();
		}
	};
}

/**
 * The lines of a byte stream, decoded strictly as UTF-8, limited to the lines whose first byte lies in
 * [rangeStart, rangeEnd). Lines end at `\n`; a `\r` before it is dropped. A UTF-8 BOM at offset 0 is skipped.
 * A final line without a line break is read; blank lines are read too (they count for line numbers).
 * `line` counts from 1 at the first line this reader emits; `offset` is the line's absolute first byte
 * (for `invalid_utf8`, the first byte of the first ill-formed sequence).
 */
export async function* readLines(
	stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
	options: ReadLinesOptions
): AsyncGenerator<LineEvent> {
	const { streamOffset } = options;
	const rangeEnd = options.rangeEnd ?? Number.POSITIVE_INFINITY;
	const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
	const rangeStart = options.rangeStart;
	if (rangeStart !== undefined && rangeStart > 0 && streamOffset > rangeReadStart(rangeStart)) {
		throw new RangeError(
			// i18n-exempt: a programming error (the API opens streams where the range needs), never shown
			`the stream for a range starting at ${rangeStart} must begin at ${rangeReadStart(rangeStart)} or before, not ${streamOffset}`
		);
	}
	if (rangeStart === 0 && streamOffset !== 0) {
		throw new RangeError(
			// i18n-exempt: a programming error, never shown
			`the stream for a range starting at 0 must begin at 0, not ${streamOffset}`
		);
	}

	// The previous range owns everything up to and including the first `\n` at or after this offset.
	const skipThrough = rangeStart !== undefined && rangeStart > 0 ? rangeStart - 1 : -1;
	let skipping = skipThrough >= 0;
	let lineStart = streamOffset;
	let lineNumber = 0;
	// The pieces of a line that spans chunks. Past the limit they are dropped and only counted.
	let held: Uint8Array[] = [];
	let heldBytes = 0;
	let heldLastByte = -1;
	let overLimit = false;
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

	const hold = (piece: Uint8Array): void => {
		if (piece.length === 0) return;
		heldBytes += piece.length;
		heldLastByte = piece[piece.length - 1]!;
		if (overLimit) return;
		// One byte of slack: a `\r` that turns out to precede the `\n` is not part of the line.
		if (heldBytes > maxLineBytes + 1) {
			overLimit = true;
			held = [];
		} else {
			held.push(piece);
		}
	};

	const decodeLine = (bytes: Uint8Array): LineEvent => {
		const bomBytes =
			lineStart === 0 &&
			bytes.length >= 3 &&
			bytes[0] === 0xef &&
			bytes[1] === 0xbb &&
			bytes[2] === 0xbf
				? 3
				: 0;
		const textBytes = bomBytes > 0 ? bytes.subarray(bomBytes) : bytes;
		try {
			return { type: 'line', line: lineNumber, offset: lineStart, text: decoder.decode(textBytes) };
		} catch {
			const index = Math.max(0, firstInvalidUtf8Index(textBytes));
			return { type: 'invalid_utf8', line: lineNumber, offset: lineStart + bomBytes + index };
		}
	};

	/** Ends the current line with `tail`, the part of it in the current chunk (without the `\n`). */
	const finishLine = (tail: Uint8Array): LineEvent => {
		lineNumber++;
		const totalBytes = heldBytes + tail.length;
		const lastByte = tail.length > 0 ? tail[tail.length - 1]! : heldLastByte;
		const lineBytes = lastByte === CR ? totalBytes - 1 : totalBytes;
		let event: LineEvent;
		if (overLimit || lineBytes > maxLineBytes) {
			event = {
				type: 'line_too_long',
				line: lineNumber,
				offset: lineStart,
				bytes: lineBytes,
				maxBytes: maxLineBytes
			};
		} else {
			let bytes = tail;
			if (held.length > 0) {
				bytes = new Uint8Array(totalBytes);
				let at = 0;
				for (const piece of held) {
					bytes.set(piece, at);
					at += piece.length;
				}
				bytes.set(tail, at);
			}
			event = decodeLine(lineBytes === bytes.length ? bytes : bytes.subarray(0, lineBytes));
		}
		held = [];
		heldBytes = 0;
		heldLastByte = -1;
		overLimit = false;
		return event;
	};

	const firstPossibleLineStart = skipping ? skipThrough + 1 : lineStart;
	if (firstPossibleLineStart >= rangeEnd) return;

	const source = openChunkSource(stream);
	try {
		let chunkStart = streamOffset;
		for (;;) {
			const chunk = await source.read();
			if (chunk === undefined) break;
			const base = chunkStart;
			chunkStart += chunk.length;
			let from = 0;
			if (skipping) {
				const searchFrom = Math.max(0, skipThrough - base);
				if (searchFrom >= chunk.length) continue;
				const newline = chunk.indexOf(LF, searchFrom);
				if (newline < 0) continue;
				skipping = false;
				from = newline + 1;
				lineStart = base + from;
				if (lineStart >= rangeEnd) return;
			}
			for (;;) {
				const newline = chunk.indexOf(LF, from);
				if (newline < 0) {
					hold(chunk.subarray(from));
					break;
				}
				yield finishLine(chunk.subarray(from, newline));
				from = newline + 1;
				lineStart = base + from;
				if (lineStart >= rangeEnd) return;
			}
		}
		if (!skipping && heldBytes > 0) yield finishLine(EMPTY);
	} finally {
		await source.close();
	}
}

/** Whether a file's first bytes are gzip's magic number. */
export function isGzip(firstBytes: Uint8Array): boolean {
	return firstBytes.length >= 2 && firstBytes[0] === 0x1f && firstBytes[1] === 0x8b;
}

/** Why a gzip file is refused once its contents pass the limit, and what to do instead. */
export function gunzipLimitMessage(maxOutputBytes: number): string {
	return m.dataset_msg_gunzip_limit({ limit: formatBinaryBytes(maxOutputBytes) });
}

/**
 * The chunks of a stream, read with a reader (Safari's ReadableStream is not async iterable). Stopping early cancels
 * the stream. A generator costs far less per chunk than a TransformStream, which matters at 16 kB chunks.
 */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
	const reader = stream.getReader();
	let ended = false;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) {
				ended = true;
				return;
			}
			yield value;
		}
	} finally {
		// An errored stream rejects the cancel with its own error, already thrown from read().
		if (!ended) await reader.cancel().catch(() => undefined);
	}
}

/**
 * Compressed bytes handed to the decompressor at a time. It inflates each piece whole, up to about 1,000 times its
 * size, before anything reads the output: a file's chunks (up to megabytes) would put gigabytes in memory at once and
 * keep the worker busy, so that Cancel waited for them.
 */
export const INFLATE_INPUT_BYTES = 16 * 1024;

/**
 * Gunzips a stream, erroring once the output passes `maxOutputBytes` (a small file can inflate enormously, so
 * the limit is checked as the bytes come, not after) and stopping the decompression there.
 */
export async function* decompressGzip(
	stream: ReadableStream<Uint8Array>,
	maxOutputBytes: number
): AsyncGenerator<Uint8Array> {
	const slices = new TransformStream<Uint8Array, Uint8Array>({
		transform(chunk, controller) {
			for (let at = 0; at < chunk.length; at += INFLATE_INPUT_BYTES) {
				controller.enqueue(chunk.subarray(at, at + INFLATE_INPUT_BYTES));
			}
		}
	});
	// The DOM typings accept only ArrayBuffer-backed chunks; file streams never carry shared memory.
	const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<
		Uint8Array,
		Uint8Array
	>;
	let outputBytes = 0;
	for await (const chunk of chunksOf(stream.pipeThrough(slices).pipeThrough(gunzip))) {
		outputBytes += chunk.length;
		if (outputBytes > maxOutputBytes) throw new RangeError(gunzipLimitMessage(maxOutputBytes));
		yield chunk;
	}
}
