/*
 * The decision guide's rules. The first rule that applies picks the approach:
 *
 * 1. The team is still experimenting → prompt engineering: settle the task before training anything on it.
 * 2. The goal is knowledge and the information changes often or answers must cite sources → retrieval (RAG):
 *    facts trained into a model go stale and cannot be cited.
 * 3. The goal is cost and the sheet shows fine-tuning not paying back within the horizon → few-shot prompting.
 * 4. No goal chosen and the sheet does not show fine-tuning paying back (or there is no comparison) → few-shot
 *    prompting, asking for a goal.
 * 5. Otherwise fine-tuning is favoured (style; knowledge that stays put and needs no citations; performance;
 *    cost that pays back on the sheet or has no comparison yet; no goal but the sheet pays back). It waits —
 *    fine-tune later — while any of these holds, each named in the headline:
 *    a. the goal is cost and the sheet has no comparison: compare the costs first (a cost case without figures
 *       is a guess, and the sheet is where they come from);
 *    b. no dataset has been analysed: analyse the training data first;
 *    c. usable examples (valid − exact duplicates − near duplicates) are below the use case's minimum: collect
 *       the shortfall first.
 *    Otherwise → fine-tune.
 *
 * "Pays back" means the sheet has a break-even month and the fine-tuned total over the horizon is not above
 * the baseline's (a later retraining job can push it back above).
 *
 * Whatever the approach, the reasons also carry every known fact: the sheet's payback or extra cost, the usable
 * examples against the minimum, duplicates over 5 % of the examples, unreadable records, length outliers and
 * examples over the token limit.
 *
 * The texts are the interface language's messages, written each time a recommendation is made: the page makes
 * it in a derived value, so it follows a change of language.
 */

import { usdFormatter, type CostFormatter } from '../cost/format';
import { m } from '../i18n/locale';
import { MINIMUM_EXAMPLES, USE_CASE_IN_SENTENCE } from './guidance';
import type { DataFacts, GuideAnswers, Reason, Recommendation, SheetFacts, UseCase } from './types';

/** Duplicates above this share of the examples call for cleaning. */
export const DUPLICATE_SHARE_LIMIT = 0.05;

/** A total difference under half a cent is a tie: it rounds to $0.00. */
const TIE_USD = 0.005;

/** Examples left once duplicates are set aside: each repeat adds training cost but nothing to learn. */
export function usableExamples(data: DataFacts): number {
	return Math.max(0, data.examples - data.exactDuplicates - (data.nearDuplicates ?? 0));
}

/** Whether the sheet shows fine-tuning costing no more than prompting by the end of the horizon. */
export function paysBack(sheet: SheetFacts): boolean {
	return sheet.breakEvenMonth !== null && sheet.totalDifference < TIE_USD;
}

/** The approach the rules above pick, with every reason behind it and what would change it. */
export function recommend(
	answers: GuideAnswers,
	data: DataFacts | null,
	sheet: SheetFacts | null,
	fmt: CostFormatter = usdFormatter
): Recommendation {
	const facts = [...sheetReasons(sheet, fmt), ...dataReasons(data, answers.useCase, fmt)];

	if (answers.experimenting === true) {
		return {
			approach: 'prompt-engineering',
			headline: m.guide_headline_experimenting(),
			reasons: [
				{
					text: m.guide_reason_experimenting(),
					basis: { kind: 'answer', question: 'experimenting' },
					leaning: 'against'
				},
				...facts
			],
			wouldChange: [m.guide_change_task_settles()]
		};
	}

	if (
		answers.goal === 'knowledge' &&
		(answers.changesOften === true || answers.needsCitations === true)
	) {
		return retrieval(answers, facts);
	}

	const sheetPaysBack = sheet !== null && paysBack(sheet);

	if (answers.goal === 'cost' && sheet && !sheetPaysBack) {
		return {
			approach: 'few-shot',
			headline: m.guide_headline_cost_few_shot({
				months: months(sheet.months, fmt),
				amount: fmt.money(Math.max(0, sheet.totalDifference))
			}),
			reasons: [
				{
					text: m.guide_reason_cost_must_save(),
					basis: { kind: 'answer', question: 'goal' },
					leaning: 'neutral'
				},
				...facts
			],
			wouldChange: [...volumeForPayback(sheet, fmt), m.guide_change_other_goal()]
		};
	}

	if (answers.goal === null && !sheetPaysBack) {
		return {
			approach: 'few-shot',
			headline: m.guide_headline_no_goal(),
			reasons: [
				{
					text: m.guide_reason_no_goal_yet(),
					basis: { kind: 'answer', question: 'goal' },
					leaning: 'neutral'
				},
				...facts
			],
			wouldChange: [m.guide_change_choose_goal(), ...(sheet ? volumeForPayback(sheet, fmt) : [])]
		};
	}

	return fineTuning(answers, data, sheet, facts, fmt);
}

function retrieval(answers: GuideAnswers, facts: Reason[]): Recommendation {
	const reasons: Reason[] = [];
	const otherwise: string[] = [];
	if (answers.changesOften === true) {
		reasons.push({
			text: m.guide_reason_changes_often(),
			basis: { kind: 'answer', question: 'changesOften' },
			leaning: 'against'
		});
		otherwise.push(m.guide_if_rarely_changed());
	}
	if (answers.needsCitations === true) {
		reasons.push({
			text: m.guide_reason_needs_citations(),
			basis: { kind: 'answer', question: 'needsCitations' },
			leaning: 'against'
		});
		otherwise.push(m.guide_if_no_citations());
	}
	return {
		approach: 'rag',
		headline: m.guide_headline_rag(),
		reasons: [...reasons, ...facts],
		wouldChange: [
			m.guide_change_if_otherwise({ conditions: listOf(otherwise) }),
			m.guide_change_style_alongside_rag()
		]
	};
}

/** Rule 5: fine-tuning is favoured; the prerequisites decide whether it is now or later. */
function fineTuning(
	answers: GuideAnswers,
	data: DataFacts | null,
	sheet: SheetFacts | null,
	facts: Reason[],
	fmt: CostFormatter
): Recommendation {
	const reasons: Reason[] = [...goalReasons(answers)];
	const missing: string[] = [];
	const wouldChange: string[] = [];
	const need = MINIMUM_EXAMPLES[answers.useCase];
	const useCase = USE_CASE_IN_SENTENCE[answers.useCase];

	if (answers.experimenting === null) {
		wouldChange.push(m.guide_change_if_experimenting());
	}
	if (answers.goal === 'knowledge') {
		wouldChange.push(m.guide_change_knowledge_rag());
	}

	if (answers.goal === 'cost' && !sheet) {
		missing.push(m.guide_missing_compare());
		reasons.push({
			text: m.guide_reason_no_comparison(),
			basis: { kind: 'sheet', figure: 'none' },
			leaning: 'neutral'
		});
		wouldChange.push(m.guide_change_no_payback_few_shot());
	}
	if (sheet && paysBack(sheet) && (answers.goal === 'cost' || answers.goal === null)) {
		wouldChange.push(...volumeAgainstPayback(sheet, fmt));
	}

	if (!data) {
		missing.push(m.guide_missing_analyse());
		reasons.push({
			text: m.guide_reason_no_data(),
			basis: { kind: 'dataset', figure: 'none' },
			leaning: 'neutral'
		});
		wouldChange.push(m.guide_change_no_data({ minimum: fmt.count(need.minimum), useCase }));
	} else {
		const shortfall = need.minimum - usableExamples(data);
		if (shortfall > 0) {
			missing.push(m.guide_missing_collect({ count: shortfall, shown: fmt.count(shortfall) }));
			wouldChange.push(
				m.guide_change_shortfall({
					count: shortfall,
					shown: fmt.count(shortfall),
					minimum: fmt.count(need.minimum),
					useCase
				})
			);
		}
	}

	if (missing.length > 0) {
		return {
			approach: 'fine-tune-later',
			headline: m.guide_headline_later({ steps: listOf(missing) }),
			reasons: [...reasons, ...facts],
			wouldChange
		};
	}
	return {
		approach: 'fine-tune',
		headline: m.guide_headline_fine_tune(),
		reasons: [...reasons, ...facts],
		wouldChange
	};
}

/** Why the answers favour fine-tuning (rule 5). */
function goalReasons(answers: GuideAnswers): Reason[] {
	const reasons: Reason[] = [];
	const goal = { kind: 'answer', question: 'goal' } as const;
	switch (answers.goal) {
		case 'style':
			reasons.push({ text: m.guide_reason_goal_style(), basis: goal, leaning: 'for' });
			break;
		case 'knowledge':
			reasons.push({ text: m.guide_reason_goal_knowledge(), basis: goal, leaning: 'for' });
			if (answers.changesOften === false) {
				reasons.push({
					text: m.guide_reason_rarely_changes(),
					basis: { kind: 'answer', question: 'changesOften' },
					leaning: 'for'
				});
			}
			if (answers.needsCitations === false) {
				reasons.push({
					text: m.guide_reason_no_citations_needed(),
					basis: { kind: 'answer', question: 'needsCitations' },
					leaning: 'for'
				});
			}
			break;
		case 'performance':
			reasons.push({ text: m.guide_reason_goal_performance(), basis: goal, leaning: 'for' });
			break;
		case 'cost':
			reasons.push({ text: m.guide_reason_goal_cost(), basis: goal, leaning: 'for' });
			break;
		case null:
			reasons.push({ text: m.guide_reason_goal_none(), basis: goal, leaning: 'neutral' });
			break;
	}
	if (answers.experimenting === false) {
		reasons.push({
			text: m.guide_reason_task_settled(),
			basis: { kind: 'answer', question: 'experimenting' },
			leaning: 'for'
		});
	}
	return reasons;
}

/** The sheet's verdict, whichever way it goes. */
function sheetReasons(sheet: SheetFacts | null, fmt: CostFormatter): Reason[] {
	if (!sheet) return [];
	const requests = requestsAMonth(sheet.requestsPerMonth, fmt);
	if (paysBack(sheet) && sheet.breakEvenMonth !== null) {
		return [
			{
				text: m.guide_reason_pays_back({
					month: fmt.count(sheet.breakEvenMonth),
					requests,
					fineTuned: sheet.fineTuned,
					amount: fmt.money(Math.max(0, -sheet.totalDifference)),
					baseline: sheet.baseline,
					months: months(sheet.months, fmt)
				}),
				basis: { kind: 'sheet', figure: 'breakEvenMonth' },
				leaning: 'for'
			}
		];
	}
	return [
		{
			text: m.guide_reason_no_payback({
				months: months(sheet.months, fmt),
				requests,
				fineTuned: sheet.fineTuned,
				amount: fmt.money(Math.max(0, sheet.totalDifference)),
				baseline: sheet.baseline
			}),
			basis: { kind: 'sheet', figure: 'totalDifference' },
			leaning: 'against'
		}
	];
}

/**
 * The volume at which a fine-tuned column that does not pay back would. Whole requests: at exactly the
 * break-even volume the two tie, which counts as paying back.
 */
function volumeForPayback(sheet: SheetFacts, fmt: CostFormatter): string[] {
	const volume = sheet.breakEvenVolume;
	const within = { fineTuned: sheet.fineTuned, months: months(sheet.months, fmt) };
	if (volume !== null && sheet.volumeVerdict === 'scenario-cheaper-above') {
		return [
			m.guide_change_from_volume({ requests: requestsAMonth(Math.ceil(volume), fmt), ...within })
		];
	}
	if (volume !== null && sheet.volumeVerdict === 'baseline-cheaper-above') {
		return [
			m.guide_change_up_to_volume({ requests: requestsAMonth(Math.floor(volume), fmt), ...within })
		];
	}
	if (sheet.volumeVerdict === 'baseline-cheaper-at-any-volume') {
		return [m.guide_change_any_volume({ fineTuned: sheet.fineTuned, baseline: sheet.baseline })];
	}
	return [];
}

/** The volume at which a fine-tuned column that pays back would stop doing so. */
function volumeAgainstPayback(sheet: SheetFacts, fmt: CostFormatter): string[] {
	const volume = sheet.breakEvenVolume;
	const within = { fineTuned: sheet.fineTuned, months: months(sheet.months, fmt) };
	if (volume !== null && sheet.volumeVerdict === 'scenario-cheaper-above') {
		return [
			m.guide_change_below_volume({ requests: requestsAMonth(Math.ceil(volume), fmt), ...within })
		];
	}
	if (volume !== null && sheet.volumeVerdict === 'baseline-cheaper-above') {
		return [
			m.guide_change_above_volume({ requests: requestsAMonth(Math.floor(volume), fmt), ...within })
		];
	}
	return [];
}

/** The dataset's figures, each as a reason. */
function dataReasons(data: DataFacts | null, useCase: UseCase, fmt: CostFormatter): Reason[] {
	if (!data) return [];
	const reasons: Reason[] = [countReason(data, useCase, fmt)];

	const near = data.nearDuplicates ?? 0;
	const duplicates = data.exactDuplicates + near;
	if (data.examples > 0 && duplicates / data.examples > DUPLICATE_SHARE_LIMIT) {
		reasons.push({
			text: m.guide_reason_duplicates({
				share: fmt.percent(duplicates / data.examples),
				exact: m.guide_duplicates_exact({
					count: data.exactDuplicates,
					shown: fmt.count(data.exactDuplicates)
				}),
				near:
					data.nearDuplicates === null
						? m.guide_duplicates_near_unchecked()
						: m.guide_duplicates_near({ count: near, shown: fmt.count(near) })
			}),
			basis: {
				kind: 'dataset',
				figure: data.exactDuplicates > 0 ? 'exactDuplicates' : 'nearDuplicates'
			},
			leaning: 'against'
		});
	}
	if (data.invalidRecords > 0) {
		reasons.push({
			text: m.guide_reason_invalid(counted(data.invalidRecords, fmt)),
			basis: { kind: 'dataset', figure: 'invalidRecords' },
			leaning: 'neutral'
		});
	}
	if (data.lengthOutliers > 0) {
		reasons.push({
			text: m.guide_reason_length_outliers(counted(data.lengthOutliers, fmt)),
			basis: { kind: 'dataset', figure: 'lengthOutliers' },
			leaning: 'neutral'
		});
	}
	if (data.overLimit > 0) {
		reasons.push({
			text: m.guide_reason_over_limit(counted(data.overLimit, fmt)),
			basis: { kind: 'dataset', figure: 'overLimit' },
			leaning: 'against'
		});
	}
	return reasons;
}

/** Usable examples against what the use case needs. */
function countReason(data: DataFacts, useCase: UseCase, fmt: CostFormatter): Reason {
	const need = MINIMUM_EXAMPLES[useCase];
	const name = USE_CASE_IN_SENTENCE[useCase];
	const usable = usableExamples(data);
	const setAside: string[] = [];
	if (data.exactDuplicates > 0) {
		setAside.push(m.guide_exact_duplicates(counted(data.exactDuplicates, fmt)));
	}
	if (data.nearDuplicates) {
		setAside.push(m.guide_near_duplicates(counted(data.nearDuplicates, fmt)));
	}
	const usableText = m.guide_usable_examples(counted(usable, fmt));
	const count =
		setAside.length > 0
			? m.guide_usable_set_aside({
					...counted(data.examples, fmt),
					usable: usableText,
					setAside: listOf(setAside)
				})
			: usableText;
	const basis = { kind: 'dataset', figure: 'examples' } as const;
	const minimum = fmt.count(need.minimum);

	if (usable < need.minimum) {
		return {
			text: m.guide_reason_count_short({ count, useCase: name, minimum }),
			basis,
			leaning: 'against'
		};
	}
	if (usable < need.comfortable) {
		return {
			text: m.guide_reason_count_safer({
				count,
				useCase: name,
				minimum,
				comfortable: fmt.count(need.comfortable)
			}),
			basis,
			leaning: 'for'
		};
	}
	return {
		text: m.guide_reason_count_enough({ count, useCase: name, minimum }),
		basis,
		leaning: 'for'
	};
}

/** A plural message's inputs: the count that picks the form, and the count as written. */
function counted(count: number, fmt: CostFormatter): { count: number; shown: string } {
	return { count, shown: fmt.count(count) };
}

function months(count: number, fmt: CostFormatter): string {
	return m.guide_months(counted(count, fmt));
}

function requestsAMonth(count: number, fmt: CostFormatter): string {
	return m.guide_requests_a_month(counted(count, fmt));
}

/** "a", "a and b", "a, b and c" (in the interface language). */
function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return m.guide_list_and({ first: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' });
}
