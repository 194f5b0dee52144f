import { formatCount, formatDecimal } from '../format';
import { m } from '../i18n/locale';
import type { TokenizerRef } from '../tokenize/tokenizers';
import { billAgainstLimit, defaultEpochs, explainDefaultEpochs } from './billing';
import {
	distributionOfSorted,
	histogram,
	quartilesOfSorted,
	sortedCopy,
	type Distribution,
	type Histogram
} from './distribution';
import { duplicateIssues, type DatasetStats, type TokenTotals } from './stats';
import { ISSUE_CODES, type DatasetFormat, type DatasetIssue, type IssueCode } from './types';

/** OpenAI's minimum number of training examples. */
export const MIN_EXAMPLES = 10;

export interface DatasetSummary {
	format: DatasetFormat;
	encoding: TokenizerRef;
	bytes: number;
	lines: number;
	records: number;
	/** Valid examples; every token figure covers these only. */
	examples: number;
	invalidRecords: number;
	messages: number;
	imageParts: number;
	tokens: TokenTotals & { perExample: Distribution | null };
	/** Average content tokens per example, by role: the scenario sheet's prompt inputs. */
	averagePerExample: { system: number; user: number; assistant: number; messages: number };
	billing: {
		maxTokensPerExample: number;
		billedTokensPerEpoch: number;
		examplesOverLimit: number;
		tokensCut: number;
		defaultEpochs: number;
		billedTrainingTokens: number;
	};
	/** How the billing figures follow, in the language current when summarised (the page redoes them live). */
	explanations: BillingExplanations;
	histogram: Histogram;
	/** Examples far longer or shorter than the rest, by their token counts (see `lengthOutliers`). */
	lengthOutliers: LengthOutliers;
	issueCounts: Partial<Record<IssueCode, number>>;
	errors: DatasetIssue[];
	warnings: DatasetIssue[];
	/** Issues found but not kept for display (the counts include them). */
	issuesNotKept: number;
}

export interface BillingExplanations {
	billedTokensPerEpoch: string;
	defaultEpochs: string;
	billedTrainingTokens: string;
}

/** How each billing figure follows from the examples and the limit, in the current language. */
export function explainBilling(
	examples: number,
	billing: DatasetSummary['billing']
): BillingExplanations {
	const figures = {
		count: examples,
		examples: formatCount(examples),
		billed: formatCount(billing.billedTokensPerEpoch),
		limit: formatCount(billing.maxTokensPerExample)
	};
	return {
		billedTokensPerEpoch:
			billing.examplesOverLimit === 0
				? m.dataset_explain_billed_none_over(figures)
				: m.dataset_explain_billed_over({
						...figures,
						over: formatCount(billing.examplesOverLimit),
						cut: formatCount(billing.tokensCut)
					}),
		defaultEpochs: explainDefaultEpochs(examples),
		billedTrainingTokens: m.dataset_explain_training({
			count: billing.defaultEpochs,
			epochs: formatCount(billing.defaultEpochs),
			billed: formatCount(billing.billedTokensPerEpoch),
			total: formatCount(billing.billedTrainingTokens)
		})
	};
}

/** The spread of tokens per example beyond its median: mean and percentiles. */
export function spreadNote(spread: Distribution): string {
	return m.dataset_figure_spread_note({
		mean: formatDecimal(spread.mean),
		p10: formatDecimal(spread.p10),
		p90: formatDecimal(spread.p90),
		p99: formatDecimal(spread.p99)
	});
}

export interface LengthOutliers {
	/** Examples with more tokens than `above`. */
	long: number;
	/** Examples with fewer tokens than `below`. */
	short: number;
	above: number;
	below: number;
}

/** How far past the quartiles a count must lie to be an outlier, in interquartile ranges. */
const FAR_OUT_IQRS = 3;

/**
 * Length outliers by Tukey's "far out" fences: above Q3 + 3·IQR or below max(0, Q1 − 3·IQR), where Q1 and Q3
 * are the 25th and 75th percentiles of the per-example token counts (interpolated as the distribution's are) and
 * IQR = Q3 − Q1 (at least 1). Three IQRs rather than the usual 1.5 flag only examples that are clearly unlike the rest, since
 * token counts are skewed to the right. `sorted` holds the counts in ascending order.
 */
export function lengthOutliers(sorted: Uint32Array): LengthOutliers {
	const quartiles = quartilesOfSorted(sorted);
	if (!quartiles) return { long: 0, short: 0, above: 0, below: 0 };
	// At least one token: when most examples have the same length the IQR is 0, and every other length would be
	// "far out".
	const spread = Math.max(1, quartiles.q3 - quartiles.q1);
	const above = quartiles.q3 + FAR_OUT_IQRS * spread;
	const below = Math.max(0, quartiles.q1 - FAR_OUT_IQRS * spread);
	let long = 0;
	let short = 0;
	for (let i = 0; i < sorted.length; i++) {
		const tokens = sorted[i]!;
		if (tokens > above) long++;
		else if (tokens < below) short++;
	}
	return { long, short, above, below };
}

function overLimitIssues(stats: DatasetStats, limit: number): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	for (let i = 0; i < stats.perExample.length; i++) {
		const tokens = stats.perExample[i]!;
		if (tokens <= limit) continue;
		issues.push({
			code: 'over_token_limit',
			line: stats.exampleLines[i]!,
			message: m.dataset_msg_over_limit({
				count: tokens - limit,
				tokens: formatCount(tokens),
				cut: formatCount(tokens - limit),
				limit: formatCount(limit)
			})
		});
	}
	return issues;
}

const byLine = (a: DatasetIssue, b: DatasetIssue) => (a.line ?? 0) - (b.line ?? 0);

/** The figures a person reads, from merged stats; cheap enough to redo when the limit changes. */
export function summarize(
	stats: DatasetStats,
	options: { format: DatasetFormat; encoding: TokenizerRef; maxTokensPerExample: number }
): DatasetSummary {
	const limit = options.maxTokensPerExample;
	const { examples } = stats;
	const billed = billAgainstLimit(stats.perExample, limit);
	const epochs = defaultEpochs(examples);
	const billedTrainingTokens = billed.billedTokensPerEpoch * epochs;

	const derived = [...duplicateIssues(stats), ...overLimitIssues(stats, limit)];
	if (examples < MIN_EXAMPLES) {
		derived.push({
			code: 'too_few_examples',
			message: m.dataset_msg_too_few({
				count: examples,
				shown: formatCount(examples),
				min: formatCount(MIN_EXAMPLES)
			})
		});
	}
	const issueCounts = { ...stats.issueCounts };
	for (const issue of derived) issueCounts[issue.code] = (issueCounts[issue.code] ?? 0) + 1;
	const all = [...stats.issues, ...derived].sort(byLine);
	const kept = all.length;
	const found = Object.values(issueCounts).reduce((sum, n) => sum + (n ?? 0), 0);
	const per = (n: number) => (examples === 0 ? 0 : n / examples);
	const sortedCounts = sortedCopy(stats.perExample);
	const perExample = distributionOfSorted(sortedCounts);
	// Mark the limit on the histogram's axis only when it is near the data; far past it, it would squash the bars.
	const mark = perExample && limit <= 4 * perExample.max ? limit : undefined;
	const role = (name: string) => stats.tokens.byRole[name] ?? 0;

	const billing = {
		maxTokensPerExample: limit,
		billedTokensPerEpoch: billed.billedTokensPerEpoch,
		examplesOverLimit: billed.examplesOverLimit,
		tokensCut: billed.tokensCut,
		defaultEpochs: epochs,
		billedTrainingTokens
	};

	return {
		format: options.format,
		encoding: options.encoding,
		bytes: stats.bytes,
		lines: stats.lines,
		records: stats.records,
		examples,
		invalidRecords: stats.records - examples,
		messages: stats.messages,
		imageParts: stats.imageParts,
		tokens: { ...stats.tokens, perExample },
		averagePerExample: {
			system: per(role('system') + role('developer')),
			user: per(role('user')),
			assistant: per(role('assistant')),
			messages: per(stats.messages)
		},
		billing,
		explanations: explainBilling(examples, billing),
		histogram: histogram(stats.perExample, 30, mark),
		lengthOutliers: lengthOutliers(sortedCounts),
		issueCounts,
		errors: all.filter((issue) => ISSUE_CODES[issue.code].severity === 'error'),
		warnings: all.filter((issue) => ISSUE_CODES[issue.code].severity === 'warning'),
		issuesNotKept: found - kept
	};
}
