import { m } from '../i18n/locale';
import { customTokenizerReader } from './custom-source';
import { loadOnce } from './load-once';
import { readTokenizerFiles } from './open-weight/custom';
import type { OpenWeightTokenizer } from './open-weight/tokenizer';
import { customTokenizerKey, type CustomTokenizerRef } from './tokenizers';

async function build(ref: CustomTokenizerRef): Promise<OpenWeightTokenizer> {
	const reader = customTokenizerReader();
	if (reader === null) throw new Error(m.tokenizers_custom_unavailable());
	const files = await reader(customTokenizerKey(ref));
	if (files === null) {
		throw new Error(m.tokenizers_custom_gone());
	}
	const read = readTokenizerFiles(
		files.tokenizerJson,
		files.tokenizerConfig ?? undefined,
		files.chatTemplate ?? undefined,
		files.name
	);
	if (!read.ok) throw new Error(m.tokenizers_file_error({ file: files.name, error: read.error }));
	return read.tokenizer;
}

/**
 * The brought tokenizer `ref`, built once per thread (a tokenizer.json can be tens of megabytes). Refs are never
 * reused for other files (ids are random; paths are read once per run), so what is built stays right.
 */
export const loadCustomTokenizer: (ref: CustomTokenizerRef) => Promise<OpenWeightTokenizer> =
	loadOnce(build);
