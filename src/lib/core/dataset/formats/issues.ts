import {
	ISSUE_CODES,
	type DatasetExample,
	type DatasetIssue,
	type IssueCode,
	type RecordResult
} from '../types';

/** An issue on a line, with an excerpt only when there is one. */
export function issueAt(
	code: IssueCode,
	line: number,
	message: string,
	excerpt?: string
): DatasetIssue {
	return excerpt === undefined ? { code, line, message } : { code, line, message, excerpt };
}

export function isError(issue: DatasetIssue): boolean {
	return ISSUE_CODES[issue.code].severity === 'error';
}

/** A record that could not be read at all. */
export function failed(issue: DatasetIssue): RecordResult {
	return { example: null, issues: [issue] };
}

/**
 * The result for a record read to the end: the example with its warnings, or, when any error was found, no
 * example and only the errors (the record is left out, so its warnings would only add noise).
 */
export function recordResult(example: DatasetExample, issues: DatasetIssue[]): RecordResult {
	const errors = issues.filter(isError);
	return errors.length > 0 ? { example: null, issues: errors } : { example, issues };
}
