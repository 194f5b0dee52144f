import { m } from '../../i18n/locale';

/**
 * The shipped open-weight tokenizers by id, with nothing else: pages list them without loading the tokenizer engine
 * (registry.ts) or any data.
 */
export const OPEN_WEIGHT_TOKENIZER_IDS = ['llama3', 'qwen3', 'gemma3', 'mistral-nemo'] as const;
export type OpenWeightTokenizerId = (typeof OPEN_WEIGHT_TOKENIZER_IDS)[number];

export const OPEN_WEIGHT_LABELS: Record<OpenWeightTokenizerId, { label: string; models: string }> =
	{
		llama3: { label: 'Llama 3', models: 'Llama 3, 3.1, 3.2, 3.3' },
		qwen3: { label: 'Qwen3', models: 'Qwen3' },
		gemma3: { label: 'Gemma 3', models: 'Gemma 3' },
		'mistral-nemo': { label: 'Mistral Nemo', models: 'Mistral Nemo' }
	};

/**
 * The licence notice each tokenizer's data asks to show where it is used, in the current language (the licences'
 * own names and the "Built with Llama" attribution stay as they are written).
 */
export function openWeightLicenceNotice(id: OpenWeightTokenizerId): string {
	switch (id) {
		case 'llama3':
			return m.tokenizers_licence_llama3();
		case 'qwen3':
			return m.tokenizers_licence_qwen3();
		case 'gemma3':
			return m.tokenizers_licence_gemma3();
		case 'mistral-nemo':
			return m.tokenizers_licence_mistral_nemo();
	}
}

export function isOpenWeightTokenizerId(value: unknown): value is OpenWeightTokenizerId {
	return (OPEN_WEIGHT_TOKENIZER_IDS as readonly unknown[]).includes(value);
}

/** Which catalog models each shipped tokenizer serves. */
export const OPEN_WEIGHT_MODELS: Record<
	OpenWeightTokenizerId,
	{
		/** Model families it serves, as the catalog's open-weight entries name them (`family`). */
		families: readonly string[];
		/** Hugging Face model ids it serves, for catalog families that mix tokenizers (Mistral 7B and Mistral Nemo). */
		modelIds: RegExp;
	}
> = {
	llama3: {
		families: ['Llama 3', 'Llama 3.1', 'Llama 3.2', 'Llama 3.3'],
		modelIds: /^meta-llama\/(Meta-)?Llama-3(\.\d)?-/i
	},
	qwen3: { families: ['Qwen3'], modelIds: /^Qwen\/Qwen3-/i },
	gemma3: { families: ['Gemma 3'], modelIds: /^google\/gemma-3-/i },
	'mistral-nemo': { families: ['Mistral Nemo'], modelIds: /^mistralai\/Mistral-Nemo-/i }
};

/** The shipped tokenizer for a catalog model: by its Hugging Face id first, then by its family. */
export function findOpenWeightTokenizerId(model: {
	family: string;
	modelId?: string;
}): OpenWeightTokenizerId | undefined {
	const { modelId } = model;
	return (
		(modelId === undefined
			? undefined
			: OPEN_WEIGHT_TOKENIZER_IDS.find((id) => OPEN_WEIGHT_MODELS[id].modelIds.test(modelId))) ??
		OPEN_WEIGHT_TOKENIZER_IDS.find((id) => OPEN_WEIGHT_MODELS[id].families.includes(model.family))
	);
}
