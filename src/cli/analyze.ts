import { openAsBlob, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeFile, DatasetUnreadableError } from '../lib/core/dataset/analyze-file';
import { summaryToJson, summaryToText } from '../lib/core/dataset/report';
import {
	DATASET_FORMATS,
	DEFAULT_MAX_TOKENS_PER_EXAMPLE,
	type DatasetFormat
} from '../lib/core/dataset/types';
import { formatBytes, formatCount } from '../lib/core/format';
import { m } from '../lib/core/i18n/locale';
import { DEFAULT_ENCODING } from '../lib/core/tokenize/encodings';
import { describeChatCountMethod } from '../lib/core/tokenize/open-weight/chat-method';
import type { CustomTokenizerSummary } from '../lib/core/tokenize/open-weight/custom';
import {
	customTokenizerRef,
	isCustomTokenizerRef,
	isTokenizerName,
	TOKENIZERS,
	type CustomTokenizerRef,
	type TokenizerRef
} from '../lib/core/tokenize/tokenizers';
import { startNodeWorkers } from './node-pool';
import {
	CHAT_TEMPLATE_FILE,
	readTokenizerFilesFromDisk,
	TOKENIZER_CONFIG_FILE
} from './tokenizer-files';

/** Exit codes: 0 no errors, 1 validation errors, 2 nothing to analyse or a usage error. */
export const EXIT = { ok: 0, invalid: 1, unusable: 2 } as const;

export class UsageError extends Error {}

/** A --tokenizer-file that cannot be used: one line naming the file and what is wrong with it. */
export class TokenizerFileError extends Error {}

export const ANALYZE_USAGE = `Usage: tunesheet analyze <file> [options]

Options:
  --tokenizer NAME                ${TOKENIZERS.map((t) => t.name).join(' | ')}
                                  (default ${DEFAULT_ENCODING}; --encoding is the same option)
  --tokenizer-file PATH           count with your own Hugging Face tokenizer.json instead; the
                                  tokenizer_config.json or chat_template.jinja beside it, if any,
                                  gives the chat template
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
			'tokenizer-file': { type: 'string' },
			'max-tokens-per-example': { type: 'string', default: String(DEFAULT_MAX_TOKENS_PER_EXAMPLE) },
			format: { type: 'string' },
			workers: { type: 'string' },
			json: { type: 'boolean', default: false }
		}
	});
	const [path, ...extra] = positionals;
	if (!path) throw new UsageError('Name the dataset file to analyse.');
	if (extra.length > 0) throw new UsageError(`One file at a time (got also: ${extra.join(' ')}).`);
	const tokenizerFile = values['tokenizer-file'];
	if (tokenizerFile !== undefined && (values.tokenizer ?? values.encoding) !== undefined) {
		throw new UsageError('Choose either --tokenizer-file or --tokenizer (--encoding), not both.');
	}
	if (tokenizerFile === '') {
		throw new UsageError('--tokenizer-file takes the path of a tokenizer.json.');
	}
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
		tokenizerFile,
		encoding: tokenizer,
		maxTokensPerExample: limit,
		format: format as DatasetFormat | undefined,
		workers,
		json: values.json
	};
}

/** A --tokenizer-file that was read and accepted, and what the report says about it. */
interface CheckedTokenizerFile {
	ref: CustomTokenizerRef;
	/** Absolute. */
	path: string;
	name: string;
	summary: CustomTokenizerSummary;
	/** The file the chat template came from; null when there is none and the chat overhead is estimated. */
	chatTemplateFile: string | null;
	/** How a conversation's tokens are counted with it, for the report. */
	chatMethod: string;
}

/**
 * Reads and checks the tokenizer.json (and the template files beside it) before any worker starts, so a file that
 * cannot be used is one line here instead of a failure in every worker. The workers read the same files again by the
 * absolute path in the ref.
 */
async function checkTokenizerFile(given: string): Promise<CheckedTokenizerFile> {
	const path = resolve(given);
	// Error messages can quote the file over several lines; the command line's errors are one line.
	const refuse = (problem: string) =>
		new TokenizerFileError(`--tokenizer-file ${path}: ${problem.replace(/\s*\n\s*/g, ' ')}`);
	const ref = customTokenizerRef(path);
	if (!isCustomTokenizerRef(ref)) throw refuse('the path is too long.');
	if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
		throw refuse('this is a directory: give the path of the tokenizer.json in it.');
	}
	let files: Awaited<ReturnType<typeof readTokenizerFilesFromDisk>>;
	try {
		files = await readTokenizerFilesFromDisk(path);
	} catch (error) {
		// Node's message names the file and the reason (no permission, say).
		throw refuse(error instanceof Error ? error.message : String(error));
	}
	if (files === null) throw refuse('no such file.');
	// The tokenizer engine loads only when a tokenizer file is given.
	const { readTokenizerFiles } = await import('../lib/core/tokenize/open-weight/custom');
	const read = readTokenizerFiles(
		files.tokenizerJson,
		files.tokenizerConfig ?? undefined,
		files.chatTemplate ?? undefined,
		files.name
	);
	if (!read.ok) throw refuse(read.error);
	const chatTemplateFile =
		files.chatTemplate !== null
			? CHAT_TEMPLATE_FILE
			: read.summary.hasChatTemplate
				? TOKENIZER_CONFIG_FILE
				: null;
	const chatMethod =
		chatTemplateFile === null
			? describeChatCountMethod(
					read.tokenizer.countChat([{ role: 'user', content: 'Hello' }]).method
				)
			: `Chat template from ${chatTemplateFile}.`;
	return { ref, path, name: files.name, summary: read.summary, chatTemplateFile, chatMethod };
}

function describeTokenizerFile({ name, summary, chatMethod }: CheckedTokenizerFile): string {
	return `Tokenizer ${name}: ${summary.modelType}, a vocabulary of ${formatCount(summary.vocabularySize)} tokens. ${chatMethod}`;
}

/** `tunesheet analyze`: prints the analysis and returns the exit code. */
export async function analyzeCommand(args: string[], out: (text: string) => void): Promise<number> {
	const { tokenizerFile, ...options } = parseOptions(args);
	const custom = tokenizerFile === undefined ? null : await checkTokenizerFile(tokenizerFile);
	const encoding: TokenizerRef = custom?.ref ?? options.encoding;
	let size: number;
	try {
		const stat = statSync(options.path);
		if (!stat.isFile()) throw new DatasetUnreadableError(`${options.path} is not a file.`);
		size = stat.size;
	} catch (error) {
		if (error instanceof DatasetUnreadableError) throw error;
		throw new DatasetUnreadableError(`${options.path}: no such file.`);
	}
	if (size === 0) throw new DatasetUnreadableError(m.dataset_unreadable_empty());
	const started = performance.now();
	const file = await openAsBlob(options.path);
	const pool = startNodeWorkers(options.path, options.workers);
	try {
		const { summary } = await analyzeFile(
			file,
			basename(options.path),
			{ ...options, encoding },
			pool.workers
		);
		// From starting the workers to the merged result: what the analysis itself took.
		const elapsedSeconds = (performance.now() - started) / 1000;
		const speed = `${formatBytes(size / elapsedSeconds)}/s`;
		const tokenizerReport = custom && {
			path: custom.path,
			name: custom.name,
			...custom.summary,
			chatTemplateFile: custom.chatTemplateFile
		};
		const tokenizerLine = custom ? `\n\n${describeTokenizerFile(custom)}` : '';
		out(
			options.json
				? JSON.stringify(
						{
							...summaryToJson(summary),
							...(tokenizerReport ? { tokenizerFile: tokenizerReport } : {}),
							elapsedSeconds
						},
						null,
						2
					)
				: `${summaryToText(summary, basename(options.path))}${tokenizerLine}\n\nAnalysed in ${elapsedSeconds.toFixed(2)} s (${speed}, ${pool.workers.length} worker threads).`
		);
		return summary.errors.length > 0 || summary.invalidRecords > 0 ? EXIT.invalid : EXIT.ok;
	} finally {
		await pool.stop();
	}
}
