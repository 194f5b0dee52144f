import { m } from '../i18n/locale';

/** The tiktoken encodings Tunesheet counts exactly, with the OpenAI model families that use them. */
export const ENCODINGS = [
	{
		name: 'o200k_base',
		label: 'o200k_base',
		/** Read when shown, in the current language ("o-series"). */
		get models(): string {
			return m.tokenizers_models_o200k();
		}
	},
	{
		name: 'cl100k_base',
		label: 'cl100k_base',
		models: 'GPT-4, GPT-3.5 Turbo' // i18n-exempt: model names, the same in every language
	}
] as const;

export type EncodingName = (typeof ENCODINGS)[number]['name'];

export const DEFAULT_ENCODING: EncodingName = 'o200k_base';

export function isEncodingName(value: unknown): value is EncodingName {
	return ENCODINGS.some((encoding) => encoding.name === value);
}
