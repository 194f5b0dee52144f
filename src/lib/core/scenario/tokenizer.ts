import type { ApiModelEntry, OpenWeightModelEntry } from '../pricing/types';
import { isEncodingName } from '../tokenize/encodings';
import { findOpenWeightTokenizerId } from '../tokenize/open-weight/ids';
import { customTokenizerRef, TOKENIZERS, type TokenizerRef } from '../tokenize/tokenizers';

export interface ModelTokenizer {
	ref: TokenizerRef;
	label: string;
}

function sameName(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The tokenizer that counts a model's tokens exactly, when Tunesheet has it: an OpenAI model's encoding; an
 * open-weight model's shipped tokenizer (by its Hugging Face id or family), or the shipped or added tokenizer its
 * catalog entry names. null for models whose tokenizer is not available (other providers' API models).
 */
export function modelTokenizer(
	model: ApiModelEntry | OpenWeightModelEntry | null,
	customTokenizers: readonly { id: string; name: string }[] = []
): ModelTokenizer | null {
	if (model === null) return null;
	if (model.kind === 'api-model') {
		return isEncodingName(model.encoding) ? { ref: model.encoding, label: model.encoding } : null;
	}
	const shippedId = findOpenWeightTokenizerId(model);
	const shipped = TOKENIZERS.find(
		(tokenizer) =>
			tokenizer.name === shippedId ||
			sameName(tokenizer.name, model.tokenizer) ||
			sameName(tokenizer.label, model.tokenizer)
	);
	if (shipped) return { ref: shipped.name, label: shipped.label };
	const added = customTokenizers.find((tokenizer) => sameName(tokenizer.name, model.tokenizer));
	return added ? { ref: customTokenizerRef(added.id), label: added.name } : null;
}
