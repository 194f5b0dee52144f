import { toCsv } from '../export/csv';
import { ISSUE_CODES, type DatasetIssue } from './types';

/** Every kept issue as CSV: line, column, severity, code, message, excerpt. */
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

export interface IssueGroup {
	code: DatasetIssue['code'];
	title: string;
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
			const { title, severity } = ISSUE_CODES[issue.code];
			group = { code: issue.code, title, severity, count: counts[issue.code] ?? 0, first: [] };
			groups.set(issue.code, group);
		}
		if (group.first.length < perGroup) group.first.push(issue);
	}
	return [...groups.values()].sort(
		(a, b) =>
			(a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1) || b.count - a.count
	);
}
