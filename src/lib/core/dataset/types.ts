import { m } from '../i18n/locale';
import type { TokenizerRef } from '../tokenize/tokenizers';

/** The dataset shapes Tunesheet reads. Every one is normalised to chat examples before counting. */
export const DATASET_FORMATS = [
	'chat',
	'preference',
	'prompt-completion',
	'alpaca',
	'sharegpt',
	'csv',
	'tsv'
] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

const FORMAT_LABELS: Record<DatasetFormat, () => string> = {
	chat: m.dataset_format_chat,
	preference: m.dataset_format_preference,
	'prompt-completion': m.dataset_format_prompt_completion,
	alpaca: m.dataset_format_alpaca,
	sharegpt: m.dataset_format_sharegpt,
	csv: m.dataset_format_csv,
	tsv: m.dataset_format_tsv
};

/** A format's name for people, in the current language. */
export function formatLabel(format: DatasetFormat): string {
	return FORMAT_LABELS[format]();
}

/** One message of a normalised example. */
export interface DatasetMessage {
	role: string;
	/** The text that is counted: a string content, or the text parts of an array content joined. '' when none. */
	content: string;
	name?: string;
	/** 0 = billed but not trained on (assistant messages only). */
	weight?: 0 | 1;
	/** `tool_calls` or `function_call` as compact JSON text, counted as text (an estimate). */
	toolCalls?: string;
	/** Image parts in an array content: flagged, not counted. */
	imageParts?: number;
}

/** One training example in chat form, whatever the file's format. */
export interface DatasetExample {
	messages: DatasetMessage[];
	/** Top-level `tools` / `functions` as compact JSON text, counted as text (an estimate). */
	toolDefinitions?: string;
}

export type IssueSeverity = 'error' | 'warning';

/**
 * Validation codes and their severity. The first seven are the OpenAI cookbook's names, so users of its notebook
 * recognise them. An example with an error is left out of every figure; a warning leaves it in. Their titles, in
 * the current language, come from `issueTitle`.
 */
export const ISSUE_CODES = {
	data_type: { severity: 'error' },
	missing_messages_list: { severity: 'error' },
	message_missing_key: { severity: 'error' },
	message_unrecognized_key: { severity: 'error' },
	unrecognized_role: { severity: 'error' },
	missing_content: { severity: 'error' },
	example_missing_assistant_message: { severity: 'error' },
	invalid_json: { severity: 'error' },
	invalid_utf8: { severity: 'error' },
	line_too_long: { severity: 'error' },
	invalid_weight: { severity: 'error' },
	invalid_tool_call: { severity: 'error' },
	missing_field: { severity: 'error' },
	over_token_limit: { severity: 'warning' },
	missing_system_message: { severity: 'warning' },
	missing_user_message: { severity: 'warning' },
	duplicate_example: { severity: 'warning' },
	empty_content: { severity: 'warning' },
	image_parts_not_counted: { severity: 'warning' },
	too_few_examples: { severity: 'warning' }
} as const satisfies Record<string, { severity: IssueSeverity }>;

export type IssueCode = keyof typeof ISSUE_CODES;

const ISSUE_TITLES: Record<IssueCode, () => string> = {
	data_type: m.dataset_issue_data_type,
	missing_messages_list: m.dataset_issue_missing_messages_list,
	message_missing_key: m.dataset_issue_message_missing_key,
	message_unrecognized_key: m.dataset_issue_message_unrecognized_key,
	unrecognized_role: m.dataset_issue_unrecognized_role,
	missing_content: m.dataset_issue_missing_content,
	example_missing_assistant_message: m.dataset_issue_example_missing_assistant_message,
	invalid_json: m.dataset_issue_invalid_json,
	invalid_utf8: m.dataset_issue_invalid_utf8,
	line_too_long: m.dataset_issue_line_too_long,
	invalid_weight: m.dataset_issue_invalid_weight,
	invalid_tool_call: m.dataset_issue_invalid_tool_call,
	missing_field: m.dataset_issue_missing_field,
	over_token_limit: m.dataset_issue_over_token_limit,
	missing_system_message: m.dataset_issue_missing_system_message,
	missing_user_message: m.dataset_issue_missing_user_message,
	duplicate_example: m.dataset_issue_duplicate_example,
	empty_content: m.dataset_issue_empty_content,
	image_parts_not_counted: m.dataset_issue_image_parts_not_counted,
	too_few_examples: m.dataset_issue_too_few_examples
};

/** What an issue code means, in a few words of the current language. */
export function issueTitle(code: IssueCode): string {
	return ISSUE_TITLES[code]();
}

/** "error" or "warning" in the current language. */
export function severityLabel(severity: IssueSeverity): string {
	return severity === 'error' ? m.dataset_severity_error() : m.dataset_severity_warning();
}

export interface DatasetIssue {
	code: IssueCode;
	/** 1-based line in the file (for JSON arrays, the line where the element starts). Absent for whole-file issues. */
	line?: number;
	/** 1-based column, for JSON syntax errors. */
	column?: number;
	message: string;
	/** The offending text, shortened; shown escaped (as text), never as HTML. */
	excerpt?: string;
}

/** A record parsed and validated: an example (with any warnings), or no example and at least one error. */
export type RecordResult =
	{ example: DatasetExample; issues: DatasetIssue[] } | { example: null; issues: DatasetIssue[] };

/** Column mapping for CSV/TSV: which header names hold which parts. */
export interface ColumnMapping {
	system?: string;
	user: string;
	assistant: string;
}

export interface AnalyzeOptions {
	encoding: TokenizerRef;
	/** Tokens beyond this per example are truncated by the provider and not billed. */
	maxTokensPerExample: number;
	/** Detected from the file when absent. */
	format?: DatasetFormat;
	/** For CSV/TSV. */
	columns?: ColumnMapping;
}

/** OpenAI's default for its current models. */
export const DEFAULT_MAX_TOKENS_PER_EXAMPLE = 65_536;
