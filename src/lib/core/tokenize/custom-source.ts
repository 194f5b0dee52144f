/*
 * Where tokenizers the person brought are found. Where their files live differs by place: the browser's workers
 * read them from IndexedDB, the command line from disk. Each worker entry says which (provideCustomTokenizers);
 * counting code asks custom-load.ts for a ref. This module imports nothing heavy, so registering costs nothing
 * until a brought tokenizer is used.
 */

/** A brought tokenizer's files as text, as it is stored. */
export interface CustomTokenizerFiles {
	/** The name the person gave it. */
	name: string;
	tokenizerJson: string;
	/** tokenizer_config.json, for the chat template and its special tokens. */
	tokenizerConfig: string | null;
	/** chat_template.jinja, which newer models ship beside the config. */
	chatTemplate: string | null;
}

/** The files behind a key, or null when there are none. */
export type CustomTokenizerReader = (key: string) => Promise<CustomTokenizerFiles | null>;

let reader: CustomTokenizerReader | null = null;

/** Says where this thread finds brought tokenizers (once, at the worker's start). */
export function provideCustomTokenizers(read: CustomTokenizerReader): void {
	reader = read;
}

/** This thread's reader, or null when brought tokenizers cannot be used here. */
export function customTokenizerReader(): CustomTokenizerReader | null {
	return reader;
}
