import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTokenizerFiles } from '../lib/core/tokenize/open-weight/custom';
import { loadOpenWeightTokenizer } from '../lib/core/tokenize/open-weight/registry';
import { TINY_BPE } from '../lib/core/tokenize/open-weight/testing/tiny';
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

	it('writes its report and reasons in French with --lang fr', async () => {
		const table = await run('--lang', 'fr', 'analyze', fixture('table-fr.jsonl', valid));
		expect(table.code).toBe(0);
		expect(table.stdout).toMatch(/Exemples valides\s+12/);
		const empty = await run('analyze', fixture('empty-fr.jsonl', ''), '--lang', 'fr');
		expect(empty.code).toBe(2);
		expect(empty.stderr).toContain('Le fichier est vide.');
	});

	it('exits 2 for a language it does not speak', async () => {
		const { code, stderr } = await run('--lang', 'de', 'analyze', fixture('ok-de.jsonl', valid));
		expect(code).toBe(2);
		expect(stderr).toContain('--lang takes one of en, fr, not de.');
	});

	it('exits 2 with usage for a bad option', async () => {
		const { code, stderr } = await run('analyze', fixture('ok.jsonl', valid), '--encoding', 'p50k');
		expect(code).toBe(2);
		expect(stderr).toContain('Unknown tokenizer: p50k.');
	});
});

/** Counted by hand: see TINY_BPE. */
const TINY_TOKENIZER = TINY_BPE;

/** Each message: `<s>`, a role letter (a for the user, b otherwise), the content, `</s>`: 3 tokens + the content's. */
const TINY_CONFIG = {
	chat_template:
		'{% for m in messages %}<s>{% if m.role == "user" %}a{% else %}b{% endif %} {{ m.content }}</s>{% endfor %}'
};

const TINY_DATASET = [
	[
		{ role: 'system', content: 'c' },
		{ role: 'user', content: 'abc' },
		{ role: 'assistant', content: 'ab c' }
	],
	[
		{ role: 'user', content: 'ab ab' },
		{ role: 'assistant', content: 'abc abc c' }
	],
	[
		{ role: 'user', content: 'cab' },
		{ role: 'assistant', content: 'a' }
	]
];
const TINY_JSONL = TINY_DATASET.map((messages) => JSON.stringify({ messages })).join('\n');

/** A model directory named `name` holding the given files; returns the directory. */
function modelDirectory(name: string, files: Record<string, string>): string {
	const directory = join(mkdtempSync(join(tmpdir(), 'tunesheet-tokenizer-')), name);
	mkdirSync(directory);
	for (const [file, text] of Object.entries(files)) writeFileSync(join(directory, file), text);
	return directory;
}

describe('tunesheet analyze --tokenizer-file', () => {
	it('counts with a tokenizer.json and the chat template of the tokenizer_config.json beside it', async () => {
		const directory = modelDirectory('Tiny-BPE', {
			'tokenizer.json': JSON.stringify(TINY_TOKENIZER),
			'tokenizer_config.json': JSON.stringify(TINY_CONFIG)
		});
		const tokenizerPath = join(directory, 'tokenizer.json');
		const { code, stdout } = await run(
			'analyze',
			fixture('tiny.jsonl', TINY_JSONL),
			'--json',
			'--workers',
			'2',
			'--tokenizer-file',
			tokenizerPath
		);
		expect(code).toBe(0);
		const report = JSON.parse(stdout);
		expect(report.encoding).toBe(`custom:${tokenizerPath}`);
		expect(report.tokenizerFile).toEqual({
			path: tokenizerPath,
			name: 'Tiny-BPE',
			modelType: 'BPE',
			vocabularySize: 12,
			hasChatTemplate: true,
			chatTemplateFile: 'tokenizer_config.json'
		});
		// By hand. Contents: system c (1); user abc (1), ab ab (2), cab → c ab (2); assistant ab c (2),
		// abc abc c (3), a (1). Template: 3 per message, 7 messages. Examples: 4 + 9, 5 + 6, 3 + 6.
		expect(report.tokens).toMatchObject({
			total: 33,
			byRole: { system: 1, user: 5, assistant: 6 },
			assistant: 6,
			trainable: 6,
			overhead: 21
		});
		expect(report.tokens.perExample).toMatchObject({ min: 9, max: 13 });
		// The same messages counted by the core directly.
		const read = readTokenizerFiles(JSON.stringify(TINY_TOKENIZER), JSON.stringify(TINY_CONFIG));
		if (!read.ok) throw new Error(read.error);
		const counts = TINY_DATASET.map((messages) => read.tokenizer.countChat(messages));
		expect(counts.map((count) => [count.total, count.content, count.estimated])).toEqual([
			[13, 4, false],
			[11, 5, false],
			[9, 3, false]
		]);
	});

	it('prefers a chat_template.jinja, and names the tokenizer by its directory in the table', async () => {
		const directory = modelDirectory('Contents-Only', {
			'tokenizer.json': JSON.stringify(TINY_TOKENIZER),
			'tokenizer_config.json': JSON.stringify(TINY_CONFIG),
			'chat_template.jinja': '{% for m in messages %}{{ m.content }} {% endfor %}'
		});
		const tokenizerPath = join(directory, 'tokenizer.json');
		const { code, stdout } = await run(
			'analyze',
			fixture('contents.jsonl', TINY_JSONL),
			'--workers',
			'1',
			'--tokenizer-file',
			tokenizerPath
		);
		expect(code).toBe(0);
		// The template adds nothing: the total is the contents' 12 tokens.
		expect(stdout).toMatch(/Total tokens\s+12\n/);
		expect(stdout).toContain(`Encoding                   custom tokenizer ${tokenizerPath}\n`);
		expect(stdout).toContain(
			'Tokenizer Contents-Only: BPE, a vocabulary of 12 tokens. Chat template from chat_template.jinja.'
		);
	});

	const refusals: [string, () => string, (path: string) => string][] = [
		[
			'a missing file',
			() => fixture.missing('tokenizer.json'),
			(path) => `tunesheet: --tokenizer-file ${path}: no such file.`
		],
		[
			'a file that is not JSON',
			() => join(modelDirectory('Broken', { 'tokenizer.json': '{"model": {' }), 'tokenizer.json'),
			(path) => `tunesheet: --tokenizer-file ${path}: tokenizer.json is not valid JSON: `
		],
		[
			'a tokenizer_config.json alone',
			() =>
				join(
					modelDirectory('Config-Only', { 'tokenizer_config.json': JSON.stringify(TINY_CONFIG) }),
					'tokenizer_config.json'
				),
			(path) =>
				`tunesheet: --tokenizer-file ${path}: This is a tokenizer_config.json, not a tokenizer.json: `
		]
	];

	it.each(refusals)('exits 2 naming the file for %s', async (_, pathOf, message) => {
		const path = pathOf();
		const { code, stdout, stderr } = await run(
			'analyze',
			fixture('refused.jsonl', TINY_JSONL),
			'--tokenizer-file',
			path
		);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.startsWith(message(path))).toBe(true);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses --tokenizer-file with --tokenizer', async () => {
		const { code, stderr } = await run(
			'analyze',
			fixture('both.jsonl', TINY_JSONL),
			'--tokenizer',
			'qwen3',
			'--tokenizer-file',
			fixture.missing('tokenizer.json')
		);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'tunesheet: Choose either --tokenizer-file or --tokenizer (--encoding), not both.'
		);
	});
});
