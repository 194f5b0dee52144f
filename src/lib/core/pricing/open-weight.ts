/*
 * Open-weight models for self-hosted fine-tuning: parameter counts, context lengths and tokenizers as their
 * Hugging Face model cards and repositories list them (read 2026-11-25; the cards carry no date).
 */
import type { OpenWeightModelEntry } from './types';

const READ_ON = '2026-11-25';

/**
 * The start of a model card's source title. Figures, tokenizers and notes below are catalog data read from the
 * cards, stored with each entry and exported as they are, like builtin-data.ts; sourceText (rows.ts) shows this
 * title in the reader's language.
 */
export const MODEL_CARD_SOURCE = 'Model card: huggingface.co/'; // i18n-exempt: a stored source title

interface CardFacts {
	family: string;
	modelId: string;
	displayName: string;
	parameters: number;
	/** null: the card gives no context length for this model. */
	contextTokens: number | null;
	tokenizer: string;
	notes?: string[];
}

function fromCard(card: CardFacts): OpenWeightModelEntry {
	const source = `${MODEL_CARD_SOURCE}${card.modelId}`;
	const fact = (value: number | null, unit: string) => ({
		value,
		unit,
		source,
		asOf: READ_ON,
		confidence: 'medium' as const,
		asOfPrecision: 'undated' as const
	});
	return {
		kind: 'open-weight-model',
		id: `open-weight/${card.modelId}`,
		family: card.family,
		modelId: card.modelId,
		displayName: card.displayName,
		parameters: fact(card.parameters, 'parameters'),
		contextTokens: fact(card.contextTokens, 'tokens'),
		tokenizer: card.tokenizer,
		notes: card.notes ?? []
	};
}

// i18n-exempt: catalog data from the model card
const LLAMA3_TOKENIZER = 'Llama 3 (tiktoken-style BPE, 128,256 tokens)';
// i18n-exempt: catalog data from the model card
const QWEN_TOKENIZER = 'Qwen (byte-level BPE, 151,936-token embedding)';
// i18n-exempt: catalog data from the model card
const QWEN3_CONTEXT = ['32,768 tokens natively; 131,072 with YaRN scaling.'];
// i18n-exempt: catalog data from the model card
const GEMMA3_TOKENIZER = 'Gemma 3 (SentencePiece, 262K tokens)';
// i18n-exempt: catalog data from the model card
const GEMMA3_VISION = ['The count includes the vision encoder (about 0.4B parameters).'];
const R1_DISTILL = [
	// i18n-exempt: catalog data from the model card
	'Distilled by DeepSeek from DeepSeek-R1; the card gives a maximum generation length of 32,768 tokens.'
];

const CARDS: CardFacts[] = [
	{
		family: 'Llama 3.1',
		modelId: 'meta-llama/Llama-3.1-8B',
		displayName: 'Llama 3.1 8B',
		parameters: 8.03e9,
		contextTokens: 131_072,
		tokenizer: LLAMA3_TOKENIZER
	},
	{
		family: 'Llama 3.1',
		modelId: 'meta-llama/Llama-3.1-70B',
		displayName: 'Llama 3.1 70B',
		parameters: 70.6e9,
		contextTokens: 131_072,
		tokenizer: LLAMA3_TOKENIZER
	},
	{
		family: 'Llama 3.3',
		modelId: 'meta-llama/Llama-3.3-70B-Instruct',
		displayName: 'Llama 3.3 70B Instruct',
		parameters: 70.6e9,
		contextTokens: 131_072,
		tokenizer: LLAMA3_TOKENIZER,
		// i18n-exempt: a catalog note on the model family, stored with the entry like builtin-targets.ts notes
		notes: ['Llama 3.3 comes in one size, 70B; the 8B choice is Llama 3.1 8B.']
	},
	...[
		['4B', 4.0e9],
		['8B', 8.2e9],
		['14B', 14.8e9],
		['32B', 32.8e9]
	].map(([size, parameters]): CardFacts => ({
		family: 'Qwen3',
		modelId: `Qwen/Qwen3-${size}`,
		displayName: `Qwen3 ${size}`,
		parameters: Number(parameters),
		contextTokens: 32_768,
		tokenizer: QWEN_TOKENIZER,
		notes: QWEN3_CONTEXT
	})),
	{
		family: 'Gemma 3',
		modelId: 'google/gemma-3-1b-pt',
		displayName: 'Gemma 3 1B',
		parameters: 1.0e9,
		contextTokens: 32_768,
		tokenizer: GEMMA3_TOKENIZER,
		notes: ['Text only.']
	},
	...[
		['4b', '4B', 4.3e9],
		['12b', '12B', 12.2e9],
		['27b', '27B', 27.4e9]
	].map(([slug, size, parameters]): CardFacts => ({
		family: 'Gemma 3',
		modelId: `google/gemma-3-${slug}-pt`,
		displayName: `Gemma 3 ${size}`,
		parameters: Number(parameters),
		contextTokens: 131_072,
		tokenizer: GEMMA3_TOKENIZER,
		notes: GEMMA3_VISION
	})),
	{
		family: 'Mistral',
		modelId: 'mistralai/Mistral-7B-v0.3',
		displayName: 'Mistral 7B (v0.3)',
		parameters: 7.25e9,
		contextTokens: 32_768,
		// i18n-exempt: catalog data from the model card
		tokenizer: 'Mistral v3 (SentencePiece, 32,768 tokens)'
	},
	{
		family: 'Mistral',
		modelId: 'mistralai/Mistral-Nemo-Base-2407',
		displayName: 'Mistral Nemo 12B',
		parameters: 12.2e9,
		contextTokens: 131_072,
		// i18n-exempt: catalog data from the model card
		tokenizer: 'Tekken (tiktoken-style BPE, 131,072 tokens)'
	},
	...[
		['Qwen-1.5B', 1.78e9, 'Qwen2.5-Math-1.5B'],
		['Qwen-7B', 7.62e9, 'Qwen2.5-Math-7B'],
		['Llama-8B', 8.03e9, 'Llama-3.1-8B'],
		['Qwen-14B', 14.8e9, 'Qwen2.5-14B'],
		['Qwen-32B', 32.8e9, 'Qwen2.5-32B'],
		['Llama-70B', 70.6e9, 'Llama-3.3-70B-Instruct']
	].map(([name, parameters, base]): CardFacts => ({
		family: 'DeepSeek-R1 distill',
		modelId: `deepseek-ai/DeepSeek-R1-Distill-${name}`,
		displayName: `DeepSeek-R1 Distill ${String(name).replace('-', ' ')}`,
		parameters: Number(parameters),
		contextTokens: null,
		// i18n-exempt: catalog data from the model card
		tokenizer: `${String(name).startsWith('Llama') ? LLAMA3_TOKENIZER : QWEN_TOKENIZER}, modified by DeepSeek`,
		// i18n-exempt: catalog data from the model card
		notes: [...R1_DISTILL, `Base model: ${base}.`]
	}))
];

export const OPEN_WEIGHT_MODELS: OpenWeightModelEntry[] = CARDS.map(fromCard);
