import { formatBytes, formatCount, formatDecimal } from '../format';
import {
	customTokenizerKey,
	isCustomTokenizerRef,
	type TokenizerRef
} from '../tokenize/tokenizers';
import { groupIssues } from './issues-export';
import type { DatasetSummary } from './summary';
import { FORMAT_LABELS } from './types';

/** The analysis as one JSON-ready object: the command line's `--json` output. */
export function summaryToJson(summary: DatasetSummary) {
	const { tokens, billing } = summary;
	const issue = ({ line, column, code, message }: DatasetSummary['errors'][number]) => ({
		...(line !== undefined ? { line } : {}),
		...(column !== undefined ? { column } : {}),
		code,
		message
	});
	return {
		format: summary.format,
		encoding: summary.encoding,
		bytes: summary.bytes,
		records: summary.records,
		examples: summary.examples,
		invalidRecords: summary.invalidRecords,
		messages: summary.messages,
		imageParts: summary.imageParts,
		tokens: {
			total: tokens.total,
			assistant: tokens.assistant,
			trainable: tokens.trainable,
			toolCalls: tokens.toolCalls,
			toolDefinitions: tokens.toolDefinitions,
			overhead: tokens.overhead,
			byRole: { ...tokens.byRole },
			perExample: tokens.perExample
		},
		averagePerExample: summary.averagePerExample,
		billing: {
			maxTokensPerExample: billing.maxTokensPerExample,
			billedTokensPerEpoch: billing.billedTokensPerEpoch,
			examplesOverLimit: billing.examplesOverLimit,
			tokensCut: billing.tokensCut,
			defaultEpochs: billing.defaultEpochs,
			billedTrainingTokens: billing.billedTrainingTokens
		},
		explanations: summary.explanations,
		issueCounts: summary.issueCounts,
		issuesNotKept: summary.issuesNotKept,
		errors: summary.errors.map(issue),
		warnings: summary.warnings.map(issue)
	};
}

/** A brought tokenizer reads as its key (on the command line, the tokenizer.json's path), not as `custom:…`. */
function tokenizerText(ref: TokenizerRef): string {
	return isCustomTokenizerRef(ref) ? `custom tokenizer ${customTokenizerKey(ref)}` : ref;
}

/** The analysis as plain text for a terminal: a table of figures, then the checks grouped by code. */
export function summaryToText(summary: DatasetSummary, fileName: string): string {
	const { tokens, billing, explanations, averagePerExample: average } = summary;
	const spread = tokens.perExample;
	const rows: [string, string, string?][] = [
		['File', `${fileName} (${formatBytes(summary.bytes)}, ${FORMAT_LABELS[summary.format]})`],
		['Encoding', tokenizerText(summary.encoding)],
		['Valid examples', formatCount(summary.examples)],
		['Records left out (errors)', formatCount(summary.invalidRecords)],
		['Total tokens', formatCount(tokens.total)],
		['Assistant tokens', formatCount(tokens.assistant)],
		['Trainable tokens', formatCount(tokens.trainable), 'assistant content with weight ≠ 0'],
		[
			'Tokens per example',
			spread
				? `min ${formatCount(spread.min)}, median ${formatDecimal(spread.p50)}, max ${formatCount(spread.max)}`
				: '–',
			spread
				? `mean ${formatDecimal(spread.mean)}, p10 ${formatDecimal(spread.p10)}, p90 ${formatDecimal(spread.p90)}, p99 ${formatDecimal(spread.p99)}`
				: undefined
		],
		[
			'Average per example',
			`system ${formatDecimal(average.system)}, user ${formatDecimal(average.user)}, assistant ${formatDecimal(average.assistant)}`
		],
		[
			'Examples over the limit',
			formatCount(billing.examplesOverLimit),
			`limit ${formatCount(billing.maxTokensPerExample)}`
		],
		[
			'Billed tokens per epoch',
			formatCount(billing.billedTokensPerEpoch),
			explanations.billedTokensPerEpoch
		],
		['Default epochs', formatCount(billing.defaultEpochs), explanations.defaultEpochs],
		[
			'Billed training tokens',
			formatCount(billing.billedTrainingTokens),
			explanations.billedTrainingTokens
		]
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	const lines = rows.map(
		([label, value, note]) => `${label.padEnd(width)}  ${value}${note ? `   — ${note}` : ''}`
	);
	const groups = groupIssues([...summary.errors, ...summary.warnings], summary.issueCounts, 3);
	if (groups.length > 0) lines.push('', 'Checks:');
	for (const group of groups) {
		lines.push(`  ${group.severity} ${group.code} (${group.title}): ${formatCount(group.count)}`);
		for (const issue of group.first) {
			lines.push(`    ${issue.line !== undefined ? `line ${issue.line}: ` : ''}${issue.message}`);
		}
	}
	return lines.join('\n');
}
