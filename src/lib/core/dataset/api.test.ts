import { describe, expect, it } from 'vitest';
import { analyzeFile } from './analyze-file';
import { datasetApi, unreadableReason } from './api';
import { DEFAULT_MAX_TOKENS_PER_EXAMPLE } from './types';

function chatLine(user: string, assistant: string): string {
	return JSON.stringify({
		messages: [
			{ role: 'user', content: user },
			{ role: 'assistant', content: assistant }
		]
	});
}

const ANSWER =
	'The capital of France is Paris, a city on the Seine known for its museums, cafés and long history.';

const JSONL = [
	chatLine('Capital of France?', ANSWER),
	'{"messages": broken',
	chatLine('Largest river?', 'The Amazon carries more water than any other river on Earth.'),
	chatLine('France’s capital?', ANSWER.toUpperCase()),
	chatLine('Highest mountain?', 'Mount Everest, at 8,849 metres above sea level.')
].join('\n');

async function gzipped(text: string): Promise<Blob> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
	return new Blob([await new Response(stream).arrayBuffer()]);
}

describe('datasetApi.nearDuplicates', () => {
	it('reads a JSONL file, plain or gzip-compressed', async () => {
		const plain = new Blob([JSONL]);
		const sniff = await datasetApi.sniff(plain, 'facts.jsonl');
		const report = await datasetApi.nearDuplicates(plain, sniff, { format: sniff.format });
		expect(report).toEqual({
			checked: 4,
			nearDuplicates: 1,
			pairs: [{ line: 4, ofLine: 1, similarity: 1 }],
			sampled: false
		});
		const packed = await gzipped(JSONL);
		const packedSniff = await datasetApi.sniff(packed, 'facts.jsonl.gz');
		expect(packedSniff.gzip).toBe(true);
		expect(await datasetApi.nearDuplicates(packed, packedSniff, { format: 'chat' })).toEqual(
			report
		);
	});
});

describe('datasetApi.split', () => {
	it('splits the valid examples of a file into JSONL Blobs', async () => {
		const file = new Blob([JSONL]);
		const sniff = await datasetApi.sniff(file, 'facts.jsonl');
		const result = await datasetApi.split(
			file,
			sniff,
			{ format: 'chat' },
			{ validationShare: 0.25 }
		);
		expect(result.leftOut).toBe(1);
		expect(result.trainCount + result.validationCount).toBe(4);
		expect(result.validationCount).toBeGreaterThanOrEqual(1);
		const written = (await result.train.text()) + (await result.validation.text());
		const lines = written.trimEnd().split('\n');
		expect(lines.sort()).toEqual(
			JSONL.split('\n')
				.filter((line) => !line.includes('broken'))
				.sort()
		);
	});

	it('reads a JSON array file', async () => {
		const array = `[\n${JSONL.split('\n')
			.filter((line) => !line.includes('broken'))
			.join(',\n')}\n]`;
		const file = new Blob([array]);
		const sniff = await datasetApi.sniff(file, 'facts.json');
		expect(sniff.jsonArray).toBe(true);
		const result = await datasetApi.split(file, sniff, { format: sniff.format }, { seed: 1 });
		expect(result).toMatchObject({ leftOut: 0 });
		expect(result.trainCount + result.validationCount).toBe(4);
	});
});

describe('a file with bytes that are not UTF-8', () => {
	const encoder = new TextEncoder();
	const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));

	it('reads one bad line as that line’s error, with the offset of its first bad byte', async () => {
		const first = encoder.encode(chatLine('Hi', 'Hello') + '\n');
		const bad = join(
			encoder.encode('{"messages": "'),
			Uint8Array.from([0xc3, 0x28]),
			encoder.encode('"}\n')
		);
		const bytes = join(first, bad, encoder.encode(chatLine('Bye', 'Goodbye') + '\n'));
		expect(unreadableReason(bytes, true)).toBeNull();
		const { summary } = await analyzeFile(
			new Blob([bytes]),
			'mixed.jsonl',
			{ encoding: 'o200k_base', maxTokensPerExample: DEFAULT_MAX_TOKENS_PER_EXAMPLE },
			[datasetApi]
		);
		expect(summary.examples).toBe(2);
		expect(summary.errors).toEqual([
			{
				code: 'invalid_utf8',
				line: 2,
				message: `Line 2 is not valid UTF-8 (first bad byte at offset ${first.length + 14}).`
			}
		]);
	});

	it('refuses a file in which no line is UTF-8 text', () => {
		const latin1 = Uint8Array.from([0x7b, 0xe9, 0x7d, 0x0a, 0x20, 0x0a, 0x7b, 0xe8, 0x7d]);
		expect(unreadableReason(latin1, true)).toBe('The file is not UTF-8 text.');
	});
});

describe('progress', () => {
	it('moves on through a single line of megabytes', async () => {
		// Parts of about 64 kB, as a browser reads a file: Node reads a Blob of one part as one chunk.
		const [head = '', tail = ''] = chatLine('@', 'ok').split('@');
		const parts = Array.from({ length: 48 }, () => 'ab '.repeat(64 * 341));
		const file = new Blob([head, ...parts, tail]);
		const reports: number[] = [];
		const stats = await datasetApi.analyzeRange(
			file,
			{ start: 0, end: file.size },
			{ format: 'chat', encoding: 'o200k_base' },
			(bytes) => reports.push(bytes)
		);
		expect(stats.lines).toBe(1);
		expect(reports.length).toBeGreaterThanOrEqual(2);
		expect(reports.every((bytes) => bytes > 0 && bytes <= file.size)).toBe(true);
	});

	it('counts a gzip file’s decompressed bytes', async () => {
		const text = Array.from({ length: 12_000 }, (_, i) => chatLine(`Q${i}`, ANSWER)).join('\n');
		const packed = await gzipped(text);
		const reports: number[] = [];
		await datasetApi.analyzeWhole(
			packed,
			{ gzip: true, jsonArray: false },
			{ format: 'chat', encoding: 'o200k_base' },
			(bytes) => reports.push(bytes)
		);
		expect(Math.max(...reports)).toBeGreaterThan(packed.size);
		expect(Math.max(...reports)).toBeLessThanOrEqual(new TextEncoder().encode(text).length);
	});
});
