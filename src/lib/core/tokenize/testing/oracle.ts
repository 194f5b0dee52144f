// Test-only: tiktoken (OpenAI's own BPE, compiled to WASM) as the reference the shipped encoder is checked against.
import { get_encoding, type Tiktoken } from 'tiktoken';
import type { EncodingName } from '../encodings';

const ORDINARY_TEXT: string[] = [];

/** Counts with tiktoken, special-token text treated as ordinary text. Call `free()` when done: WASM memory. */
export function createOracle(encoding: EncodingName): {
	count(text: string): number;
	free(): void;
} {
	const tiktoken: Tiktoken = get_encoding(encoding);
	return {
		count: (text) => tiktoken.encode(text, ORDINARY_TEXT, ORDINARY_TEXT).length,
		free: () => tiktoken.free()
	};
}
