import { describe, expect, it } from 'vitest';
import { datasetApi } from './api';

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
