import type { ScenarioInputs, ScenarioKind, TrainingMethod, TrainingPricing } from '../cost/types';
import type { TokenizerRef } from '../tokenize/tokenizers';

/** Inputs a person types as numbers: everything in ScenarioInputs but the kind and the two choices. */
export type NumericField = {
	[K in keyof ScenarioInputs]: ScenarioInputs[K] extends number | null ? K : never;
}[keyof ScenarioInputs];

/** A value as the person typed it (`1.5k`, `=1200*30`) and what it evaluated to. */
export interface EnteredValue {
	text: string;
	value: number;
}

/** Figures a token cell can follow instead of a typed number. */
export const LINK_SOURCES = [
	'prompt.system',
	'prompt.fewShot',
	'prompt.user',
	'prompt.output',
	'dataset.system',
	'dataset.user',
	'dataset.output',
	'dataset.trainingTokensPerEpoch',
	'dataset.epochs'
] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/** One column of the sheet as it is stored: what the person chose and typed, nothing computed. */
export interface Scenario {
	id: string;
	name: string;
	kind: ScenarioKind;
	/** Catalog entry id: an API model (prompted, fine-tuned API) or an open-weight model (self-hosted). */
	modelId: string | null;
	/** Self-hosted: the GPU entry and which provider offer prices it. */
	gpuId: string | null;
	gpuOffer: number;
	trainingMethod: TrainingMethod;
	/** null: follow the model's fine-tuning offer (per token unless it is priced per hour). */
	trainingPricing: TrainingPricing | null;
	/** Typed values; a field absent here comes from a link, the catalog, or the default. */
	values: Partial<Record<NumericField, EnteredValue>>;
	links: Partial<Record<NumericField, LinkSource>>;
}

/** Where a resolved input came from, for the cell's mark and the formula bar. */
export type InputOrigin =
	| {
			from: 'entered';
			text: string;
			/** The catalog figure it replaces, if there is one. */ catalogValue?: number;
	  }
	| { from: 'catalog'; detail: string }
	| { from: 'link'; source: LinkSource; detail: string }
	| { from: 'default' };

/** What a prompt link reads: the sample prompt's counts under one tokenizer. */
export interface PromptLinkFigures {
	system: number;
	fewShot: number;
	user: number;
	output: number;
}

/** What a dataset link reads: an analysed dataset's figures under one tokenizer. */
export interface DatasetLinkFigures {
	name: string;
	system: number;
	user: number;
	output: number;
	trainingTokensPerEpoch: number;
	epochs: number;
}

/** Figures and the tokenizer they were counted with. */
export interface CountedFigures<T> {
	tokenizer: TokenizerRef;
	/** 'o200k_base', 'Llama 3', or a name the person gave. */
	tokenizerLabel: string;
	figures: T;
}

/**
 * What links read. Each source may be counted with several tokenizers: a scenario reads the figures counted with
 * its model's tokenizer and otherwise the first (the prompt panel's or the dataset page's choice).
 */
export interface LinkFigures {
	prompt: readonly CountedFigures<PromptLinkFigures>[];
	dataset: readonly CountedFigures<DatasetLinkFigures>[];
	/** Tokenizers the person added, so a catalog model can name one as its tokenizer. */
	customTokenizers?: readonly { id: string; name: string }[];
}

export const NO_LINK_FIGURES: LinkFigures = { prompt: [], dataset: [] };
