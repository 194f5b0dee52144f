import { describe, expect, it } from 'vitest';
import {
	decompressGzip,
	INFLATE_INPUT_BYTES,
	isGzip,
	rangeReadStart,
	readLines,
	splitRanges,
	type LineEvent,
	type ReadLinesOptions
} from './lines';

const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];

/** Bytes from text parts and raw byte lists, in order. */
function bytesOf(...parts: (string | number[])[]): Uint8Array<ArrayBuffer> {
	const pieces = parts.map((part) =>
		typeof part === 'string' ? encoder.encode(part) : Uint8Array.from(part)
	);
	const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
	let at = 0;
	for (const piece of pieces) {
		bytes.set(piece, at);
		at += piece.length;
	}
	return bytes;
}

/** Cuts bytes at the given positions. */
function cutAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
	const bounds = [0, ...cuts, bytes.length];
	const chunks: Uint8Array[] = [];
	for (let i = 0; i + 1 < bounds.length; i++) chunks.push(bytes.slice(bounds[i], bounds[i + 1]));
	return chunks;
}

function cutEvery(bytes: Uint8Array, chunkSize: number): Uint8Array[] {
	const cuts: number[] = [];
	for (let at = chunkSize; at < bytes.length; at += chunkSize) cuts.push(at);
	return cutAt(bytes, cuts);
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
	let next = 0;
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			const chunk = chunks[next++];
			if (chunk === undefined) controller.close();
			else controller.enqueue(chunk);
		}
	});
}

async function* iterableOf(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
	for (const chunk of chunks) yield chunk;
}

async function collect(
	stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
	options: ReadLinesOptions
): Promise<LineEvent[]> {
	const events: LineEvent[] = [];
	for await (const event of readLines(stream, options)) events.push(event);
	return events;
}

function readWhole(bytes: Uint8Array, chunkSize = 4096, maxLineBytes?: number) {
	return collect(streamOf(cutEvery(bytes, chunkSize)), { streamOffset: 0, maxLineBytes });
}

/** Reads the range [start, end) the way a worker does: the stream begins one byte early. */
function readRange(bytes: Uint8Array, start: number, end: number, chunkSize: number) {
	const streamOffset = rangeReadStart(start);
	const chunks = cutEvery(bytes.subarray(streamOffset), chunkSize);
	return collect(streamOf(chunks), { streamOffset, rangeStart: start, rangeEnd: end });
}

function line(lineNumber: number, offset: number, text: string): LineEvent {
	return { type: 'line', line: lineNumber, offset, text };
}

describe('splitRanges', () => {
	it('cuts evenly into contiguous ranges', () => {
		expect(splitRanges(10, 3, 1)).toEqual([
			{ start: 0, end: 3 },
			{ start: 3, end: 6 },
			{ start: 6, end: 10 }
		]);
	});

	it('gives one empty range for an empty file', () => {
		expect(splitRanges(0, 4)).toEqual([{ start: 0, end: 0 }]);
	});

	it('uses fewer ranges rather than ranges below the minimum', () => {
		expect(splitRanges(10, 8, 4)).toEqual([
			{ start: 0, end: 5 },
			{ start: 5, end: 10 }
		]);
		expect(splitRanges(3, 8, 4)).toEqual([{ start: 0, end: 3 }]);
		expect(splitRanges(5 << 20, 16)).toHaveLength(5);
	});

	it('covers [0, size) within the limits for many sizes', () => {
		for (const size of [1, 2, 7, 63, 64, 65, 1000, 4097, 1_000_003]) {
			for (const parts of [1, 2, 3, 5, 8]) {
				for (const minRangeBytes of [1, 3, 64, 1 << 20]) {
					const ranges = splitRanges(size, parts, minRangeBytes);
					expect(ranges.length).toBeGreaterThanOrEqual(1);
					expect(ranges.length).toBeLessThanOrEqual(parts);
					expect(ranges[0]!.start).toBe(0);
					expect(ranges[ranges.length - 1]!.end).toBe(size);
					for (let i = 0; i < ranges.length; i++) {
						const range = ranges[i]!;
						if (i > 0) expect(range.start).toBe(ranges[i - 1]!.end);
						if (ranges.length > 1) {
							expect(range.end - range.start).toBeGreaterThanOrEqual(minRangeBytes);
						}
					}
				}
			}
		}
	});

	it('refuses impossible arguments', () => {
		expect(() => splitRanges(-1, 2)).toThrow(RangeError);
		expect(() => splitRanges(10, 0)).toThrow(RangeError);
		expect(() => splitRanges(1.5, 2)).toThrow(RangeError);
	});
});

describe('rangeReadStart', () => {
	it('begins one byte early, never before the file', () => {
		expect(rangeReadStart(0)).toBe(0);
		expect(rangeReadStart(1)).toBe(0);
		expect(rangeReadStart(100)).toBe(99);
	});
});

describe('readLines', () => {
	// Offsets: BOM 0-2, line 1 3-9 + CRLF 10-11, blank line 12, line 3 13-21 + CRLF 22-23, 0xff at 24,
	// 'ok' 27-28, 'ab' 30-31 then a truncated 3-byte sequence at 32, 'x' BOM 'y' 35-39, BOM 'z' 41-44, 'last' 46-49.
	const mixed = bytesOf(
		BOM,
		'{"a":1}\r\n',
		'\n',
		'é日😀\r\n',
		[0xff],
		'x\n',
		'ok\n',
		'ab',
		[0xe6, 0x97],
		'\n',
		'x\uFEFFy\n',
		'\uFEFFz\n',
		'last'
	);
	const mixedEvents: LineEvent[] = [
		line(1, 0, '{"a":1}'),
		line(2, 12, ''),
		line(3, 13, 'é日😀'),
		{ type: 'invalid_utf8', line: 4, offset: 24 },
		line(5, 27, 'ok'),
		{ type: 'invalid_utf8', line: 6, offset: 32 },
		line(7, 35, 'x\uFEFFy'),
		line(8, 41, '\uFEFFz'),
		line(9, 46, 'last')
	];

	it('reads the same events for chunk sizes 1 to 17, from streams and async iterables', async () => {
		expect(mixed.length).toBe(50);
		for (let chunkSize = 1; chunkSize <= 17; chunkSize++) {
			const chunks = cutEvery(mixed, chunkSize);
			expect(await collect(streamOf(chunks), { streamOffset: 0 })).toEqual(mixedEvents);
			expect(await collect(iterableOf(chunks), { streamOffset: 0 })).toEqual(mixedEvents);
		}
	});

	it('decodes multi-byte characters cut at every position into two and three chunks', async () => {
		const text = 'é日😀a\u00e9\u65e5\ud83d\ude00';
		const bytes = bytesOf(text, '\n', text);
		// (é 2 + 日 3 + 😀 4 bytes) twice + 'a' = 19 bytes, then the `\n`.
		const expected = [line(1, 0, text), line(2, 20, text)];
		for (let first = 1; first < bytes.length; first++) {
			expect(await collect(streamOf(cutAt(bytes, [first])), { streamOffset: 0 })).toEqual(expected);
			for (let second = first + 1; second < bytes.length; second++) {
				const chunks = cutAt(bytes, [first, second]);
				expect(await collect(streamOf(chunks), { streamOffset: 0 })).toEqual(expected);
			}
		}
	});

	it('drops the CR of a CRLF split across chunks, and keeps a CR inside a line', async () => {
		const chunks = [
			bytesOf('a\r'),
			bytesOf('\nb\r'),
			bytesOf('\n'),
			bytesOf('c\rd\r'),
			bytesOf('\n')
		];
		expect(await collect(streamOf(chunks), { streamOffset: 0 })).toEqual([
			line(1, 0, 'a'),
			line(2, 3, 'b'),
			line(3, 6, 'c\rd')
		]);
	});

	it('skips a BOM only at offset 0, even when it is cut across chunks', async () => {
		const bytes = bytesOf(BOM, 'hi\n', BOM, 'there');
		for (const cuts of [[1], [2], [1, 2], [3]]) {
			expect(await collect(streamOf(cutAt(bytes, cuts)), { streamOffset: 0 })).toEqual([
				line(1, 0, 'hi'),
				line(2, 6, '\uFEFFthere')
			]);
		}
		expect(await readWhole(bytesOf(BOM, '\n', 'a'))).toEqual([line(1, 0, ''), line(2, 4, 'a')]);
		// Offsets of bad bytes count the BOM.
		expect(await readWhole(bytesOf(BOM, 'a', [0xff], '\n'), 1)).toEqual([
			{ type: 'invalid_utf8', line: 1, offset: 4 }
		]);
		// Part of a BOM is not one: it is invalid UTF-8.
		expect(await readWhole(bytesOf([0xef, 0xbb], 'a\n'))).toEqual([
			{ type: 'invalid_utf8', line: 1, offset: 0 }
		]);
	});

	it('keeps BOM bytes that start a stream away from offset 0', async () => {
		const bytes = bytesOf(BOM, 'x\n');
		expect(await collect(streamOf([bytes]), { streamOffset: 40 })).toEqual([
			line(1, 40, '\uFEFFx')
		]);
	});

	it('reads a last line without a newline, and makes no line of a final newline', async () => {
		expect(await readWhole(bytesOf('a\nb'))).toEqual([line(1, 0, 'a'), line(2, 2, 'b')]);
		expect(await readWhole(bytesOf('a\nb\n'))).toEqual([line(1, 0, 'a'), line(2, 2, 'b')]);
		expect(await readWhole(bytesOf('a\nb\r\n'))).toEqual([line(1, 0, 'a'), line(2, 2, 'b')]);
		expect(await readWhole(bytesOf(''))).toEqual([]);
		expect(await readWhole(bytesOf('\n'))).toEqual([line(1, 0, '')]);
	});

	it('emits blank lines so that line numbers stay right', async () => {
		expect(await readWhole(bytesOf('\n\na\n\r\n\nb'), 2)).toEqual([
			line(1, 0, ''),
			line(2, 1, ''),
			line(3, 2, 'a'),
			line(4, 4, ''),
			line(5, 6, ''),
			line(6, 7, 'b')
		]);
	});

	it('reports the first byte of each kind of ill-formed UTF-8 and reads on', async () => {
		const badSequences = [
			[0xff], // never valid
			[0x80], // a lone continuation byte
			[0xc0, 0x80], // overlong
			[0xe0, 0x80, 0x80], // overlong
			[0xed, 0xa0, 0x80], // a surrogate
			[0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
			[0xe6, 0x97], // truncated at the line end
			[0xe6, 0x97, 0x41], // truncated before an ASCII byte
			[0xf0, 0x9f, 0x98] // truncated 4-byte sequence
		];
		for (const bad of badSequences) {
			const bytes = bytesOf('fine\n', 'é', bad, 'z\n', 'next\n');
			const badLineEnd = 5 + 2 + bad.length + 1;
			for (const chunkSize of [1, 3, 64]) {
				expect(await readWhole(bytes, chunkSize)).toEqual([
					line(1, 0, 'fine'),
					{ type: 'invalid_utf8', line: 2, offset: 7 },
					line(3, badLineEnd + 1, 'next')
				]);
			}
		}
	});

	it('reports a line over the limit with its length and reads on', async () => {
		const bytes = bytesOf('abcde\n', 'abcdef\n', 'abcde\r\n', 'abcdefghij\r\n', 'ok\n', 'abcdefgh');
		const expected: LineEvent[] = [
			line(1, 0, 'abcde'),
			{ type: 'line_too_long', line: 2, offset: 6, bytes: 6, maxBytes: 5 },
			line(3, 13, 'abcde'),
			{ type: 'line_too_long', line: 4, offset: 20, bytes: 10, maxBytes: 5 },
			line(5, 32, 'ok'),
			{ type: 'line_too_long', line: 6, offset: 35, bytes: 8, maxBytes: 5 }
		];
		for (let chunkSize = 1; chunkSize <= 17; chunkSize++) {
			expect(await readWhole(bytes, chunkSize, 5)).toEqual(expected);
		}
	});

	it('gives each line to exactly one range, for every split into 2 to 5 ranges', async () => {
		const inputs = [
			bytesOf('ab\ncd\r\n\nefg\r\nh'),
			bytesOf(BOM, 'é\r\n日x\n\n😀\n'),
			bytesOf('\n\r\n', [0xff], 'q\r\n', [0xe6, 0x97], '\nz'),
			bytesOf('x\n\uFEFF\n\r\r\n\n')
		];
		for (const [inputIndex, bytes] of inputs.entries()) {
			const size = bytes.length;
			const whole = await readWhole(bytes, 3);
			expect(whole.length).toBeGreaterThan(3);
			// Every range is read once; the splits below combine them.
			const rangeEvents = new Map<string, LineEvent[]>();
			for (let start = 0; start < size; start++) {
				for (let end = start + 1; end <= size; end++) {
					const chunkSize = ((start + end + inputIndex) % 4) + 1;
					rangeEvents.set(`${start}-${end}`, await readRange(bytes, start, end, chunkSize));
				}
			}
			const expectedKey = JSON.stringify(whole);
			let splits = 0;
			const check = (bounds: number[]): void => {
				const joined: LineEvent[] = [];
				for (let i = 0; i + 1 < bounds.length; i++) {
					const precedingLines = joined.length;
					for (const event of rangeEvents.get(`${bounds[i]}-${bounds[i + 1]}`)!) {
						joined.push({ ...event, line: event.line + precedingLines });
					}
				}
				if (JSON.stringify(joined) !== expectedKey) {
					expect({ bounds, joined }).toEqual({ bounds, joined: whole });
				}
				splits++;
			};
			const choose = (bounds: number[], cutsLeft: number): void => {
				if (cutsLeft === 0) {
					check([...bounds, size]);
					return;
				}
				for (let cut = bounds[bounds.length - 1]! + 1; cut < size; cut++) {
					choose([...bounds, cut], cutsLeft - 1);
				}
			};
			for (let ranges = 2; ranges <= 5; ranges++) choose([0], ranges - 1);
			const combinations = (n: number, k: number): number =>
				k === 0 ? 1 : (combinations(n - 1, k - 1) * n) / k;
			expect(splits).toBe(
				[1, 2, 3, 4].reduce((sum, cuts) => sum + combinations(size - 1, cuts), 0)
			);
		}
	});

	it('treats a range that starts at a line start as owning that line', async () => {
		const bytes = bytesOf('ab\ncd\nef\n');
		expect(await readRange(bytes, 0, 3, 2)).toEqual([line(1, 0, 'ab')]);
		expect(await readRange(bytes, 3, 6, 2)).toEqual([line(1, 3, 'cd')]);
		expect(await readRange(bytes, 4, 9, 2)).toEqual([line(1, 6, 'ef')]);
		expect(await readRange(bytes, 4, 6, 2)).toEqual([]);
	});

	it('stops pulling chunks once the next line belongs to the next range', async () => {
		const chunks = cutEvery(bytesOf('aaa\nbbb\nccc\nddd\neee\n'), 3);
		let pulls = 0;
		let cancelled = false;
		const stream = new ReadableStream<Uint8Array>(
			{
				pull(controller) {
					const chunk = chunks[pulls++];
					if (chunk === undefined) controller.close();
					else controller.enqueue(chunk);
				},
				cancel() {
					cancelled = true;
				}
			},
			{ highWaterMark: 0 }
		);
		// Line 'bbb' starts at 4, inside [0, 5); the `\n` ending it is byte 7, in the third chunk.
		expect(await collect(stream, { streamOffset: 0, rangeEnd: 5 })).toEqual([
			line(1, 0, 'aaa'),
			line(2, 4, 'bbb')
		]);
		expect(pulls).toBe(3);
		expect(cancelled).toBe(true);
	});

	it('cancels the stream when the consumer stops early', async () => {
		let cancelled = false;
		let pulls = 0;
		const stream = new ReadableStream<Uint8Array>(
			{
				pull(controller) {
					pulls++;
					controller.enqueue(bytesOf('x\n'));
				},
				cancel() {
					cancelled = true;
				}
			},
			{ highWaterMark: 0 }
		);
		for await (const event of readLines(stream, { streamOffset: 0 })) {
			if (event.line === 3) break;
		}
		expect(cancelled).toBe(true);
		expect(pulls).toBe(3);
	});

	it('returns an async iterable that it stops early', async () => {
		let finished = false;
		async function* endless(): AsyncGenerator<Uint8Array> {
			try {
				for (;;) yield bytesOf('x\n');
			} finally {
				finished = true;
			}
		}
		expect(await collect(endless(), { streamOffset: 0, rangeEnd: 4 })).toEqual([
			line(1, 0, 'x'),
			line(2, 2, 'x')
		]);
		expect(finished).toBe(true);
	});

	it('reads ranges of a Blob sliced from one byte before each range', async () => {
		const bytes = bytesOf(BOM, '{"n":1}\r\n{"n":"é"}\n\n{"n":"😀"}\n{"n":4}');
		const blob = new Blob([bytes]);
		const whole = await collect(blob.stream(), { streamOffset: 0 });
		expect(whole.map((event) => (event.type === 'line' ? event.text : event.type))).toEqual([
			'{"n":1}',
			'{"n":"é"}',
			'',
			'{"n":"😀"}',
			'{"n":4}'
		]);
		for (const parts of [2, 3, 5]) {
			const joined: LineEvent[] = [];
			for (const { start, end } of splitRanges(blob.size, parts, 1)) {
				const streamOffset = rangeReadStart(start);
				const options = { streamOffset, rangeStart: start, rangeEnd: end };
				const precedingLines = joined.length;
				for await (const event of readLines(blob.slice(streamOffset).stream(), options)) {
					joined.push({ ...event, line: event.line + precedingLines });
				}
			}
			expect(joined).toEqual(whole);
		}
	});

	it('refuses a stream that begins after the byte before its range', async () => {
		await expect(collect(streamOf([]), { streamOffset: 10, rangeStart: 10 })).rejects.toThrow(
			RangeError
		);
		await expect(collect(streamOf([]), { streamOffset: 5, rangeStart: 0 })).rejects.toThrow(
			RangeError
		);
	});
});

describe('gzip', () => {
	async function gzipped(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
		const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
		return new Uint8Array(await new Response(stream).arrayBuffer());
	}

	const text = Array.from({ length: 2000 }, (_, i) => `{"i":${i},"s":"é日😀"}`).join('\n');

	it('recognises the gzip magic number', async () => {
		expect(isGzip(await gzipped(bytesOf('a')))).toBe(true);
		expect(isGzip(bytesOf('{"a":1}'))).toBe(false);
		expect(isGzip(Uint8Array.from([0x1f]))).toBe(false);
	});

	it('reads lines back from a gzipped stream', async () => {
		const compressed = await gzipped(bytesOf(text));
		expect(compressed.length).toBeLessThan(text.length);
		const stream = decompressGzip(streamOf(cutEvery(compressed, 100)), 1 << 20);
		const events = await collect(stream, { streamOffset: 0 });
		expect(events).toHaveLength(2000);
		expect(events.map((event) => (event.type === 'line' ? event.text : event.type))).toEqual(
			text.split('\n')
		);
	});

	it('reads a chunk larger than the decompressor takes at a time', async () => {
		let seed = 7;
		const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
		const noisy = Array.from({ length: 8000 }, () => `{"n":"${random().toString(36)}${random()}"}`);
		const compressed = await gzipped(bytesOf(noisy.join('\n')));
		expect(compressed.length).toBeGreaterThan(3 * INFLATE_INPUT_BYTES);
		const events = await collect(decompressGzip(streamOf([compressed]), 1 << 20), {
			streamOffset: 0
		});
		expect(events.map((event) => (event.type === 'line' ? event.text : event.type))).toEqual(noisy);
	});

	it('errors once the decompressed data passes the limit, saying what to do', async () => {
		const compressed = await gzipped(bytesOf(text));
		const stream = decompressGzip(streamOf([compressed]), 1024);
		await expect(collect(stream, { streamOffset: 0 })).rejects.toThrow(
			new RangeError(
				'Decompressed, this file is larger than 1 KiB, the most that is read from a gzip file. Decompress it and choose the uncompressed file, which has no such limit.'
			)
		);
	});
});
