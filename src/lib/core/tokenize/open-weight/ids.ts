/**
 * The shipped open-weight tokenizers by id, with nothing else: pages list them without loading the tokenizer engine
 * (registry.ts) or any data.
 */
export const OPEN_WEIGHT_TOKENIZER_IDS = ['llama3', 'qwen3', 'gemma3', 'mistral-nemo'] as const;
export type OpenWeightTokenizerId = (typeof OPEN_WEIGHT_TOKENIZER_IDS)[number];

export const OPEN_WEIGHT_LABELS: Record<
	OpenWeightTokenizerId,
	{ label: string; models: string; licence: string }
> = {
	llama3: {
		label: 'Llama 3',
		models: 'Llama 3, 3.1, 3.2, 3.3',
		licence: 'Built with Llama. Llama 3.1 Community License Agreement (Meta).'
	},
	qwen3: { label: 'Qwen3', models: 'Qwen3', licence: 'Qwen3 tokenizer: Apache-2.0.' },
	gemma3: {
		label: 'Gemma 3',
		models: 'Gemma 3',
		licence:
			'Gemma 3 tokenizer: provided under and subject to the Gemma Terms of Use (ai.google.dev/gemma/terms) and the Gemma Prohibited Use Policy.'
	},
	'mistral-nemo': {
		label: 'Mistral Nemo',
		models: 'Mistral Nemo',
		licence: 'Mistral Nemo tokenizer: Apache-2.0.'
	}
};

export function isOpenWeightTokenizerId(value: unknown): value is OpenWeightTokenizerId {
	return (OPEN_WEIGHT_TOKENIZER_IDS as readonly unknown[]).includes(value);
}
