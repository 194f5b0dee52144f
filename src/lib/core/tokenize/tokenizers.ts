import { ENCODINGS, type EncodingName } from './encodings';
import {
	OPEN_WEIGHT_LABELS,
	OPEN_WEIGHT_TOKENIZER_IDS,
	openWeightLicenceNotice,
	type OpenWeightTokenizerId
} from './open-weight/ids';

/** Everything Tunesheet ships a tokenizer for: an OpenAI encoding or an open-weight model's tokenizer. */
export type TokenizerName = EncodingName | OpenWeightTokenizerId;

/**
 * A tokenizer the person brought (a Hugging Face tokenizer.json): `custom:` and a key. In the browser the key is
 * its id in IndexedDB; on the command line, the absolute path of the tokenizer.json.
 */
export type CustomTokenizerRef = `custom:${string}`;

/** What counts are made with, as stored in projects and passed to workers. */
export type TokenizerRef = TokenizerName | CustomTokenizerRef;

const CUSTOM_PREFIX = 'custom:';
/** Long enough for a file path; refuses anything larger in an imported project. */
const MAX_CUSTOM_KEY_LENGTH = 1024;

export interface TokenizerChoice {
	readonly name: TokenizerName;
	readonly label: string;
	/** The models it serves, in the current language. */
	readonly models: string;
	/** The licence notice its data asks to show, for open-weight tokenizers, in the current language. */
	readonly licence: string | null;
}

// Getters, not copies: `models` and `licence` are read in the language of the moment they are shown.
export const TOKENIZERS: readonly TokenizerChoice[] = [
	...ENCODINGS.map((encoding): TokenizerChoice => ({
		name: encoding.name,
		label: encoding.label,
		get models() {
			return encoding.models;
		},
		licence: null
	})),
	...OPEN_WEIGHT_TOKENIZER_IDS.map((id): TokenizerChoice => ({
		name: id,
		...OPEN_WEIGHT_LABELS[id],
		get licence() {
			return openWeightLicenceNotice(id);
		}
	}))
];

export const TOKENIZER_NAMES = TOKENIZERS.map((tokenizer) => tokenizer.name) as [
	TokenizerName,
	...TokenizerName[]
];

export function isTokenizerName(value: unknown): value is TokenizerName {
	return TOKENIZERS.some((tokenizer) => tokenizer.name === value);
}

export function customTokenizerRef(key: string): CustomTokenizerRef {
	return `${CUSTOM_PREFIX}${key}`;
}

export function isCustomTokenizerRef(value: unknown): value is CustomTokenizerRef {
	return (
		typeof value === 'string' &&
		value.startsWith(CUSTOM_PREFIX) &&
		value.length > CUSTOM_PREFIX.length &&
		value.length <= CUSTOM_PREFIX.length + MAX_CUSTOM_KEY_LENGTH
	);
}

/** The id or path after `custom:`. */
export function customTokenizerKey(ref: CustomTokenizerRef): string {
	return ref.slice(CUSTOM_PREFIX.length);
}

export function isTokenizerRef(value: unknown): value is TokenizerRef {
	return isTokenizerName(value) || isCustomTokenizerRef(value);
}

/** A shipped tokenizer's label ('o200k_base', 'Llama 3'); null for one the person brought. */
export function shippedTokenizerLabel(ref: TokenizerRef): string | null {
	return TOKENIZERS.find((tokenizer) => tokenizer.name === ref)?.label ?? null;
}
