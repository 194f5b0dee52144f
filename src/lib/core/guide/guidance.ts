/*
 * What the decision guide knows, as data the page renders: the goals fine-tuning serves, when it is the wrong
 * tool, the lighter alternatives, how many examples a use case needs, the usual mistakes and the checks before
 * deploying. The rules that pick an approach live in recommend.ts and read the figures from here.
 */

import type { Approach, ChecklistItem, Goal, UseCase } from './types';

/** A choice as the page offers it: a short name and one line on what it means. */
export interface ChoiceText {
	label: string;
	description: string;
}

export const GOAL_LABELS: Record<Goal, ChoiceText> = {
	style: {
		label: 'Style or tone',
		description: 'A brand voice, one consistent format, the way a field writes.'
	},
	knowledge: {
		label: 'Specialised knowledge',
		description: "A sector's terms, facts about your company, a domain few models know well."
	},
	performance: {
		label: 'Performance',
		description:
			'Shorter prompts, faster answers, output that varies less from one request to the next.'
	},
	cost: {
		label: 'Lower cost',
		description: 'A smaller model, fewer tokens per request, simpler prompts.'
	}
};

export const USE_CASE_LABELS: Record<UseCase, ChoiceText> = {
	style: {
		label: 'Style adjustment',
		description: 'Change how answers read, not what they say.'
	},
	task: {
		label: 'Task specialisation',
		description: 'One well-defined job done reliably, such as classifying, extracting or rewriting.'
	},
	complex: {
		label: 'Complex behaviour',
		description: 'Several steps, judgement calls or many kinds of input in one model.'
	}
};

/**
 * Examples fine-tuning needs per use case: below `minimum` it rarely learns the behaviour; `comfortable` is where
 * results usually hold up. Complex behaviour has no upper figure ("1,000 or more"), so both are 1,000.
 */
export const MINIMUM_EXAMPLES: Record<UseCase, { minimum: number; comfortable: number }> = {
	style: { minimum: 50, comfortable: 100 },
	task: { minimum: 200, comfortable: 500 },
	complex: { minimum: 1000, comfortable: 1000 }
};

export const APPROACH_LABELS: Record<Approach, string> = {
	'prompt-engineering': 'Prompt engineering',
	'few-shot': 'Few-shot examples',
	rag: 'Retrieval (RAG)',
	'fine-tune': 'Fine-tune',
	'fine-tune-later': 'Fine-tune later'
};

export type Effort = 'low' | 'medium' | 'high';

export const EFFORT_LABELS: Record<Effort, string> = {
	low: 'Low effort',
	medium: 'Medium effort',
	high: 'High effort'
};

export interface Alternative {
	approach: Exclude<Approach, 'fine-tune-later'>;
	/** What the approach handles best. */
	bestFor: string;
	effort: Effort;
}

/** The ways to change what a model does, from least to most effort. */
export const ALTERNATIVES: readonly Alternative[] = [
	{ approach: 'prompt-engineering', bestFor: 'Quick changes to instructions', effort: 'low' },
	{ approach: 'few-shot', bestFor: 'Showing the format and style you want', effort: 'low' },
	{ approach: 'rag', bestFor: 'Facts the model must look up', effort: 'medium' },
	{ approach: 'fine-tune', bestFor: 'Deep, lasting changes to behaviour', effort: 'high' }
];

export interface CaseAgainst {
	/** The situation in a few words. */
	title: string;
	/** How to recognise it. */
	signs: readonly string[];
	/** What to do instead. */
	instead: Exclude<Approach, 'fine-tune' | 'fine-tune-later'>;
}

/** Situations where fine-tuning is the wrong tool, and what serves better. */
export const CASES_AGAINST_FINE_TUNING: readonly CaseAgainst[] = [
	{
		title: 'Retrieval would do',
		signs: [
			'The model needs facts rather than a manner',
			'The information changes often',
			'Answers must cite their sources'
		],
		instead: 'rag'
	},
	{
		title: 'A better prompt would do',
		signs: [
			'The change is a simple matter of format',
			'The use case is a common one that base models already handle',
			'The team is still working out what the model should do'
		],
		instead: 'prompt-engineering'
	},
	{
		title: 'There is not enough data',
		signs: [
			'Fewer than a few hundred good examples',
			'Many examples are rough or inconsistent: quality counts for more than quantity',
			'The examples are too alike to cover the real range of requests'
		],
		instead: 'few-shot'
	}
];

export interface Mistake {
	mistake: string;
	/** What it looks like in practice. */
	sign: string;
	fix: string;
}

export const COMMON_MISTAKES: readonly Mistake[] = [
	{
		mistake: 'Too few examples',
		sign: 'The model barely changes, or copies a handful of answers.',
		fix: 'Collect more examples before training again.'
	},
	{
		mistake: 'Poor data quality',
		sign: 'The model repeats typos, contradictions or duplicated answers.',
		fix: 'Clean and curate: remove duplicates, fix errors, keep only answers you would ship.'
	},
	{
		mistake: 'Overfitting',
		sign: 'Training loss keeps falling while new inputs get worse answers.',
		fix: 'Add more varied examples, or train for fewer epochs.'
	},
	{
		mistake: 'The wrong task',
		sign: 'The model states facts that are out of date or cannot say where they came from.',
		fix: 'Use retrieval (RAG) for facts; fine-tune for manner and method.'
	},
	{
		mistake: 'Ignoring the base model',
		sign: 'Training fights what the base model already does well.',
		fix: 'Pick a base model that is already close, and build on its strengths.'
	}
];

export const CHECKLIST_TEXT: Record<ChecklistItem, ChoiceText> = {
	'held-out': {
		label: 'Tested on held-out data',
		description: 'Scored on examples kept out of training, so the result is not memory.'
	},
	'base-model': {
		label: 'Compared with the base model',
		description:
			'The same test run on the base model with a good prompt, to show the training helped.'
	},
	regressions: {
		label: 'Checked for regressions',
		description: 'Things the base model did well still work: other tasks, safety, refusals.'
	},
	'edge-cases': {
		label: 'Edge cases evaluated',
		description: 'Rare, long, empty, malformed and hostile inputs tried on purpose.'
	},
	cost: {
		label: 'Cost impact measured',
		description: 'Real token counts and prices, training and hosting included, against prompting.'
	},
	users: {
		label: 'Tested by users',
		description: 'People who will rely on it have tried it on their own work.'
	}
};
