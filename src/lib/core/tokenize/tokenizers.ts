import { ENCODINGS, type EncodingName } from './encodings';
import {
	OPEN_WEIGHT_LABELS,
	OPEN_WEIGHT_TOKENIZER_IDS,
	type OpenWeightTokenizerId
} from './open-weight/ids';

/** Everything a dataset can be counted with: an OpenAI encoding or a shipped open-weight tokenizer. */
export type TokenizerName = EncodingName | OpenWeightTokenizerId;

export interface TokenizerChoice {
	name: TokenizerName;
	label: string;
	models: string;
	/** The licence notice its data asks to show, for open-weight tokenizers. */
	licence: string | null;
}

export const TOKENIZERS: readonly TokenizerChoice[] = [
	...ENCODINGS.map((encoding) => ({ ...encoding, licence: null })),
	...OPEN_WEIGHT_TOKENIZER_IDS.map((id) => ({ name: id, ...OPEN_WEIGHT_LABELS[id] }))
];

export const TOKENIZER_NAMES = TOKENIZERS.map((tokenizer) => tokenizer.name) as [
	TokenizerName,
	...TokenizerName[]
];

export function isTokenizerName(value: unknown): value is TokenizerName {
	return TOKENIZERS.some((tokenizer) => tokenizer.name === value);
}
