import { describe, expect, it } from 'vitest';
import { loadOpenWeightTokenizer } from '../lib/core/tokenize/open-weight/registry';
import { fixtureFolder, runBin } from './testing/bin';

const fixture = fixtureFolder('tunesheet-cli-');

const run = runBin;

const line = (user: string, assistant: string) =>
	JSON.stringify({
		messages: [
			{ role: 'system', content: 'Be brief.' },
			{ role: 'user', content: user },
			{ role: 'assistant', content: assistant }
		]
	});

const valid = Array.from({ length: 12 }, (_, i) => line(`Question ${i}?`, `Answer ${i}.`)).join(
	'\n'
);

describe('tunesheet analyze', () => {
	it('prints the figures as JSON and exits 0 for a valid file', async () => {
		const { code, stdout } = await run('analyze', fixture('valid.jsonl', valid), '--json');
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({
			format: 'chat',
			encoding: 'o200k_base',
			examples: 12,
			errors: []
		});
		expect(report.tokens.total).toBeGreaterThan(12 * 20);
		expect(report.billing).toMatchObject({ maxTokensPerExample: 65_536, defaultEpochs: 8 });
		expect(report.billing.billedTrainingTokens).toBe(report.tokens.total * 8);
		expect(Object.keys(report.tokens.perExample)).toEqual([
			'min',
			'max',
			'mean',
			'p10',
			'p50',
			'p90',
			'p99'
		]);
	});

	it('exits 1 and lists errors with their lines when records are invalid', async () => {
		const path = fixture('bad.jsonl', `${valid}\n{"messages": [\n${line('x', 'y')}\n`);
		const { code, stdout } = await run('analyze', path, '--json', '--encoding', 'cl100k_base');
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		expect(report.encoding).toBe('cl100k_base');
		expect(report.errors).toEqual([expect.objectContaining({ line: 13, code: 'invalid_json' })]);
		expect(report.examples).toBe(13);
	});

	it('counts with an open-weight tokenizer and its chat template when asked', async () => {
		const { code, stdout } = await run(
			'analyze',
			fixture('qwen.jsonl', valid),
			'--json',
			'--tokenizer',
			'qwen3'
		);
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report.encoding).toBe('qwen3');
		// The same examples rendered with Qwen3's template and counted by the core directly.
		const qwen = await loadOpenWeightTokenizer('qwen3');
		const expected = Array.from({ length: 12 }, (_, i) =>
			qwen.countChat([
				{ role: 'system', content: 'Be brief.' },
				{ role: 'user', content: `Question ${i}?` },
				{ role: 'assistant', content: `Answer ${i}.` }
			])
		);
		expect(report.tokens.total).toBe(expected.reduce((sum, count) => sum + count.total, 0));
		expect(report.tokens.overhead).toBe(
			expected.reduce((sum, count) => sum + count.total - count.content, 0)
		);
		const openAi = JSON.parse(
			(await run('analyze', fixture('same.jsonl', valid), '--json')).stdout
		);
		expect(report.tokens.total).not.toBe(openAi.tokens.total);
	});

	it('prints a readable table by default', async () => {
		const { code, stdout } = await run('analyze', fixture('table.jsonl', valid));
		expect(code).toBe(0);
		expect(stdout).toMatch(/Valid examples\s+12/);
		expect(stdout).toMatch(/Billed training tokens/);
	});

	it.each([
		['a missing file', [fixture.missing('nope.jsonl')], 'no such file'],
		['an empty file', [fixture('empty.jsonl', '')], 'The file is empty.'],
		['a whitespace-only file', [fixture('blank.jsonl', '\n  \n')], 'only white space'],
		[
			'a binary file',
			[fixture('image.jsonl', new Uint8Array([137, 80, 78, 71, 0, 0, 0]))],
			'binary'
		]
	])('exits 2 with a one-line reason for %s', async (_, args, reason) => {
		const { code, stderr } = await run('analyze', ...args);
		expect(code).toBe(2);
		expect(stderr).toContain(reason);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).not.toMatch(/\s+at /);
	});

	it('exits 2 with usage for a bad option', async () => {
		const { code, stderr } = await run('analyze', fixture('ok.jsonl', valid), '--encoding', 'p50k');
		expect(code).toBe(2);
		expect(stderr).toContain('Unknown tokenizer: p50k.');
	});
});
