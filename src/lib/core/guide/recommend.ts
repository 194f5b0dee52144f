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
 */

import { usdFormatter, type CostFormatter } from '../cost/format';
import { plural } from '../cost/line-item';
import { MINIMUM_EXAMPLES, USE_CASE_LABELS } from './guidance';
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
			headline: 'Keep refining the prompt until the task settles.',
			reasons: [
				{
					text:
						'The team is still working out what the model should do: a fine-tuned model fixes ' +
						"today's behaviour, and every change of plan would mean new data and a new training job.",
					basis: { kind: 'answer', question: 'experimenting' },
					leaning: 'against'
				},
				...facts
			],
			wouldChange: ['Once the task stops changing, fine-tuning can be weighed against prompting.']
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
			headline:
				`Stay with few-shot prompting: over ${months(sheet.months, fmt)} fine-tuning costs ` +
				`${fmt.money(Math.max(0, sheet.totalDifference))} more.`,
			reasons: [
				{
					text:
						'The goal is lower cost: fine-tuning has to save more on every request than its ' +
						'training and hosting cost.',
					basis: { kind: 'answer', question: 'goal' },
					leaning: 'neutral'
				},
				...facts
			],
			wouldChange: [
				...volumeForPayback(sheet, fmt),
				'If the goal were style, knowledge or performance rather than cost, fine-tuning could be ' +
					'worth its extra cost.'
			]
		};
	}

	if (answers.goal === null && !sheetPaysBack) {
		return {
			approach: 'few-shot',
			headline:
				'Start with few-shot examples in the prompt, and choose a goal to weigh fine-tuning.',
			reasons: [
				{
					text:
						'No goal chosen yet: say what fine-tuning should improve (style, knowledge, ' +
						'performance or cost) so that it can be weighed.',
					basis: { kind: 'answer', question: 'goal' },
					leaning: 'neutral'
				},
				...facts
			],
			wouldChange: [
				'A goal of style, performance, or knowledge that rarely changes would favour fine-tuning.',
				...(sheet ? volumeForPayback(sheet, fmt) : [])
			]
		};
	}

	return fineTuning(answers, data, sheet, facts, fmt);
}

function retrieval(answers: GuideAnswers, facts: Reason[]): Recommendation {
	const reasons: Reason[] = [];
	const otherwise: string[] = [];
	if (answers.changesOften === true) {
		reasons.push({
			text:
				'The information changes often: facts trained into a model go stale until it is trained ' +
				'again, while retrieval reads the current version.',
			basis: { kind: 'answer', question: 'changesOften' },
			leaning: 'against'
		});
		otherwise.push('the information rarely changed');
	}
	if (answers.needsCitations === true) {
		reasons.push({
			text:
				'Answers must cite their sources: a fine-tuned model cannot say where a fact came from, ' +
				'while retrieval hands the sources to the model with each question.',
			basis: { kind: 'answer', question: 'needsCitations' },
			leaning: 'against'
		});
		otherwise.push('answers needed no citations');
	}
	return {
		approach: 'rag',
		headline:
			'Use retrieval (RAG): look the facts up and give them to the model with each question.',
		reasons: [...reasons, ...facts],
		wouldChange: [
			`If ${listOf(otherwise)}, fine-tuning could teach the domain's knowledge.`,
			"If the aim is the field's vocabulary and tone rather than its facts, fine-tuning for style " +
				'can work alongside retrieval.'
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
	const useCase = useCaseName(answers.useCase);

	if (answers.experimenting === null) {
		wouldChange.push('If the team is still experimenting with the task, refine the prompt first.');
	}
	if (answers.goal === 'knowledge') {
		wouldChange.push(
			'If the information changed often or answers had to cite sources, retrieval (RAG) would fit ' +
				'better.'
		);
	}

	if (answers.goal === 'cost' && !sheet) {
		missing.push('compare the costs on the sheet');
		reasons.push({
			text:
				'The sheet has no comparison yet: set a prompted column as the baseline and add a fine-tuned ' +
				'one to see whether fine-tuning pays back.',
			basis: { kind: 'sheet', figure: 'none' },
			leaning: 'neutral'
		});
		wouldChange.push(
			'If the sheet shows fine-tuning not paying back within the horizon, few-shot prompting stays ' +
				'the cheaper choice.'
		);
	}
	if (sheet && paysBack(sheet) && (answers.goal === 'cost' || answers.goal === null)) {
		wouldChange.push(...volumeAgainstPayback(sheet, fmt));
	}

	if (!data) {
		missing.push('analyse the training data');
		reasons.push({
			text: 'No training data analysed yet, so there is no telling whether there are enough examples.',
			basis: { kind: 'dataset', figure: 'none' },
			leaning: 'neutral'
		});
		wouldChange.push(
			`With at least ${fmt.count(need.minimum)} usable examples analysed, fine-tuning for ${useCase} ` +
				'could go ahead.'
		);
	} else {
		const shortfall = need.minimum - usableExamples(data);
		if (shortfall > 0) {
			missing.push(`collect at least ${plural(shortfall, 'more example', 'more examples', fmt)}`);
			wouldChange.push(
				`With ${plural(shortfall, 'more usable example', 'more usable examples', fmt)} ` +
					`(${fmt.count(need.minimum)} in all), fine-tuning for ${useCase} would be worth trying.`
			);
		}
	}

	if (missing.length > 0) {
		return {
			approach: 'fine-tune-later',
			headline: `Fine-tune later: ${listOf(missing)} first.`,
			reasons: [...reasons, ...facts],
			wouldChange
		};
	}
	return {
		approach: 'fine-tune',
		headline: 'Fine-tune: train a first model and test it against the base model.',
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
			reasons.push({
				text:
					'The goal is a consistent style or tone: fine-tuning learns it from examples and holds ' +
					'it better than instructions do.',
				basis: goal,
				leaning: 'for'
			});
			break;
		case 'knowledge':
			reasons.push({
				text:
					"The goal is specialised knowledge: fine-tuning teaches a field's terms and the facts " +
					'that stay put.',
				basis: goal,
				leaning: 'for'
			});
			if (answers.changesOften === false) {
				reasons.push({
					text: 'The information rarely changes, so what the model learns stays current.',
					basis: { kind: 'answer', question: 'changesOften' },
					leaning: 'for'
				});
			}
			if (answers.needsCitations === false) {
				reasons.push({
					text: 'Answers need not cite sources, which a fine-tuned model could not do.',
					basis: { kind: 'answer', question: 'needsCitations' },
					leaning: 'for'
				});
			}
			break;
		case 'performance':
			reasons.push({
				text:
					'The goal is performance: a fine-tuned model needs a shorter prompt and answers faster ' +
					'and more consistently.',
				basis: goal,
				leaning: 'for'
			});
			break;
		case 'cost':
			reasons.push({
				text:
					'The goal is lower cost: a smaller fine-tuned model with a shorter prompt can cost less ' +
					'per request.',
				basis: goal,
				leaning: 'for'
			});
			break;
		case null:
			reasons.push({
				text: 'No goal chosen: only the figures on the sheet speak for fine-tuning.',
				basis: goal,
				leaning: 'neutral'
			});
			break;
	}
	if (answers.experimenting === false) {
		reasons.push({
			text: 'The task has settled, so a trained model will not be outdated by the next change of plan.',
			basis: { kind: 'answer', question: 'experimenting' },
			leaning: 'for'
		});
	}
	return reasons;
}

/** The sheet's verdict, whichever way it goes. */
function sheetReasons(sheet: SheetFacts | null, fmt: CostFormatter): Reason[] {
	if (!sheet) return [];
	const requests = `${plural(sheet.requestsPerMonth, 'request', 'requests', fmt)} a month`;
	if (paysBack(sheet) && sheet.breakEvenMonth !== null) {
		return [
			{
				text:
					`Fine-tuning pays back in month ${fmt.count(sheet.breakEvenMonth)} at ${requests}: ` +
					`“${sheet.fineTuned}” costs ${fmt.money(Math.max(0, -sheet.totalDifference))} less than ` +
					`“${sheet.baseline}” over ${months(sheet.months, fmt)}.`,
				basis: { kind: 'sheet', figure: 'breakEvenMonth' },
				leaning: 'for'
			}
		];
	}
	return [
		{
			text:
				`Fine-tuning does not pay back within ${months(sheet.months, fmt)} at ${requests}: ` +
				`“${sheet.fineTuned}” costs ${fmt.money(Math.max(0, sheet.totalDifference))} more than ` +
				`“${sheet.baseline}”.`,
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
	const within = `pays back within ${months(sheet.months, fmt)}`;
	if (volume !== null && sheet.volumeVerdict === 'scenario-cheaper-above') {
		return [
			`From ${plural(Math.ceil(volume), 'request', 'requests', fmt)} a month, ` +
				`“${sheet.fineTuned}” ${within}.`
		];
	}
	if (volume !== null && sheet.volumeVerdict === 'baseline-cheaper-above') {
		return [
			`At up to ${plural(Math.floor(volume), 'request', 'requests', fmt)} a month, ` +
				`“${sheet.fineTuned}” ${within}.`
		];
	}
	if (sheet.volumeVerdict === 'baseline-cheaper-at-any-volume') {
		return [
			`“${sheet.fineTuned}” costs more than “${sheet.baseline}” at any volume: it would take a ` +
				'lower price per request, or lower training and hosting costs, to pay back.'
		];
	}
	return [];
}

/** The volume at which a fine-tuned column that pays back would stop doing so. */
function volumeAgainstPayback(sheet: SheetFacts, fmt: CostFormatter): string[] {
	const volume = sheet.breakEvenVolume;
	const notWithin = `no longer pays back within ${months(sheet.months, fmt)}`;
	if (volume !== null && sheet.volumeVerdict === 'scenario-cheaper-above') {
		return [
			`Below ${plural(Math.ceil(volume), 'request', 'requests', fmt)} a month, ` +
				`“${sheet.fineTuned}” ${notWithin}.`
		];
	}
	if (volume !== null && sheet.volumeVerdict === 'baseline-cheaper-above') {
		return [
			`Above ${plural(Math.floor(volume), 'request', 'requests', fmt)} a month, ` +
				`“${sheet.fineTuned}” ${notWithin}.`
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
		const nearText =
			data.nearDuplicates === null ? 'near duplicates not checked yet' : `${fmt.count(near)} near`;
		reasons.push({
			text:
				`Duplicates make up ${fmt.percent(duplicates / data.examples)} of the examples ` +
				`(${fmt.count(data.exactDuplicates)} exact, ${nearText}): clean and curate them, since a ` +
				'repeated example teaches nothing new and gives its answer extra weight.',
			basis: {
				kind: 'dataset',
				figure: data.exactDuplicates > 0 ? 'exactDuplicates' : 'nearDuplicates'
			},
			leaning: 'against'
		});
	}
	if (data.invalidRecords > 0) {
		reasons.push({
			text:
				`${plural(data.invalidRecords, 'record', 'records', fmt)} could not be read and ` +
				`${data.invalidRecords === 1 ? 'is' : 'are'} left out of training until fixed.`,
			basis: { kind: 'dataset', figure: 'invalidRecords' },
			leaning: 'neutral'
		});
	}
	if (data.lengthOutliers > 0) {
		reasons.push({
			text:
				`${plural(data.lengthOutliers, 'example is', 'examples are', fmt)} far longer or shorter ` +
				'than the rest: check that they are complete and meant to be there.',
			basis: { kind: 'dataset', figure: 'lengthOutliers' },
			leaning: 'neutral'
		});
	}
	if (data.overLimit > 0) {
		reasons.push({
			text:
				`${plural(data.overLimit, 'example is', 'examples are', fmt)} over the token limit per ` +
				'example: training cuts them off there, so shorten or split them.',
			basis: { kind: 'dataset', figure: 'overLimit' },
			leaning: 'against'
		});
	}
	return reasons;
}

/** Usable examples against what the use case needs. */
function countReason(data: DataFacts, useCase: UseCase, fmt: CostFormatter): Reason {
	const need = MINIMUM_EXAMPLES[useCase];
	const name = useCaseName(useCase);
	const usable = usableExamples(data);
	const setAside: string[] = [];
	if (data.exactDuplicates > 0) {
		setAside.push(plural(data.exactDuplicates, 'exact duplicate', 'exact duplicates', fmt));
	}
	if (data.nearDuplicates) {
		setAside.push(plural(data.nearDuplicates, 'near duplicate', 'near duplicates', fmt));
	}
	const count =
		plural(usable, 'usable example', 'usable examples', fmt) +
		(setAside.length > 0 ? ` (${fmt.count(data.examples)} valid, less ${listOf(setAside)})` : '');
	const basis = { kind: 'dataset', figure: 'examples' } as const;
	const minimum = fmt.count(need.minimum);

	if (usable < need.minimum) {
		return { text: `${count}; ${name} needs at least ${minimum}.`, basis, leaning: 'against' };
	}
	if (usable < need.comfortable) {
		return {
			text:
				`${count}: enough for ${name}, which needs at least ${minimum}; ` +
				`${fmt.count(need.comfortable)} would be safer.`,
			basis,
			leaning: 'for'
		};
	}
	return {
		text: `${count}: enough for ${name}, which needs at least ${minimum}.`,
		basis,
		leaning: 'for'
	};
}

/** The use case inside a sentence; the labels are plain words, so lower case reads right. */
function useCaseName(useCase: UseCase): string {
	return USE_CASE_LABELS[useCase].label.toLowerCase();
}

function months(count: number, fmt: CostFormatter): string {
	return plural(count, 'month', 'months', fmt);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
