import { openAsBlob, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeFile, DatasetUnreadableError } from '../lib/core/dataset/analyze-file';
import { summaryToJson, summaryToText } from '../lib/core/dataset/report';
import {
	DATASET_FORMATS,
	DEFAULT_MAX_TOKENS_PER_EXAMPLE,
	type DatasetFormat
} from '../lib/core/dataset/types';
import { formatBytes } from '../lib/core/format';
import { DEFAULT_ENCODING } from '../lib/core/tokenize/encodings';
import { isTokenizerName, TOKENIZERS } from '../lib/core/tokenize/tokenizers';
import { startNodeWorkers } from './node-pool';

/** Exit codes: 0 no errors, 1 validation errors, 2 nothing to analyse or a usage error. */
export const EXIT = { ok: 0, invalid: 1, unusable: 2 } as const;

export class UsageError extends Error {}

export const ANALYZE_USAGE = `Usage: tunesheet analyze <file> [options]

Options:
  --tokenizer NAME                ${TOKENIZERS.map((t) => t.name).join(' | ')}
                                  (default ${DEFAULT_ENCODING}; --encoding is the same option)
  --max-tokens-per-example N      tokens beyond N per example are cut (default ${DEFAULT_MAX_TOKENS_PER_EXAMPLE})
  --format F                      ${DATASET_FORMATS.join(' | ')} (default: detected)
  --workers N                     worker threads (default: one per core, at most 8)
  --json                          one JSON object instead of the table`;

function parseOptions(args: string[]) {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			encoding: { type: 'string' },
			tokenizer: { type: 'string' },
			'max-tokens-per-example': { type: 'string', default: String(DEFAULT_MAX_TOKENS_PER_EXAMPLE) },
			format: { type: 'string' },
			workers: { type: 'string' },
			json: { type: 'boolean', default: false }
		}
	});
	const [path, ...extra] = positionals;
	if (!path) throw new UsageError('Name the dataset file to analyse.');
	if (extra.length > 0) throw new UsageError(`One file at a time (got also: ${extra.join(' ')}).`);
	const tokenizer = values.tokenizer ?? values.encoding ?? DEFAULT_ENCODING;
	if (!isTokenizerName(tokenizer)) {
		throw new UsageError(
			`Unknown tokenizer: ${tokenizer}. Known: ${TOKENIZERS.map((t) => t.name).join(', ')}.`
		);
	}
	const limit = Number(values['max-tokens-per-example']);
	if (!Number.isInteger(limit) || limit < 1) {
		throw new UsageError('--max-tokens-per-example takes a whole number of at least 1.');
	}
	const format = values.format;
	if (format !== undefined && !(DATASET_FORMATS as readonly string[]).includes(format)) {
		throw new UsageError(`Unknown format: ${format}.`);
	}
	const workers = values.workers === undefined ? undefined : Number(values.workers);
	if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
		throw new UsageError('--workers takes a whole number from 1 to 64.');
	}
	return {
		path,
		encoding: tokenizer,
		maxTokensPerExample: limit,
		format: format as DatasetFormat | undefined,
		workers,
		json: values.json
	};
}

/** `tunesheet analyze`: prints the analysis and returns the exit code. */
export async function analyzeCommand(args: string[], out: (text: string) => void): Promise<number> {
	const options = parseOptions(args);
	let size: number;
	try {
		const stat = statSync(options.path);
		if (!stat.isFile()) throw new DatasetUnreadableError(`${options.path} is not a file.`);
		size = stat.size;
	} catch (error) {
		if (error instanceof DatasetUnreadableError) throw error;
		throw new DatasetUnreadableError(`${options.path}: no such file.`);
	}
	if (size === 0) throw new DatasetUnreadableError('The file is empty.');
	const started = performance.now();
	const file = await openAsBlob(options.path);
	const pool = startNodeWorkers(options.path, options.workers);
	try {
		const { summary } = await analyzeFile(file, basename(options.path), options, pool.workers);
		// From starting the workers to the merged result: what the analysis itself took.
		const elapsedSeconds = (performance.now() - started) / 1000;
		const speed = `${formatBytes(size / elapsedSeconds)}/s`;
		out(
			options.json
				? JSON.stringify({ ...summaryToJson(summary), elapsedSeconds }, null, 2)
				: `${summaryToText(summary, basename(options.path))}\n\nAnalysed in ${elapsedSeconds.toFixed(2)} s (${speed}, ${pool.workers.length} worker threads).`
		);
		return summary.errors.length > 0 || summary.invalidRecords > 0 ? EXIT.invalid : EXIT.ok;
	} finally {
		await pool.stop();
	}
}
