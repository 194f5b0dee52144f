import { expect } from 'vitest';
import type { RecordResult } from '../types';

/** The codes of a result's issues, in order. */
export function codesOf(result: RecordResult): string[] {
	return result.issues.map((issue) => issue.code);
}

/** Every issue message reads as a sentence: a capital (or quote) first, a full stop last. */
export function expectSentences(result: RecordResult): void {
	for (const issue of result.issues) expect(issue.message).toMatch(/^[A-Z"][^]*\.$/);
}

/** The single issue of a failed result, checked to be the only one. */
export function onlyIssue(result: RecordResult) {
	expect(result.example).toBeNull();
	expect(result.issues).toHaveLength(1);
	expectSentences(result);
	const [issue] = result.issues;
	if (!issue) throw new Error('no issue');
	return issue;
}
