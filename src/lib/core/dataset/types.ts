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

export const FORMAT_LABELS: Record<DatasetFormat, string> = {
	chat: 'OpenAI chat JSONL',
	preference: 'OpenAI preference (DPO) JSONL',
	'prompt-completion': 'Prompt/completion JSONL (legacy)',
	alpaca: 'Alpaca (instruction, input, output)',
	sharegpt: 'ShareGPT (conversations)',
	csv: 'CSV with a header',
	tsv: 'TSV with a header'
};

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
 * Validation codes. The first seven are the OpenAI cookbook's names, so users of its notebook recognise them.
 * An example with an error is left out of every figure; a warning leaves it in.
 */
export const ISSUE_CODES = {
	data_type: { severity: 'error', title: 'Not a JSON object' },
	missing_messages_list: { severity: 'error', title: 'No messages list' },
	message_missing_key: { severity: 'error', title: 'Message without role or content' },
	message_unrecognized_key: { severity: 'error', title: 'Unknown key in a message' },
	unrecognized_role: { severity: 'error', title: 'Unknown role' },
	missing_content: { severity: 'error', title: 'Message content missing or not text' },
	example_missing_assistant_message: { severity: 'error', title: 'No assistant message' },
	invalid_json: { severity: 'error', title: 'Invalid JSON' },
	invalid_utf8: { severity: 'error', title: 'Invalid UTF-8' },
	line_too_long: { severity: 'error', title: 'Line too long to read' },
	invalid_weight: { severity: 'error', title: 'Weight not 0 or 1' },
	invalid_tool_call: { severity: 'error', title: 'Tool call inconsistent' },
	missing_field: { severity: 'error', title: 'Required field missing' },
	over_token_limit: { severity: 'warning', title: 'Over the per-example token limit' },
	missing_system_message: { severity: 'warning', title: 'No system message' },
	missing_user_message: { severity: 'warning', title: 'No user message' },
	duplicate_example: { severity: 'warning', title: 'Duplicate example' },
	empty_content: { severity: 'warning', title: 'Empty content' },
	image_parts_not_counted: { severity: 'warning', title: 'Image parts not counted' },
	too_few_examples: { severity: 'warning', title: 'Fewer than 10 examples' }
} as const satisfies Record<string, { severity: IssueSeverity; title: string }>;

export type IssueCode = keyof typeof ISSUE_CODES;

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
