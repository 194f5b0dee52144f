import { describe, expect, it } from 'vitest';
import { parseJsonRecord } from './formats';
import { readLines } from './lines';
import {
	exampleToJsonl,
	splitDataset,
	splitPosition,
	SplitWriter,
	type DatasetSplit,
	type SplitOptions
} from './split';
import type { DatasetExample, DatasetFormat } from './types';

function chatLine(line: number): string {
	return JSON.stringify({
		messages: [
			{ role: 'user', content: `Question ${line}` },
			{ role: 'assistant', content: `Answer ${line}` }
		]
	});
}

/** `count` examples, each naming its own line, with a blank and an invalid line now and then. */
function dataset(count: number): { text: string; validLines: number[]; invalid: number } {
	const lines: string[] = [];
	const validLines: number[] = [];
	let invalid = 0;
	while (validLines.length < count) {
		const line = lines.length + 1;
		if (line % 37 === 0) lines.push('');
		else if (line % 53 === 0) {
			lines.push('{"messages": [ broken');
			invalid++;
		} else {
			lines.push(chatLine(line));
			validLines.push(line);
		}
	}
	return { text: lines.join('\n') + '\n', validLines, invalid };
}

async function split(
	text: string,
	options: SplitOptions = {},
	format: DatasetFormat = 'chat',
	jsonArray = false
): Promise<DatasetSplit> {
	const events = readLines(new Blob([text]).stream(), { streamOffset: 0 });
	return splitDataset(events, { format, jsonArray }, options);
}

async function jsonlLines(blob: Blob): Promise<string[]> {
	const text = await blob.text();
	return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** The line each output example came from, read back from its question. */
async function sourceLines(blob: Blob): Promise<number[]> {
	return (await jsonlLines(blob)).map((line) => {
		const question = JSON.parse(line).messages[0].content as string;
		return Number(question.replace('Question ', ''));
	});
}

describe('splitting a dataset into train and validation', () => {
	it('puts every valid example in exactly one part, in file order, and leaves out invalid records', async () => {
		const { text, validLines, invalid } = dataset(1000);
		const result = await split(text);
		const train = await sourceLines(result.train);
		const validation = await sourceLines(result.validation);
		expect(result.trainCount).toBe(train.length);
		expect(result.validationCount).toBe(validation.length);
		expect(result.leftOut).toBe(invalid);
		expect(invalid).toBeGreaterThan(10);
		expect(new Set([...train, ...validation]).size).toBe(1000);
		expect([...train, ...validation].sort((a, b) => a - b)).toEqual(validLines);
		expect(train).toEqual([...train].sort((a, b) => a - b));
		expect(validation).toEqual([...validation].sort((a, b) => a - b));
		expect(result.train.type).toBe('application/jsonl');
	});

	it('holds out close to the share asked for', async () => {
		// Each example is held out independently: within four standard deviations of the binomial's mean.
		const { text } = dataset(1000);
		const tenth = await split(text);
		expect(tenth.validationCount).toBeGreaterThanOrEqual(100 - 4 * Math.sqrt(1000 * 0.1 * 0.9));
		expect(tenth.validationCount).toBeLessThanOrEqual(100 + 4 * Math.sqrt(1000 * 0.1 * 0.9));
		const third = await split(text, { validationShare: 0.3, seed: 7 });
		expect(third.validationCount).toBeGreaterThanOrEqual(300 - 4 * Math.sqrt(1000 * 0.3 * 0.7));
		expect(third.validationCount).toBeLessThanOrEqual(300 + 4 * Math.sqrt(1000 * 0.3 * 0.7));
	});

	it('gives the same split for the same seed, and another for another seed', async () => {
		const { text } = dataset(300);
		const first = await split(text, { seed: 42 });
		const again = await split(text, { seed: 42 });
		const other = await split(text, { seed: 43 });
		expect(await again.validation.text()).toBe(await first.validation.text());
		expect(await again.train.text()).toBe(await first.train.text());
		expect(await sourceLines(other.validation)).not.toEqual(await sourceLines(first.validation));
	});

	it('keeps an example where it is when other lines change', async () => {
		const { text } = dataset(200);
		const lines = text.split('\n');
		lines[4] = chatLine(5).replace('Answer', 'Better answer');
		const before = await sourceLines((await split(text)).validation);
		const after = await sourceLines((await split(lines.join('\n'))).validation);
		expect(after).toEqual(before);
	});

	it('puts at least one example in each part when there are two or more', async () => {
		const { text } = dataset(3);
		const none = await split(text, { validationShare: 0 });
		expect([none.trainCount, none.validationCount]).toEqual([2, 1]);
		expect(await sourceLines(none.validation)).toEqual([3]);
		const all = await split(text, { validationShare: 1 });
		expect([all.trainCount, all.validationCount]).toEqual([1, 2]);
		expect(await sourceLines(all.train)).toEqual([3]);
		const one = await split(dataset(1).text, { validationShare: 0 });
		expect([one.trainCount, one.validationCount]).toEqual([1, 0]);
		expect(await one.validation.text()).toBe('');
	});

	it('refuses a share outside 0 to 1 and a seed that is not a whole number', () => {
		expect(() => new SplitWriter('chat', { validationShare: 1.5 })).toThrow(RangeError);
		expect(() => new SplitWriter('chat', { validationShare: Number.NaN })).toThrow(RangeError);
		expect(() => new SplitWriter('chat', { seed: 0.5 })).toThrow(RangeError);
	});
});

describe('the lines written', () => {
	it('write OpenAI chat records as read, tools and all', async () => {
		const record = {
			messages: [
				{ role: 'system', content: 'Use the tools.' },
				{ role: 'user', content: 'Weather in Paris?', name: 'ann' },
				{
					role: 'assistant',
					content: null,
					tool_calls: [
						{
							id: 'c1',
							type: 'function',
							function: { name: 'weather', arguments: '{"city":"Paris"}' }
						}
					]
				},
				{ role: 'tool', tool_call_id: 'c1', content: '18 °C' },
				{ role: 'assistant', content: 'It is 18 °C.', weight: 1 }
			],
			tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }]
		};
		const text = [JSON.stringify(record), chatLine(2)].join('\n');
		const result = await split(text, { validationShare: 0 });
		const lines = [...(await jsonlLines(result.train)), ...(await jsonlLines(result.validation))];
		expect(lines[0]).toBe(JSON.stringify(record));
		expect(parseJsonRecord(lines[0]!, 1, 'chat')).toEqual(
			parseJsonRecord(JSON.stringify(record), 1, 'chat')
		);
	});

	it('write each element of a pretty-printed JSON array on one line', async () => {
		const records = [JSON.parse(chatLine(1)), JSON.parse(chatLine(2)), JSON.parse(chatLine(3))];
		const text = JSON.stringify(records, null, 2);
		const result = await split(text, { validationShare: 0.5 }, 'chat', true);
		expect(result.trainCount + result.validationCount).toBe(3);
		const lines = [...(await jsonlLines(result.train)), ...(await jsonlLines(result.validation))];
		const parsed = lines.map((line) => JSON.parse(line));
		expect(
			parsed.sort((a, b) => a.messages[0].content.localeCompare(b.messages[0].content))
		).toEqual(records);
	});

	it('write other formats as chat messages that read back as the same example', async () => {
		const rows = [
			{ instruction: 'Translate', input: 'chat', output: 'cat', system: 'Be exact.' },
			{ instruction: 'Add 2 and 2', output: '4' },
			{ instruction: 'Name a colour', output: 'Blue "navy" \\ and\nmore' }
		];
		const text = rows.map((row) => JSON.stringify(row)).join('\n');
		const result = await split(text, { validationShare: 0.5, seed: 3 }, 'alpaca');
		const written = [...(await jsonlLines(result.train)), ...(await jsonlLines(result.validation))];
		const readBack = written.map((line) => parseJsonRecord(line, 1, 'chat').example);
		const original = rows.map((row) => parseJsonRecord(JSON.stringify(row), 1, 'alpaca').example);
		const byAnswer = (example: DatasetExample | null) => example?.messages.at(-1)?.content ?? '';
		const sorted = (examples: (DatasetExample | null)[]) =>
			[...examples].sort((a, b) => byAnswer(a).localeCompare(byAnswer(b)));
		expect(sorted(readBack)).toEqual(sorted(original));
	});

	it('keep names and weights of converted messages', () => {
		const example: DatasetExample = {
			messages: [
				{ role: 'user', content: 'Hi', name: 'ann' },
				{ role: 'assistant', content: 'Hello', weight: 0 }
			]
		};
		expect(JSON.parse(exampleToJsonl(example))).toEqual({
			messages: [
				{ role: 'user', content: 'Hi', name: 'ann' },
				{ role: 'assistant', content: 'Hello', weight: 0 }
			]
		});
	});
});

describe('splitPosition', () => {
	it('is a number in [0, 1) fixed by the seed and the line', () => {
		const positions = Array.from({ length: 100 }, (_, i) => splitPosition(42, i + 1));
		for (const position of positions) {
			expect(position).toBeGreaterThanOrEqual(0);
			expect(position).toBeLessThan(1);
		}
		expect(splitPosition(42, 17)).toBe(positions[16]);
		expect(splitPosition(43, 17)).not.toBe(positions[16]);
		expect(splitPosition(42 + 2 ** 32, 17)).not.toBe(positions[16]);
	});
});
