/*
 * What the decision guide knows, as data the page renders: the goals fine-tuning serves, when it is the wrong
 * tool, the lighter alternatives, how many examples a use case needs, the usual mistakes and the checks before
 * deploying. The rules that pick an approach live in recommend.ts and read the figures from here.
 *
 * Every text is a getter that reads its message when it is read, so the tables follow the interface language
 * (read them while rendering, never copy a text out once).
 */

import { m } from '../i18n/locale';
import type { Approach, ChecklistItem, Goal, UseCase } from './types';

/** A choice as the page offers it: a short name and one line on what it means. */
export interface ChoiceText {
	readonly label: string;
	readonly description: string;
}

type Message = () => string;

/** A record whose every value is its message, read anew each time. */
function texts<K extends string>(messages: Record<K, Message>): Readonly<Record<K, string>> {
	const record = {} as Record<K, string>;
	for (const key of Object.keys(messages) as K[]) {
		Object.defineProperty(record, key, { get: messages[key], enumerable: true });
	}
	return record;
}

function choice(label: Message, description: Message): ChoiceText {
	return {
		get label() {
			return label();
		},
		get description() {
			return description();
		}
	};
}

export const GOAL_LABELS: Readonly<Record<Goal, ChoiceText>> = {
	style: choice(m.guide_goal_style, m.guide_goal_style_description),
	knowledge: choice(m.guide_goal_knowledge, m.guide_goal_knowledge_description),
	performance: choice(m.guide_goal_performance, m.guide_goal_performance_description),
	cost: choice(m.guide_goal_cost, m.guide_goal_cost_description)
};

export const USE_CASE_LABELS: Readonly<Record<UseCase, ChoiceText>> = {
	style: choice(m.guide_use_case_style, m.guide_use_case_style_description),
	task: choice(m.guide_use_case_task, m.guide_use_case_task_description),
	complex: choice(m.guide_use_case_complex, m.guide_use_case_complex_description)
};

/**
 * The use case inside a sentence: "task specialisation needs at least 200", "fine-tuning for task
 * specialisation" (in French with its article, as « pour la spécialisation sur une tâche » needs).
 */
export const USE_CASE_IN_SENTENCE: Readonly<Record<UseCase, string>> = texts({
	style: m.guide_use_case_style_in_sentence,
	task: m.guide_use_case_task_in_sentence,
	complex: m.guide_use_case_complex_in_sentence
});

/**
 * Examples fine-tuning needs per use case: below `minimum` it rarely learns the behaviour; `comfortable` is where
 * results usually hold up. Complex behaviour has no upper figure ("1,000 or more"), so both are 1,000.
 */
export const MINIMUM_EXAMPLES: Record<UseCase, { minimum: number; comfortable: number }> = {
	style: { minimum: 50, comfortable: 100 },
	task: { minimum: 200, comfortable: 500 },
	complex: { minimum: 1000, comfortable: 1000 }
};

export const APPROACH_LABELS: Readonly<Record<Approach, string>> = texts({
	'prompt-engineering': m.guide_approach_prompt_engineering,
	'few-shot': m.guide_approach_few_shot,
	rag: m.guide_approach_rag,
	'fine-tune': m.guide_approach_fine_tune,
	'fine-tune-later': m.guide_approach_fine_tune_later
});

export type Effort = 'low' | 'medium' | 'high';

export const EFFORT_LABELS: Readonly<Record<Effort, string>> = texts({
	low: m.guide_effort_low,
	medium: m.guide_effort_medium,
	high: m.guide_effort_high
});

export interface Alternative {
	readonly approach: Exclude<Approach, 'fine-tune-later'>;
	/** What the approach handles best. */
	readonly bestFor: string;
	readonly effort: Effort;
}

function alternative(
	approach: Alternative['approach'],
	bestFor: Message,
	effort: Effort
): Alternative {
	return {
		approach,
		get bestFor() {
			return bestFor();
		},
		effort
	};
}

/** The ways to change what a model does, from least to most effort. */
export const ALTERNATIVES: readonly Alternative[] = [
	alternative('prompt-engineering', m.guide_best_for_prompt_engineering, 'low'),
	alternative('few-shot', m.guide_best_for_few_shot, 'low'),
	alternative('rag', m.guide_best_for_rag, 'medium'),
	alternative('fine-tune', m.guide_best_for_fine_tune, 'high')
];

export interface CaseAgainst {
	/** The situation in a few words. */
	readonly title: string;
	/** How to recognise it. */
	readonly signs: readonly string[];
	/** What to do instead. */
	readonly instead: Exclude<Approach, 'fine-tune' | 'fine-tune-later'>;
}

function caseAgainst(
	title: Message,
	signs: readonly Message[],
	instead: CaseAgainst['instead']
): CaseAgainst {
	return {
		get title() {
			return title();
		},
		get signs() {
			return signs.map((sign) => sign());
		},
		instead
	};
}

/** Situations where fine-tuning is the wrong tool, and what serves better. */
export const CASES_AGAINST_FINE_TUNING: readonly CaseAgainst[] = [
	caseAgainst(
		m.guide_case_rag_title,
		[m.guide_case_rag_sign_facts, m.guide_case_rag_sign_changes, m.guide_case_rag_sign_citations],
		'rag'
	),
	caseAgainst(
		m.guide_case_prompt_title,
		[
			m.guide_case_prompt_sign_format,
			m.guide_case_prompt_sign_common,
			m.guide_case_prompt_sign_experimenting
		],
		'prompt-engineering'
	),
	caseAgainst(
		m.guide_case_data_title,
		[m.guide_case_data_sign_few, m.guide_case_data_sign_quality, m.guide_case_data_sign_alike],
		'few-shot'
	)
];

export interface Mistake {
	/** Stays the same in every language. */
	readonly id: 'few-examples' | 'quality' | 'overfitting' | 'wrong-task' | 'base-model';
	readonly mistake: string;
	/** What it looks like in practice. */
	readonly sign: string;
	readonly fix: string;
}

function mistake(id: Mistake['id'], name: Message, sign: Message, fix: Message): Mistake {
	return {
		id,
		get mistake() {
			return name();
		},
		get sign() {
			return sign();
		},
		get fix() {
			return fix();
		}
	};
}

export const COMMON_MISTAKES: readonly Mistake[] = [
	mistake(
		'few-examples',
		m.guide_mistake_few_examples,
		m.guide_mistake_few_examples_sign,
		m.guide_mistake_few_examples_fix
	),
	mistake(
		'quality',
		m.guide_mistake_quality,
		m.guide_mistake_quality_sign,
		m.guide_mistake_quality_fix
	),
	mistake(
		'overfitting',
		m.guide_mistake_overfitting,
		m.guide_mistake_overfitting_sign,
		m.guide_mistake_overfitting_fix
	),
	mistake(
		'wrong-task',
		m.guide_mistake_wrong_task,
		m.guide_mistake_wrong_task_sign,
		m.guide_mistake_wrong_task_fix
	),
	mistake(
		'base-model',
		m.guide_mistake_base_model,
		m.guide_mistake_base_model_sign,
		m.guide_mistake_base_model_fix
	)
];

/** The checklist's texts; the items themselves (their ids) are what a project keeps. */
export const CHECKLIST_TEXT: Readonly<Record<ChecklistItem, ChoiceText>> = {
	'held-out': choice(m.guide_check_held_out, m.guide_check_held_out_description),
	'base-model': choice(m.guide_check_base_model, m.guide_check_base_model_description),
	regressions: choice(m.guide_check_regressions, m.guide_check_regressions_description),
	'edge-cases': choice(m.guide_check_edge_cases, m.guide_check_edge_cases_description),
	cost: choice(m.guide_check_cost, m.guide_check_cost_description),
	users: choice(m.guide_check_users, m.guide_check_users_description)
};
