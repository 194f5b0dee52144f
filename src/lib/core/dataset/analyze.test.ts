import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile, DatasetUnreadableError } from './analyze-file';
import { datasetApi } from './api';
import { mergeStats, type DatasetStats } from './stats';
import { summarize } from './summary';
import type { AnalyzeOptions } from './types';

const O200K: AnalyzeOptions = { encoding: 'o200k_base', maxTokensPerExample: 65_536 };

function chatLine(user: string, assistant: string, system?: string): string {
	const messages = [
		...(system ? [{ role: 'system', content: system }] : []),
		{ role: 'user', content: user },
		{ role: 'assistant', content: assistant }
	];
	return JSON.stringify({ messages });
}

function blob(text: string | Uint8Array): Blob {
	// TypeScript's DOM types want an ArrayBuffer-backed view; these always are.
	return new Blob([text as BlobPart]);
}

/** A dataset with valid lines, bad lines, blank lines, duplicates, CRLF ends and multi-byte text. */
function mixedDataset(lines = 600): string {
	const out: string[] = [];
	for (let i = 0; i < lines; i++) {
		if (i % 97 === 13) out.push('{"messages": [ broken');
		else if (i % 89 === 7) out.push('');
		else if (i % 50 === 3)
			out.push(chatLine('Répète ça', 'Toujours la même réponse 日本', 'Système'));
		else if (i % 71 === 5)
			out.push(JSON.stringify({ messages: [{ role: 'user', content: 'no answer' }] }));
		else out.push(chatLine(`Question ${i}: ça va ? 😀`, `Answer number ${i * 7}.`, 'Be brief.'));
	}
	return out.join(lines % 2 === 0 ? '\r\n' : '\n') + '\n';
}

async function readInRanges(file: Blob, cuts: number[]): Promise<DatasetStats> {
	const bounds = [0, ...cuts, file.size];
	const parts: DatasetStats[] = [];
	for (let i = 0; i < bounds.length - 1; i++) {
		parts.push(
			await datasetApi.analyzeRange(
				file,
				{ start: bounds[i]!, end: bounds[i + 1]! },
				{ format: 'chat', encoding: 'o200k_base' }
			)
		);
	}
	return mergeStats(parts);
}

describe('analyzing a file in parts', () => {
	it('gives the same figures and issues as one pass, wherever the cuts fall', async () => {
		const file = blob(mixedDataset());
		const options = {
			format: 'chat' as const,
			encoding: 'o200k_base' as const,
			maxTokensPerExample: 40
		};
		const single = summarize(await readInRanges(file, []), options);
		expect(single.examples).toBeGreaterThan(400);
		expect(single.errors.length).toBeGreaterThan(5);
		for (const cuts of [[1], [file.size / 2], [1000, 1001, 1002], [7, 20_000, 40_000, 60_001]]) {
			const parts = summarize(await readInRanges(file, cuts.map(Math.floor)), options);
			expect(parts).toEqual(single);
		}
	});

	it('names the line of every bad record and of the first copy of a duplicate', async () => {
		const text = [
			chatLine('a', 'b', 's'),
			'{"messages": [}',
			'',
			chatLine('a', 'b', 's'),
			JSON.stringify({ messages: [{ role: 'user', content: 'only a question' }] })
		].join('\n');
		const { summary } = await analyzeFile(blob(text), 'mixed.jsonl', O200K, [datasetApi]);
		expect(summary.examples).toBe(2);
		expect(summary.invalidRecords).toBe(2);
		expect(summary.errors.map((e) => [e.line, e.code])).toEqual([
			[2, 'invalid_json'],
			[5, 'example_missing_assistant_message']
		]);
		const duplicate = summary.warnings.find((w) => w.code === 'duplicate_example');
		expect(duplicate).toMatchObject({ line: 4, message: 'Line 4 repeats line 1 exactly.' });
	});
});

describe('files with nothing to analyse', () => {
	it.each([
		['empty', '', 'The file is empty.'],
		[
			'binary',
			new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2]),
			'The file is binary, not text (it holds NUL bytes).'
		],
		['whitespace', ' \n\n\t\n', 'The file holds only white space.'],
		[
			'not UTF-8',
			new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]),
			'The file is binary, not text (it holds NUL bytes).'
		],
		['Latin-1', new Uint8Array([0x7b, 0xe9, 0xe8, 0x7d, 0x0a]), 'The file is not UTF-8 text.']
	])('refuses a %s file with a one-line reason', async (_, content, reason) => {
		await expect(analyzeFile(blob(content), 'data.jsonl', O200K, [datasetApi])).rejects.toThrow(
			new DatasetUnreadableError(reason)
		);
	});
});

describe('gzip', () => {
	it('reads a gzip-compressed file as its contents', async () => {
		const text = mixedDataset(120);
		const gzipped = await new Response(
			blob(text).stream().pipeThrough(new CompressionStream('gzip'))
		).arrayBuffer();
		const plain = await analyzeFile(blob(text), 'd.jsonl', O200K, [datasetApi]);
		const packed = await analyzeFile(blob(new Uint8Array(gzipped)), 'd.jsonl.gz', O200K, [
			datasetApi
		]);
		expect(packed.sniff.gzip).toBe(true);
		expect(packed.summary.tokens).toEqual(plain.summary.tokens);
		expect(packed.summary.errors).toEqual(plain.summary.errors);
	});
});

describe('CSV', () => {
	it('maps the guessed columns to messages, quoted newlines included', async () => {
		const csv = 'question,answer\n"What is 2+2?","4"\n"Two\nlines","Yes, ""quoted"""\n';
		const { summary, sniff } = await analyzeFile(blob(csv), 'qa.csv', O200K, [datasetApi]);
		expect(sniff.format).toBe('csv');
		expect(sniff.suggestedColumns).toMatchObject({ user: 'question', assistant: 'answer' });
		expect(summary.examples).toBe(2);
		expect(summary.errors).toEqual([]);
	});
});

// The OpenAI cookbook's toy dataset and the figures its notebook prints, kept outside the project.
const COOKBOOK = fileURLToPath(
	new URL('../../../../../shared/datasets/cookbook_toy_chat.jsonl', import.meta.url)
);

describe.skipIf(!existsSync(COOKBOOK))('the cookbook toy dataset', () => {
	const file = () => blob(readFileSync(COOKBOOK));

	it('gives the reference figures in o200k_base', async () => {
		const { stats, summary } = await analyzeFile(file(), 'toy.jsonl', O200K, [datasetApi]);
		expect([...stats.perExample]).toEqual([43, 106, 26, 27, 8031]);
		expect(summary.tokens.total).toBe(8233);
		expect(summary.tokens.assistant).toBe(8045);
		expect(summary.billing.defaultEpochs).toBe(20);
		const warnings = summary.warnings.map((w) => [w.line, w.code]);
		expect(warnings).toContainEqual([3, 'missing_system_message']);
		expect(warnings).toContainEqual([4, 'missing_user_message']);
		expect(warnings).toContainEqual([undefined, 'too_few_examples']);
	});

	it('gives the notebook’s billing in cl100k_base with a 4,096-token limit', async () => {
		const options: AnalyzeOptions = { encoding: 'cl100k_base', maxTokensPerExample: 4096 };
		const { stats, summary } = await analyzeFile(file(), 'toy.jsonl', options, [datasetApi]);
		expect([...stats.perExample]).toEqual([45, 111, 26, 28, 8032]);
		expect(summary.billing.billedTokensPerEpoch).toBe(4306);
		expect(summary.billing.billedTrainingTokens).toBe(86_120);
		const wider = summarize(stats, {
			format: 'chat',
			encoding: 'cl100k_base',
			maxTokensPerExample: 16_385
		});
		expect(wider.billing.billedTokensPerEpoch).toBe(8242);
		expect(wider.billing.billedTrainingTokens).toBe(164_840);
	});
});

describe('CSV without recognisable columns', () => {
	it('reads the rows as records left out, and says which columns to choose', async () => {
		const csv = 'q,a\nfirst,one\nsecond,two\n';
		const { summary, sniff } = await analyzeFile(blob(csv), 'pairs.csv', O200K, [datasetApi]);
		expect(sniff.header).toEqual(['q', 'a']);
		expect(summary.examples).toBe(0);
		expect(summary.invalidRecords).toBe(2);
		expect(summary.errors[0]).toMatchObject({
			code: 'missing_field',
			line: 1,
			message: 'No user and assistant columns among: q, a. Choose the columns to use.'
		});
	});
});
