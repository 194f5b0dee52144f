import { formatBytes, formatCount, formatDecimal } from '../format';
import { m } from '../i18n/locale';
import {
	customTokenizerKey,
	isCustomTokenizerRef,
	type TokenizerRef
} from '../tokenize/tokenizers';
import { groupIssues } from './issues-export';
import { spreadNote, type DatasetSummary } from './summary';
import { formatLabel, issueTitle, severityLabel } from './types';

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
	return isCustomTokenizerRef(ref)
		? m.dataset_report_custom_tokenizer({ key: customTokenizerKey(ref) })
		: ref;
}

/**
 * The analysis as plain text for a terminal, in the current language: a table of figures, then the checks grouped
 * by code.
 */
export function summaryToText(summary: DatasetSummary, fileName: string): string {
	const { tokens, billing, explanations, averagePerExample: average } = summary;
	const spread = tokens.perExample;
	const rows: [string, string, string?][] = [
		[
			m.dataset_report_file(),
			`${fileName} (${formatBytes(summary.bytes)}, ${formatLabel(summary.format)})`
		],
		[m.dataset_report_encoding(), tokenizerText(summary.encoding)],
		[m.dataset_figure_valid_examples(), formatCount(summary.examples)],
		[m.dataset_figure_records_left_out(), formatCount(summary.invalidRecords)],
		[m.dataset_figure_total_tokens(), formatCount(tokens.total)],
		[m.dataset_figure_assistant_tokens(), formatCount(tokens.assistant)],
		[
			m.dataset_figure_trainable_tokens(),
			formatCount(tokens.trainable),
			m.dataset_figure_trainable_note()
		],
		[
			m.dataset_figure_tokens_per_example(),
			spread
				? m.dataset_report_spread({
						min: formatCount(spread.min),
						median: formatDecimal(spread.p50),
						max: formatCount(spread.max)
					})
				: '–',
			spread ? spreadNote(spread) : undefined
		],
		[
			m.dataset_figure_average_per_example(),
			m.dataset_report_average({
				system: formatDecimal(average.system),
				user: formatDecimal(average.user),
				assistant: formatDecimal(average.assistant)
			})
		],
		[
			m.dataset_figure_over_limit(),
			formatCount(billing.examplesOverLimit),
			m.dataset_report_limit({ limit: formatCount(billing.maxTokensPerExample) })
		],
		[
			m.dataset_figure_billed_per_epoch(),
			formatCount(billing.billedTokensPerEpoch),
			explanations.billedTokensPerEpoch
		],
		[
			m.dataset_figure_default_epochs(),
			formatCount(billing.defaultEpochs),
			explanations.defaultEpochs
		],
		[
			m.dataset_figure_billed_training(),
			formatCount(billing.billedTrainingTokens),
			explanations.billedTrainingTokens
		]
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	const lines = rows.map(
		([label, value, note]) => `${label.padEnd(width)}  ${value}${note ? `   — ${note}` : ''}`
	);
	const groups = groupIssues([...summary.errors, ...summary.warnings], summary.issueCounts, 3);
	if (groups.length > 0) lines.push('', m.dataset_report_checks());
	for (const group of groups) {
		const heading = m.dataset_report_group({
			severity: severityLabel(group.severity),
			code: group.code,
			title: issueTitle(group.code),
			count: formatCount(group.count)
		});
		lines.push(`  ${heading}`);
		for (const { line, message } of group.first) {
			const text =
				line === undefined ? message : m.dataset_report_issue_line({ line: String(line), message });
			lines.push(`    ${text}`);
		}
	}
	return lines.join('\n');
}
