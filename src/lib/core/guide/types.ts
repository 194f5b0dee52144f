/*
 * The decision guide: should this team fine-tune? Its inputs are the person's answers, what the dataset analysis
 * found, and what the sheet computed; its output is one recommended approach with the reasons behind it.
 */

import type { VolumeVerdict } from '../cost/types';

/** What the team wants from the model. */
export const GOALS = ['style', 'knowledge', 'performance', 'cost'] as const;
export type Goal = (typeof GOALS)[number];

/** How much the model must learn, which sets how many examples fine-tuning needs. */
export const USE_CASES = ['style', 'task', 'complex'] as const;
export type UseCase = (typeof USE_CASES)[number];

/** The person's answers; null = not answered yet. */
export interface GuideAnswers {
	goal: Goal | null;
	useCase: UseCase;
	/** Does the information the model must know change often? */
	changesOften: boolean | null;
	/** Must answers cite their sources? */
	needsCitations: boolean | null;
	/** Is the team still experimenting with what the model should do? */
	experimenting: boolean | null;
}

export const DEFAULT_ANSWERS: GuideAnswers = {
	goal: null,
	useCase: 'task',
	changesOften: null,
	needsCitations: null,
	experimenting: null
};

/** What the dataset analysis found, as the guide reads it. */
export interface DataFacts {
	fileName: string;
	/** Valid examples. */
	examples: number;
	invalidRecords: number;
	/** Examples that repeat an earlier one exactly (not counting the first of each). */
	exactDuplicates: number;
	/** Examples whose answer nearly repeats an earlier one's; null until that check has run. */
	nearDuplicates: number | null;
	/** Examples far longer or shorter than the rest (see readiness). */
	lengthOutliers: number;
	/** Examples over the token limit per example. */
	overLimit: number;
}

/** What the sheet computed for fine-tuning against prompting. */
export interface SheetFacts {
	/** The prompted baseline column. */
	baseline: string;
	/** The fine-tuned column (API or self-hosted) with the lowest total over the horizon. */
	fineTuned: string;
	/** Month 1 requests of the fine-tuned column. */
	requestsPerMonth: number;
	months: number;
	/** The fine-tuned column's total minus the baseline's, over the horizon (negative: fine-tuning saves). */
	totalDifference: number;
	/** First month the fine-tuned column's cumulative cost is below the baseline's; null: not within the horizon. */
	breakEvenMonth: number | null;
	/** Month 1 requests at which the two cost the same over the horizon; null when there is none. */
	breakEvenVolume: number | null;
	/** Which side is cheaper above the break-even volume (the fine-tuned column is the comparison's scenario). */
	volumeVerdict: VolumeVerdict;
}

export type Approach = 'prompt-engineering' | 'few-shot' | 'rag' | 'fine-tune' | 'fine-tune-later';

/** Where a reason comes from, so the page can point at it. */
export type ReasonBasis =
	| { kind: 'answer'; question: keyof GuideAnswers }
	| { kind: 'dataset'; figure: keyof DataFacts | 'none' }
	| { kind: 'sheet'; figure: keyof SheetFacts | 'none' };

export interface Reason {
	text: string;
	basis: ReasonBasis;
	/** Whether it speaks for fine-tuning, against it, or only informs. */
	leaning: 'for' | 'against' | 'neutral';
}

export interface Recommendation {
	approach: Approach;
	/** One sentence: what to do now. */
	headline: string;
	reasons: Reason[];
	/** What would change the recommendation, each concrete ("with 200 examples …"). */
	wouldChange: string[];
}

/** The checks before deploying a fine-tuned model. */
export const CHECKLIST_ITEMS = [
	'held-out',
	'base-model',
	'regressions',
	'edge-cases',
	'cost',
	'users'
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** What a project keeps of the guide. */
export interface GuideRecord {
	answers: GuideAnswers;
	checklist: Partial<Record<ChecklistItem, boolean>>;
}
