// Dataset analyzer benchmark: the analyzer's throughput on one chat JSONL, from the command line (Node worker
// threads) and in headless Chromium (the built site), against a baseline measured in the same run: one thread that
// reads the file, parses each line and counts each content with the fastest exact counter.
//
//   npm run bench:analyzer                     50 MB corpus built from installed packages
//   npm run bench:analyzer -- --file my.jsonl  your own chat JSONL
//   npm run bench:analyzer -- --skip-browser
import { chromium } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { parseArgs, promisify } from 'node:util';
import { BytePairCounter } from '../src/lib/core/tokenize/bpe';
import { SPLIT_PATTERNS } from '../src/lib/core/tokenize/registry';
import ranks from 'gpt-tokenizer/bpeRanks/o200k_base';
import { findChromium } from '../scripts/browser.js';
import { startPreview } from './preview';
import { ensureCorpus } from './corpus';

const PORT = 4190;

interface Run {
	seconds: number;
	tokens: number;
}

/** The baseline: one thread, whole file in memory, parse and count every content (of every `of`-th line). */
function baseline(path: string, part = 0, of = 1): Run {
	const started = performance.now();
	const counter = new BytePairCounter(ranks, SPLIT_PATTERNS.o200k_base);
	const text = readFileSync(path, 'utf8');
	let tokens = 0;
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '' || index % of !== part) continue;
		const { messages } = JSON.parse(line) as { messages: { role: string; content: string }[] };
		tokens += 3;
		for (const message of messages) {
			tokens += 3 + counter.count(message.role) + counter.count(message.content);
		}
	}
	return { seconds: (performance.now() - started) / 1000, tokens };
}

/**
 * What this machine gives two threads: the baseline on half the lines each, in two processes at once. Their
 * combined speed against one baseline bounds what any two-worker analyzer can reach here.
 */
async function twoBaselinesAtOnce(path: string): Promise<Run> {
	const halves = await Promise.all(
		[0, 1].map((part) =>
			promisify(execFile)('npx', [
				'tsx',
				'bench/analyzer.bench.ts',
				'--file',
				path,
				'--baseline-part',
				`${part}/2`
			])
		)
	);
	const results = halves.map(({ stdout }) => JSON.parse(stdout) as Run);
	// Each half's own time (process start-up left out): the slower one is when both are done.
	return {
		seconds: Math.max(...results.map((r) => r.seconds)),
		tokens: results.reduce((sum, r) => sum + r.tokens, 0)
	};
}

/** The command line: wall-clock time of the whole process, and the analysis time it reports itself. */
async function cli(path: string): Promise<{ wall: Run; analysis: Run }> {
	const started = performance.now();
	const { stdout } = await promisify(execFile)(
		'node',
		['bin/tunesheet.js', 'analyze', path, '--json'],
		{
			maxBuffer: 1 << 30
		}
	);
	const seconds = (performance.now() - started) / 1000;
	const report = JSON.parse(stdout) as { tokens: { total: number }; elapsedSeconds: number };
	return {
		wall: { seconds, tokens: report.tokens.total },
		analysis: { seconds: report.elapsedSeconds, tokens: report.tokens.total }
	};
}

async function browser(path: string): Promise<Run> {
	const stopPreview = await startPreview(PORT);
	try {
		const launched = await chromium.launch({
			executablePath: findChromium().path,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
		});
		const page = await launched.newPage();
		await page.goto(`http://localhost:${PORT}/dataset`);
		const started = performance.now();
		await page.getByLabel('Dataset file').setInputFiles(path);
		const row = page
			.getByRole('table', { name: 'Dataset figures' })
			.getByRole('row', { name: /^Total tokens/ });
		await row.waitFor({ timeout: 600_000 });
		const seconds = (performance.now() - started) / 1000;
		const tokens = Number((await row.getByRole('cell').textContent())!.replace(/[^0-9]/g, ''));
		await launched.close();
		return { seconds, tokens };
	} finally {
		stopPreview();
	}
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			mb: { type: 'string', default: '50' },
			file: { type: 'string' },
			'skip-browser': { type: 'boolean', default: false },
			'baseline-part': { type: 'string' }
		}
	});
	if (values['baseline-part'] && values.file) {
		const [part, of] = values['baseline-part'].split('/').map(Number);
		console.log(JSON.stringify(baseline(values.file, part, of)));
		return;
	}
	const path =
		values.file ?? (await ensureCorpus(`bench/data/chat-${values.mb}mb.jsonl`, Number(values.mb)));
	const megabytes = statSync(path).size / 1e6;
	console.log(`${path}: ${megabytes.toFixed(1)} MB; node ${process.version}; o200k_base`);
	if (!values['skip-browser'])
		console.log("(the browser figure includes loading the page's workers and ranks)");

	// Baseline before and after, so drift in the machine's load shows.
	const runs: [string, Run][] = [];
	runs.push(['baseline: 1 thread, parse + count', baseline(path)]);
	const command = await cli(path);
	runs.push(['CLI, whole process (node + tsx start)', command.wall]);
	runs.push(['CLI, analysis (workers start to result)', command.analysis]);
	if (!values['skip-browser']) runs.push(['analyzer in headless Chromium', await browser(path)]);
	runs.push(['machine: 2 baselines at once (halves)', await twoBaselinesAtOnce(path)]);
	runs.push(['baseline again', baseline(path)]);

	const base = (runs[0]![1].seconds + runs.at(-1)![1].seconds) / 2;
	console.log('\nrun                                      seconds    MB/s   × baseline   tokens');
	for (const [name, run] of runs) {
		console.log(
			`${name.padEnd(39)} ${run.seconds.toFixed(2).padStart(8)} ${(megabytes / run.seconds).toFixed(1).padStart(7)} ${(base / run.seconds).toFixed(2).padStart(11)}   ${run.tokens.toLocaleString('en-US')}`
		);
	}
	const tokens = new Set(runs.map(([, run]) => run.tokens));
	console.log(tokens.size === 1 ? '\nAll runs counted the same tokens.' : '\nTOKEN TOTALS DIFFER.');

	// Hostile content: one long run of a single character, which naive byte-pair merging makes quadratic.
	const counter = new BytePairCounter(ranks, SPLIT_PATTERNS.o200k_base);
	for (const [label, text] of [
		['400,000 × "a"', 'a'.repeat(400_000)],
		['200,000 × "日本"', '日本'.repeat(200_000)]
	] as const) {
		const started = performance.now();
		const count = counter.count(text);
		console.log(
			`${label}: ${count.toLocaleString('en-US')} tokens in ${((performance.now() - started) / 1000).toFixed(2)} s`
		);
	}
}

await main();
