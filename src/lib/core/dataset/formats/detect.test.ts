import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';

const line = (value: unknown) => JSON.stringify(value);

const chatLine = line({
	messages: [
		{ role: 'user', content: 'Hi' },
		{ role: 'assistant', content: 'Hello' }
	]
});
const preferenceLine = line({
	input: { messages: [{ role: 'user', content: 'Hi' }] },
	preferred_output: [{ role: 'assistant', content: 'Hello' }],
	non_preferred_output: [{ role: 'assistant', content: 'Yo' }]
});
const promptLine = line({ prompt: 'Hi', completion: 'Hello' });
const alpacaLine = line({ instruction: 'Greet.', input: '', output: 'Hello' });
const sharegptLine = line({ conversations: [{ from: 'human', value: 'Hi' }] });

describe('detectFormat', () => {
	it.each([
		['chat', [chatLine, chatLine]],
		['preference', [preferenceLine]],
		['prompt-completion', [promptLine, promptLine]],
		['alpaca', [alpacaLine]],
		['sharegpt', [sharegptLine]]
	])('detects %s JSONL', (format, sample) => {
		expect(detectFormat(sample, 'train.jsonl')).toBe(format);
	});

	it.each([
		['data.csv', 'csv'],
		['DATA.CSV', 'csv'],
		['export.csv.gz', 'csv'],
		['pairs.tsv', 'tsv'],
		['pairs.TSV.gz', 'tsv']
	])('goes by the name %s', (name, format) => {
		expect(detectFormat([chatLine], name)).toBe(format);
	});

	it('does not take a name that only contains csv', () => {
		expect(detectFormat([promptLine], 'csv-export.jsonl')).toBe('prompt-completion');
	});

	it('reads a pretty-printed JSON array by its whole elements', () => {
		const sample = [
			'[',
			'  {',
			'    "instruction": "Greet.",',
			'    "input": "",',
			'    "output": "Hello"',
			'  },',
			'  {',
			'    "instruction": "Cut off'
		];
		expect(detectFormat(sample, 'alpaca_data.json')).toBe('alpaca');
	});

	it('reads a JSON array of other records too', () => {
		expect(detectFormat([`[${sharegptLine},`, `${sharegptLine}]`])).toBe('sharegpt');
		expect(detectFormat([`[${chatLine}]`])).toBe('chat');
	});

	it('falls back to the key names when no record in the sample is whole', () => {
		const sample = ['[', '  {', '    "instruction": "Greet.",', '    "output": "Hel'];
		expect(detectFormat(sample)).toBe('alpaca');
		const preference = [
			'{"input": {"messages": [{"role": "user", "content": "Hi"}]},',
			' "preferred_output": ['
		];
		expect(detectFormat(preference)).toBe('preference');
	});

	it('takes the format most lines have', () => {
		expect(detectFormat([chatLine, promptLine, promptLine, '{"broken'])).toBe('prompt-completion');
		expect(detectFormat([alpacaLine, promptLine])).toBe('alpaca');
	});

	it('ignores blank lines and a byte order mark', () => {
		expect(detectFormat(['', `\uFEFF${promptLine}`, '   '])).toBe('prompt-completion');
	});

	it.each([
		['an empty sample', []],
		['text that is not JSON', ['hello world', 'more text']],
		['records of no known format', [line({ text: 'Hi' })]],
		['a __proto__ key holding messages', ['{"__proto__": {"messages": []}}']],
		[
			'a __proto__ key holding preference keys',
			['{"__proto__": {"input": {}, "preferred_output": []}}']
		],
		['known keys nested in another key', [line({ data: { prompt: 'Hi', completion: 'x' } })]],
		['JSON values that are not objects', ['[1, 2]', '"x"']]
	])('defaults to chat for %s', (_, sample) => {
		expect(detectFormat(sample)).toBe('chat');
	});
});
