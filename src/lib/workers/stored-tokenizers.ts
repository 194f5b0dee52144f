import type { CustomTokenizerReader } from '$lib/core/tokenize/custom-source';

/**
 * Reads a tokenizer the person added from IndexedDB, inside a counting worker. The database code loads only when
 * such a tokenizer is first used, so workers counting with shipped tokenizers start without it.
 */
export const readStoredTokenizer: CustomTokenizerReader = async (id) => {
	const [{ readStoredTokenizerFiles }, { database }] = await Promise.all([
		import('$lib/db/custom-tokenizers'),
		import('$lib/db/db')
	]);
	return readStoredTokenizerFiles(database(), id);
};
