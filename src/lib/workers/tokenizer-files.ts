import { m } from '$lib/core/i18n/locale';
import { readTokenizerBlobs } from '$lib/core/tokenize/open-weight/custom-files';
import {
	addCustomTokenizer,
	TokenizerNameError,
	type CustomTokenizerListing
} from '$lib/db/custom-tokenizers';
import type { TunesheetDb } from '$lib/db/db';
import { storageErrorMessage } from '$lib/db/errors';

export type AddTokenizerOutcome =
	{ ok: true; tokenizer: CustomTokenizerListing } | { ok: false; error: string };

/**
 * Reads, checks and stores a tokenizer the person picked. Runs in a worker: a tokenizer.json is tens of megabytes
 * of JSON, and building the tokenizer to check it takes a second; the page's thread never holds the text.
 */
export async function addTokenizerFromFiles(
	db: TunesheetDb,
	input: { id: string; name: string; files: File[] }
): Promise<AddTokenizerOutcome> {
	const read = await readTokenizerBlobs(input.files);
	if (!read.ok) return read;
	try {
		const tokenizer = await addCustomTokenizer(db, {
			id: input.id,
			name: input.name,
			files: read.files,
			summary: read.summary
		});
		return { ok: true, tokenizer };
	} catch (error) {
		if (error instanceof TokenizerNameError) return { ok: false, error: error.message };
		return { ok: false, error: m.tokenizers_store_failed({ reason: storageErrorMessage(error) }) };
	}
}

export interface TokenizerFilesApi {
	add(input: { id: string; name: string; files: File[] }): Promise<AddTokenizerOutcome>;
}
