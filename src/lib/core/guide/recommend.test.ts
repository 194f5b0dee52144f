import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usdFormatter, type CostFormatter } from '../cost/format';
import { useLocale } from '../i18n/locale';
import { DUPLICATE_SHARE_LIMIT, paysBack, recommend, usableExamples } from './recommend';
import {
	DEFAULT_ANSWERS,
	type Approach,
	type DataFacts,
	type GuideAnswers,
	type SheetFacts
} from './types';

function answers(overrides: Partial<GuideAnswers>): GuideAnswers {
	return { ...DEFAULT_ANSWERS, ...overrides };
}

function data(overrides: Partial<DataFacts>): DataFacts {
	return {
		fileName: 'support-chats.jsonl',
		examples: 600,
		invalidRecords: 0,
		exactDuplicates: 0,
		nearDuplicates: 0,
		lengthOutliers: 0,
		overLimit: 0,
		...overrides
	};
}

const PAYS_BACK: SheetFacts = {
	baseline: 'Few-shot GPT-4.1',
	fineTuned: 'Fine-tuned GPT-4.1 mini',
	requestsPerMonth: 100_000,
	months: 12,
	totalDifference: -6330,
	breakEvenMonth: 2,
	breakEvenVolume: 12_345.6,
	volumeVerdict: 'scenario-cheaper-above'
};

const COSTS_MORE: SheetFacts = {
	...PAYS_BACK,
	requestsPerMonth: 5000,
	totalDifference: 1234.5,
	breakEvenMonth: null,
	breakEvenVolume: 48_250.2
};

const PAYBACK_REASON =
	'Fine-tuning pays back in month 2 at 100,000 requests a month: “Fine-tuned GPT-4.1 mini” costs ' +
	'$6,330.00 less than “Few-shot GPT-4.1” over 12 months.';
const COSTS_MORE_REASON =
	'Fine-tuning does not pay back within 12 months at 5,000 requests a month: “Fine-tuned GPT-4.1 mini” ' +
	'costs $1,234.50 more than “Few-shot GPT-4.1”.';
const NO_GOAL_HEADLINE =
	'Start with few-shot examples in the prompt, and choose a goal to weigh fine-tuning.';
const FINE_TUNE_HEADLINE = 'Fine-tune: train a first model and test it against the base model.';

interface Case {
	name: string;
	answers: Partial<GuideAnswers>;
	data: DataFacts | null;
	sheet: SheetFacts | null;
	approach: Approach;
	headline: string;
	/** Reason texts that must be among the reasons. */
	reasons?: string[];
	/** Entries that must be among wouldChange. */
	wouldChange?: string[];
}

const CASES: Case[] = [
	{
		name: 'still experimenting, whatever the goal',
		answers: { goal: 'style', experimenting: true },
		data: data({}),
		sheet: PAYS_BACK,
		approach: 'prompt-engineering',
		headline: 'Keep refining the prompt until the task settles.',
		reasons: [
			'The team is still working out what the model should do: a fine-tuned model fixes ' +
				"today's behaviour, and every change of plan would mean new data and a new training job."
		],
		wouldChange: ['Once the task stops changing, fine-tuning can be weighed against prompting.']
	},
	{
		name: 'still experimenting comes before retrieval',
		answers: { goal: 'knowledge', changesOften: true, experimenting: true },
		data: null,
		sheet: null,
		approach: 'prompt-engineering',
		headline: 'Keep refining the prompt until the task settles.'
	},
	{
		name: 'knowledge that changes often',
		answers: { goal: 'knowledge', changesOften: true, experimenting: false },
		data: data({}),
		sheet: null,
		approach: 'rag',
		headline:
			'Use retrieval (RAG): look the facts up and give them to the model with each question.',
		reasons: [
			'The information changes often: facts trained into a model go stale until it is trained ' +
				'again, while retrieval reads the current version.'
		],
		wouldChange: [
			"If the information rarely changed, fine-tuning could teach the domain's knowledge."
		]
	},
	{
		name: 'knowledge with citations',
		answers: { goal: 'knowledge', needsCitations: true },
		data: data({}),
		sheet: null,
		approach: 'rag',
		headline:
			'Use retrieval (RAG): look the facts up and give them to the model with each question.',
		reasons: [
			'Answers must cite their sources: a fine-tuned model cannot say where a fact came from, ' +
				'while retrieval hands the sources to the model with each question.'
		],
		wouldChange: ["If answers needed no citations, fine-tuning could teach the domain's knowledge."]
	},
	{
		name: 'knowledge that changes often with citations',
		answers: { goal: 'knowledge', changesOften: true, needsCitations: true },
		data: null,
		sheet: null,
		approach: 'rag',
		headline:
			'Use retrieval (RAG): look the facts up and give them to the model with each question.',
		wouldChange: [
			'If the information rarely changed and answers needed no citations, fine-tuning could teach ' +
				"the domain's knowledge."
		]
	},
	{
		name: 'knowledge that stays put without citations',
		answers: { goal: 'knowledge', changesOften: false, needsCitations: false },
		data: data({ examples: 250 }),
		sheet: null,
		approach: 'fine-tune',
		headline: FINE_TUNE_HEADLINE,
		reasons: [
			'The information rarely changes, so what the model learns stays current.',
			'Answers need not cite sources, which a fine-tuned model could not do.',
			'250 usable examples: enough for task specialisation, which needs at least 200; 500 would be ' +
				'safer.'
		],
		wouldChange: [
			'If the information changed often or answers had to cite sources, retrieval (RAG) would fit ' +
				'better.'
		]
	},
	{
		name: 'cost that does not pay back',
		answers: { goal: 'cost' },
		data: data({}),
		sheet: COSTS_MORE,
		approach: 'few-shot',
		headline: 'Stay with few-shot prompting: over 12 months fine-tuning costs $1,234.50 more.',
		reasons: [COSTS_MORE_REASON],
		wouldChange: [
			'From 48,251 requests a month, “Fine-tuned GPT-4.1 mini” pays back within 12 months.'
		]
	},
	{
		name: 'cost that pays back',
		answers: { goal: 'cost' },
		data: data({}),
		sheet: PAYS_BACK,
		approach: 'fine-tune',
		headline: FINE_TUNE_HEADLINE,
		reasons: [PAYBACK_REASON],
		wouldChange: [
			'Below 12,346 requests a month, “Fine-tuned GPT-4.1 mini” no longer pays back within 12 months.'
		]
	},
	{
		name: 'cost without a comparison on the sheet',
		answers: { goal: 'cost' },
		data: data({}),
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: compare the costs on the sheet first.',
		reasons: [
			'The sheet has no comparison yet: set a prompted column as the baseline and add a ' +
				'fine-tuned one to see whether fine-tuning pays back.'
		]
	},
	{
		name: 'cost without a comparison or a dataset',
		answers: { goal: 'cost' },
		data: null,
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: compare the costs on the sheet and analyse the training data first.'
	},
	{
		name: 'style with 60 examples for a style adjustment',
		answers: { goal: 'style', useCase: 'style' },
		data: data({ examples: 60 }),
		sheet: null,
		approach: 'fine-tune',
		headline: FINE_TUNE_HEADLINE,
		reasons: [
			'The goal is a consistent style or tone: fine-tuning learns it from examples and holds it ' +
				'better than instructions do.',
			'60 usable examples: enough for style adjustment, which needs at least 50; 100 would be safer.'
		]
	},
	{
		name: 'style with 40 examples for a style adjustment',
		answers: { goal: 'style', useCase: 'style' },
		data: data({ examples: 40 }),
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: collect at least 10 more examples first.',
		reasons: ['40 usable examples; style adjustment needs at least 50.'],
		wouldChange: [
			'With 10 more usable examples (50 in all), fine-tuning for style adjustment would be worth ' +
				'trying.'
		]
	},
	{
		name: 'task specialisation with 143 examples',
		answers: { goal: 'performance', useCase: 'task' },
		data: data({ examples: 143 }),
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: collect at least 57 more examples first.',
		reasons: ['143 usable examples; task specialisation needs at least 200.'],
		wouldChange: [
			'With 57 more usable examples (200 in all), fine-tuning for task specialisation would be ' +
				'worth trying.'
		]
	},
	{
		name: 'complex behaviour with 999 examples',
		answers: { goal: 'performance', useCase: 'complex' },
		data: data({ examples: 999 }),
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: collect at least 1 more example first.',
		reasons: ['999 usable examples; complex behaviour needs at least 1,000.']
	},
	{
		name: 'complex behaviour with 1,000 examples',
		answers: { goal: 'performance', useCase: 'complex' },
		data: data({ examples: 1000 }),
		sheet: null,
		approach: 'fine-tune',
		headline: FINE_TUNE_HEADLINE,
		reasons: ['1,000 usable examples: enough for complex behaviour, which needs at least 1,000.']
	},
	{
		name: 'duplicates pushing the usable examples under the minimum',
		answers: { goal: 'style', useCase: 'task' },
		data: data({ examples: 230, exactDuplicates: 20, nearDuplicates: 15 }),
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: collect at least 5 more examples first.',
		reasons: [
			'195 usable examples (230 valid, less 20 exact duplicates and 15 near duplicates); task ' +
				'specialisation needs at least 200.',
			'Duplicates make up 15.2% of the examples (20 exact, 15 near): clean and curate them, since ' +
				'a repeated example teaches nothing new and gives its answer extra weight.'
		]
	},
	{
		name: 'the same examples before the near-duplicate check',
		answers: { goal: 'style', useCase: 'task' },
		data: data({ examples: 230, exactDuplicates: 20, nearDuplicates: null }),
		sheet: null,
		approach: 'fine-tune',
		headline: FINE_TUNE_HEADLINE,
		reasons: [
			'210 usable examples (230 valid, less 20 exact duplicates): enough for task ' +
				'specialisation, which needs at least 200; 500 would be safer.',
			'Duplicates make up 8.7% of the examples (20 exact, near duplicates not checked yet): clean ' +
				'and curate them, since a repeated example teaches nothing new and gives its answer extra ' +
				'weight.'
		]
	},
	{
		name: 'no goal and no sheet',
		answers: {},
		data: data({}),
		sheet: null,
		approach: 'few-shot',
		headline: NO_GOAL_HEADLINE,
		reasons: [
			'No goal chosen yet: say what fine-tuning should improve (style, knowledge, performance or ' +
				'cost) so that it can be weighed.'
		],
		wouldChange: [
			'A goal of style, performance, or knowledge that rarely changes would favour fine-tuning.'
		]
	},
	{
		name: 'no goal and a sheet without payback',
		answers: {},
		data: data({}),
		sheet: COSTS_MORE,
		approach: 'few-shot',
		headline: NO_GOAL_HEADLINE,
		reasons: [COSTS_MORE_REASON],
		wouldChange: [
			'From 48,251 requests a month, “Fine-tuned GPT-4.1 mini” pays back within 12 months.'
		]
	},
	{
		name: 'no goal and a sheet that pays back',
		answers: {},
		data: data({}),
		sheet: PAYS_BACK,
		approach: 'fine-tune',
		headline: FINE_TUNE_HEADLINE,
		reasons: [
			'No goal chosen: only the figures on the sheet speak for fine-tuning.',
			PAYBACK_REASON
		],
		wouldChange: [
			'Below 12,346 requests a month, “Fine-tuned GPT-4.1 mini” no longer pays back within 12 months.'
		]
	},
	{
		name: 'no dataset analysed',
		answers: { goal: 'style' },
		data: null,
		sheet: null,
		approach: 'fine-tune-later',
		headline: 'Fine-tune later: analyse the training data first.',
		reasons: [
			'No training data analysed yet, so there is no telling whether there are enough examples.'
		],
		wouldChange: [
			'With at least 200 usable examples analysed, fine-tuning for task specialisation could go ahead.'
		]
	}
];

describe('recommend', () => {
	it.each(CASES)('$name', (c) => {
		const result = recommend(answers(c.answers), c.data, c.sheet);
		expect(result.approach).toBe(c.approach);
		expect(result.headline).toBe(c.headline);
		const texts = result.reasons.map((reason) => reason.text);
		for (const text of c.reasons ?? []) expect(texts).toContain(text);
		for (const text of c.wouldChange ?? []) expect(result.wouldChange).toContain(text);
	});

	it('keeps the sheet and data facts whatever the approach', () => {
		const facts = data({ examples: 143, overLimit: 3 });
		for (const given of [
			{ experimenting: true },
			{ goal: 'knowledge', changesOften: true } as const,
			{ goal: 'cost' } as const,
			{ goal: 'style' } as const
		]) {
			const texts = recommend(answers(given), facts, COSTS_MORE).reasons.map((r) => r.text);
			expect(texts).toContain(COSTS_MORE_REASON);
			expect(texts).toContain('143 usable examples; task specialisation needs at least 200.');
		}
	});

	it('counts a break-even month against a total that ends above the baseline', () => {
		// A retraining job late in the horizon can push the fine-tuned column back above the baseline.
		const dipsThenRises: SheetFacts = { ...COSTS_MORE, breakEvenMonth: 3 };
		expect(paysBack(dipsThenRises)).toBe(false);
		const result = recommend(answers({ goal: 'cost' }), data({}), dipsThenRises);
		expect(result.approach).toBe('few-shot');
		expect(result.reasons.map((reason) => reason.text)).toContain(COSTS_MORE_REASON);
	});

	it('says when no volume makes fine-tuning pay back', () => {
		const never: SheetFacts = {
			...COSTS_MORE,
			breakEvenVolume: null,
			volumeVerdict: 'baseline-cheaper-at-any-volume'
		};
		expect(recommend(answers({ goal: 'cost' }), data({}), never).wouldChange).toContain(
			'“Fine-tuned GPT-4.1 mini” costs more than “Few-shot GPT-4.1” at any volume: it would take a ' +
				'lower price per request, or lower training and hosting costs, to pay back.'
		);
	});

	it('names the volume below which a fine-tuned column that is cheaper at low volume pays back', () => {
		const cheaperBelow: SheetFacts = {
			...COSTS_MORE,
			breakEvenVolume: 3210.9,
			volumeVerdict: 'baseline-cheaper-above'
		};
		expect(recommend(answers({ goal: 'cost' }), data({}), cheaperBelow).wouldChange).toContain(
			'At up to 3,210 requests a month, “Fine-tuned GPT-4.1 mini” pays back within 12 months.'
		);
	});

	it('writes money with the formatter it is given', () => {
		const euros: CostFormatter = {
			...usdFormatter,
			money: (usd) => `€${(usd * 0.9).toFixed(2)}`
		};
		const result = recommend(answers({ goal: 'cost' }), data({}), COSTS_MORE, euros);
		expect(result.headline).toBe(
			'Stay with few-shot prompting: over 12 months fine-tuning costs €1111.05 more.'
		);
	});

	it('gives every reason the answer or figure it rests on', () => {
		const result = recommend(
			answers({
				goal: 'knowledge',
				changesOften: false,
				needsCitations: false,
				experimenting: false
			}),
			data({
				examples: 400,
				invalidRecords: 1,
				exactDuplicates: 21,
				lengthOutliers: 2,
				overLimit: 4
			}),
			PAYS_BACK
		);
		expect(result.approach).toBe('fine-tune');
		expect(result.reasons).toEqual([
			{
				text:
					"The goal is specialised knowledge: fine-tuning teaches a field's terms and the facts " +
					'that stay put.',
				basis: { kind: 'answer', question: 'goal' },
				leaning: 'for'
			},
			{
				text: 'The information rarely changes, so what the model learns stays current.',
				basis: { kind: 'answer', question: 'changesOften' },
				leaning: 'for'
			},
			{
				text: 'Answers need not cite sources, which a fine-tuned model could not do.',
				basis: { kind: 'answer', question: 'needsCitations' },
				leaning: 'for'
			},
			{
				text: 'The task has settled, so a trained model will not be outdated by the next change of plan.',
				basis: { kind: 'answer', question: 'experimenting' },
				leaning: 'for'
			},
			{ text: PAYBACK_REASON, basis: { kind: 'sheet', figure: 'breakEvenMonth' }, leaning: 'for' },
			{
				text:
					'379 usable examples (400 valid, less 21 exact duplicates): enough for task ' +
					'specialisation, which needs at least 200; 500 would be safer.',
				basis: { kind: 'dataset', figure: 'examples' },
				leaning: 'for'
			},
			{
				text:
					'Duplicates make up 5.3% of the examples (21 exact, 0 near): clean and curate them, ' +
					'since a repeated example teaches nothing new and gives its answer extra weight.',
				basis: { kind: 'dataset', figure: 'exactDuplicates' },
				leaning: 'against'
			},
			{
				text: '1 record could not be read and is left out of training until fixed.',
				basis: { kind: 'dataset', figure: 'invalidRecords' },
				leaning: 'neutral'
			},
			{
				text:
					'2 examples are far longer or shorter than the rest: check that they are complete and ' +
					'meant to be there.',
				basis: { kind: 'dataset', figure: 'lengthOutliers' },
				leaning: 'neutral'
			},
			{
				text:
					'4 examples are over the token limit per example: training cuts them off there, so ' +
					'shorten or split them.',
				basis: { kind: 'dataset', figure: 'overLimit' },
				leaning: 'against'
			}
		]);
	});

	it('flags duplicates only above 5 % of the examples', () => {
		const duplicateReason = (exactDuplicates: number) =>
			recommend(
				answers({ goal: 'style' }),
				data({ examples: 400, exactDuplicates }),
				null
			).reasons.some((reason) => reason.text.startsWith('Duplicates make up'));
		expect(DUPLICATE_SHARE_LIMIT).toBe(0.05);
		expect(duplicateReason(20)).toBe(false);
		expect(duplicateReason(21)).toBe(true);
	});

	it('sets both kinds of duplicates aside, never below zero', () => {
		expect(usableExamples(data({ examples: 300, exactDuplicates: 40, nearDuplicates: 10 }))).toBe(
			250
		);
		expect(usableExamples(data({ examples: 300, exactDuplicates: 40, nearDuplicates: null }))).toBe(
			260
		);
		expect(usableExamples(data({ examples: 5, exactDuplicates: 4, nearDuplicates: 3 }))).toBe(0);
	});
});

describe('recommend in French', () => {
	beforeEach(() => useLocale('fr'));
	afterEach(() => useLocale('en'));

	it('writes the headline, the reasons and what would change it in French', () => {
		const result = recommend(
			answers({ goal: 'style', useCase: 'style' }),
			data({ examples: 40 }),
			null
		);
		expect(result.approach).toBe('fine-tune-later');
		expect(result.headline).toBe(
			'Fine-tunez plus tard\u00a0: commencez par réunir au moins 10 exemples de plus.'
		);
		expect(result.reasons.map((reason) => reason.text)).toContain(
			'40 exemples exploitables\u00a0; il en faut au moins 50 pour l’ajustement du style.'
		);
		expect(result.wouldChange).toContain(
			'Avec 10 exemples exploitables de plus (50 au total), le fine-tuning pour l’ajustement du ' +
				'style vaudrait la peine d’être essayé.'
		);
	});

	it('writes the sheet’s figures with the formatter it is given, in the French sentence', () => {
		const fr: CostFormatter = {
			...usdFormatter,
			money: (usd) =>
				new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(usd),
			count: (value) => new Intl.NumberFormat('fr-FR').format(value)
		};
		const result = recommend(answers({ goal: 'cost' }), data({}), COSTS_MORE, fr);
		expect(result.headline).toBe(
			'Restez au prompting few-shot\u00a0: sur 12 mois, le fine-tuning coûte 1\u202f234,50\u00a0€ de plus.'
		);
		expect(result.reasons.map((reason) => reason.text)).toContain(
			'Le fine-tuning n’est pas amorti en 12 mois à 5\u202f000 requêtes par mois\u00a0: ' +
				'«\u00a0Fine-tuned GPT-4.1 mini\u00a0» coûte 1\u202f234,50\u00a0€ de plus que ' +
				'«\u00a0Few-shot GPT-4.1\u00a0».'
		);
	});

	it('uses the singular for one', () => {
		const result = recommend(
			answers({ goal: 'performance', useCase: 'complex' }),
			data({ examples: 999, invalidRecords: 1 }),
			null
		);
		expect(result.headline).toBe(
			'Fine-tunez plus tard\u00a0: commencez par réunir au moins 1 exemple de plus.'
		);
		expect(result.reasons.map((reason) => reason.text)).toContain(
			'1 enregistrement n’a pas pu être lu et reste exclu de l’entraînement jusqu’à sa correction.'
		);
	});
});
