import { describe, expect, it } from 'vitest';
import { analyzeLines } from './analyze';
import { readLines } from './lines';
import type { DatasetIssue } from './types';
import { lineIssue, walkRecords, type RecordSink, type WalkOptions } from './walk';

function chatLine(i: number): string {
	return JSON.stringify({
		messages: [
			{ role: 'user', content: `Question ${i}` },
			{ role: 'assistant', content: `Answer ${i}` }
		]
	});
}

const events = (content: string | Uint8Array) =>
	readLines(new Blob([content as BlobPart]).stream(), { streamOffset: 0 });

interface Walked {
	valid: number[];
	invalid: number[];
	texts: string[];
	unreadable: (DatasetIssue | null)[];
	fileIssues: DatasetIssue[];
	lines: number;
}

async function walk(
	content: string | Uint8Array,
	options: WalkOptions & { jsonArray?: boolean },
	stopAfter = Infinity
): Promise<Walked> {
	const walked: Walked = {
		valid: [],
		invalid: [],
		texts: [],
		unreadable: [],
		fileIssues: [],
		lines: 0
	};
	const sink: RecordSink = {
		record(result, line, text) {
			(result.example ? walked.valid : walked.invalid).push(line);
			walked.texts.push(text);
			if (walked.valid.length + walked.invalid.length >= stopAfter) sink.stopped = true;
		},
		unreadable: (issue) => walked.unreadable.push(issue),
		fileIssue: (issue) => walked.fileIssues.push(issue)
	};
	const jsonArray = options.jsonArray ?? false;
	walked.lines = await walkRecords(events(content), { ...options, jsonArray }, sink);
	return walked;
}

describe('walkRecords', () => {
	it('reports every JSONL record with its line, as the analyzer counts them', async () => {
		const encoder = new TextEncoder();
		const parts = [
			encoder.encode(chatLine(1) + '\n\n{"messages": [\n'),
			new Uint8Array([0x7b, 0xff, 0x7d, 0x0a]),
			encoder.encode(chatLine(5) + '\n' + chatLine(6))
		];
		const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
		let at = 0;
		for (const part of parts) {
			bytes.set(part, at);
			at += part.length;
		}
		const walked = await walk(bytes, { format: 'chat' });
		expect(walked.valid).toEqual([1, 5, 6]);
		expect(walked.invalid).toEqual([3]);
		expect(walked.unreadable.map((issue) => [issue?.code, issue?.line])).toEqual([
			['invalid_utf8', 4]
		]);
		expect(walked.texts[0]).toBe(chatLine(1));
		expect(walked.lines).toBe(6);

		const stats = await analyzeLines(events(bytes), { format: 'chat', encoding: 'o200k_base' });
		expect([...stats.exampleLines]).toEqual(walked.valid);
		expect(stats.records).toBe(walked.valid.length + walked.invalid.length + 1);
		expect(stats.lines).toBe(walked.lines);
	});

	it('reads CSV rows after the header, with their fields joined as the text', async () => {
		const csv = 'question,answer\n"Two\nlines",yes\nshort\n';
		const walked = await walk(csv, { format: 'csv' });
		expect(walked.valid).toEqual([2]);
		expect(walked.invalid).toEqual([4]);
		expect(walked.texts[0]).toBe('Two\nlines\u0000yes');
	});

	it('leaves CSV rows out, with one issue for the file, when no columns can be used', async () => {
		const walked = await walk('q,a\none,two\nthree,four\n', { format: 'csv' });
		expect(walked.valid).toEqual([]);
		expect(walked.unreadable).toEqual([null, null]);
		expect(walked.fileIssues.map((issue) => [issue.code, issue.line])).toEqual([
			['missing_field', 1]
		]);
	});

	it('reads the elements of a JSON array with the lines they start on', async () => {
		const text = `[\n${chatLine(1)},\n  {"instruction": 1}\n,\n${chatLine(3)}\n]`;
		const walked = await walk(text, { format: 'chat', jsonArray: true });
		expect(walked.valid).toEqual([2, 5]);
		expect(walked.invalid).toEqual([3]);
		expect(walked.lines).toBe(6);
	});

	it('stops after the record at which the sink asks to', async () => {
		const text = [1, 2, 3, 4, 5].map(chatLine).join('\n');
		const walked = await walk(text, { format: 'chat' }, 2);
		expect(walked.valid).toEqual([1, 2]);
		expect(walked.lines).toBe(2);
		const array = await walk(
			`[${[1, 2, 3].map(chatLine).join(',\n')}]`,
			{
				format: 'chat',
				jsonArray: true
			},
			1
		);
		expect(array.valid).toEqual([1]);
	});
});

describe('lineIssue', () => {
	it('says where a line is not UTF-8, and how long a line may be', () => {
		expect(lineIssue({ type: 'invalid_utf8', line: 2, offset: 98 })).toEqual({
			code: 'invalid_utf8',
			line: 2,
			message: 'Line 2 is not valid UTF-8 (first bad byte at offset 98).'
		});
		const tooLong = { line: 1, offset: 0, bytes: 500_170_831, maxBytes: 256 * 1024 * 1024 };
		expect(lineIssue({ type: 'line_too_long', ...tooLong })).toEqual({
			code: 'line_too_long',
			line: 1,
			message: 'Line 1 is 500,170,831 bytes long; a record can be at most 256 MiB.'
		});
	});
});
