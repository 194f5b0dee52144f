// A tokenizer brought on the command line: a tokenizer.json, with the chat template files Hugging Face keeps beside it.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CustomTokenizerFiles } from '../lib/core/tokenize/custom-source';

/** Beside tokenizer.json in a model repository: the chat template and its special tokens. */
export const TOKENIZER_CONFIG_FILE = 'tokenizer_config.json';
/** Newer models ship their chat template as a file of its own; it wins over the config's. */
export const CHAT_TEMPLATE_FILE = 'chat_template.jinja';

function isMissing(error: unknown): boolean {
	return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The file's text without a byte order mark (which JSON.parse refuses); null when there is no such file. */
async function readTextIfPresent(path: string): Promise<string | null> {
	try {
		const text = await readFile(path, 'utf8');
		return text.startsWith('\uFEFF') ? text.slice(1) : text;
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

/**
 * The tokenizer.json at `path`, with tokenizer_config.json and chat_template.jinja from the same directory when they
 * are there, named after the directory (`Llama-3.2-1B/tokenizer.json` → `Llama-3.2-1B`). Null when there is no
 * tokenizer.json at `path`; other failures to read (a directory, no permission) throw.
 */
export async function readTokenizerFilesFromDisk(
	path: string
): Promise<CustomTokenizerFiles | null> {
	const tokenizerJson = await readTextIfPresent(path);
	if (tokenizerJson === null) return null;
	const directory = dirname(resolve(path));
	const [tokenizerConfig, chatTemplate] = await Promise.all([
		readTextIfPresent(join(directory, TOKENIZER_CONFIG_FILE)),
		readTextIfPresent(join(directory, CHAT_TEMPLATE_FILE))
	]);
	return {
		// The file system's root has no name of its own.
		name: basename(directory) || basename(path),
		tokenizerJson,
		tokenizerConfig,
		chatTemplate
	};
}
