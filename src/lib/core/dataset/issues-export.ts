import { toCsv } from '../export/csv';
import { ISSUE_CODES, type DatasetIssue } from './types';

/**
 * Every kept issue as CSV: line, column, severity, code, message, excerpt. The column names and the severity and
 * code values are identifiers, the same in every language, so that scripts reading the file keep working; the
 * messages are in the language of the analysis.
 */
export function issuesToCsv(issues: readonly DatasetIssue[]): string {
	return toCsv([
		['line', 'column', 'severity', 'code', 'message', 'excerpt'],
		...issues.map((issue) => [
			issue.line,
			issue.column,
			ISSUE_CODES[issue.code].severity,
			issue.code,
			issue.message,
			issue.excerpt
		])
	]);
}

/** Issues of one code. Its title, in the current language, is `issueTitle(code)`. */
export interface IssueGroup {
	code: DatasetIssue['code'];
	severity: 'error' | 'warning';
	/** Every issue of this code found, kept or not. */
	count: number;
	/** The first few, for display. */
	first: DatasetIssue[];
}

/** Issues grouped by code, errors first, then by count. */
export function groupIssues(
	issues: readonly DatasetIssue[],
	counts: Partial<Record<DatasetIssue['code'], number>>,
	perGroup = 5
): IssueGroup[] {
	const groups = new Map<DatasetIssue['code'], IssueGroup>();
	for (const issue of issues) {
		let group = groups.get(issue.code);
		if (!group) {
			const { severity } = ISSUE_CODES[issue.code];
			group = { code: issue.code, severity, count: counts[issue.code] ?? 0, first: [] };
			groups.set(issue.code, group);
		}
		if (group.first.length < perGroup) group.first.push(issue);
	}
	return [...groups.values()].sort(
		(a, b) =>
			(a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) || b.count - a.count
	);
}
