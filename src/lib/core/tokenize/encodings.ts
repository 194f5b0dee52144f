/** The tiktoken encodings Tunesheet counts exactly, with the OpenAI model families that use them. */
export const ENCODINGS = [
	{
		name: 'o200k_base',
		label: 'o200k_base',
		models: 'GPT-4o, GPT-4.1, o-series'
	},
	{
		name: 'cl100k_base',
		label: 'cl100k_base',
		models: 'GPT-4, GPT-3.5 Turbo'
	}
] as const;

export type EncodingName = (typeof ENCODINGS)[number]['name'];

export const DEFAULT_ENCODING: EncodingName = 'o200k_base';

export function isEncodingName(value: unknown): value is EncodingName {
	return ENCODINGS.some((encoding) => encoding.name === value);
}
