// What went wrong in the browser's storage, in words a person can act on.
import { Dexie } from 'dexie';
import { m } from '$lib/core/i18n/locale';
import { joinProblems } from '$lib/core/project/issues';

/** What to do about a full storage, in the interface language. */
export function quotaMessage(): string {
	return m.projects_storage_quota();
}

/** What a refused record was: the settings, one project (by its name, when it has one), or projects restored. */
export type RecordSubject = 'settings' | 'projects' | { project: string | null };

function describeRefusal(subject: RecordSubject, errors: readonly string[]): string {
	const listed = joinProblems(errors);
	if (subject === 'settings') return m.projects_record_check_settings({ errors: listed });
	if (subject === 'projects') return m.projects_record_check_projects({ errors: listed });
	return subject.project === null
		? m.projects_record_check_unnamed_project({ errors: listed })
		: m.projects_record_check_project({ name: subject.project, errors: listed });
}

/** A record that would not load again once written, so it was not written. */
export class RecordCheckError extends Error {
	readonly subject: RecordSubject;
	readonly errors: string[];

	constructor(subject: RecordSubject, errors: string[]) {
		super(describeRefusal(subject, errors));
		this.name = 'RecordCheckError';
		this.subject = subject;
		this.errors = errors;
	}

	/** The refusal in the interface language of the moment (`message` keeps the one it was made in). */
	describe(): string {
		return describeRefusal(this.subject, this.errors);
	}
}

/** Far deeper than Dexie ever wraps; only stops a chain that loops back on itself. */
const MAX_RELATED_ERRORS = 32;

/**
 * The error and every error it carries: Dexie's `.inner`, the standard `.cause`, and each failure of a BulkError
 * or ModifyError (`.failures`), breadth first.
 */
export function relatedErrors(error: unknown): unknown[] {
	const found: unknown[] = [];
	const seen = new Set<unknown>();
	const queue: unknown[] = [error];
	while (queue.length > 0 && found.length < MAX_RELATED_ERRORS) {
		const next = queue.shift();
		if (next === null || next === undefined || seen.has(next)) continue;
		seen.add(next);
		found.push(next);
		if (typeof next !== 'object') continue;
		const { inner, cause, failures } = next as {
			inner?: unknown;
			cause?: unknown;
			failures?: unknown;
		};
		queue.push(inner, cause);
		if (Array.isArray(failures)) queue.push(...(failures as unknown[]));
	}
	return found;
}

/** The error's `name`, when it has a string one. */
export function errorName(error: unknown): string | null {
	if (typeof error !== 'object' || error === null) return null;
	const { name } = error as { name?: unknown };
	return typeof name === 'string' ? name : null;
}

/** DOMException's legacy code for QUOTA_EXCEEDED_ERR, still set by some engines. */
const LEGACY_QUOTA_CODE = 22;

function isQuotaErrorItself(error: unknown): boolean {
	if (error instanceof Dexie.QuotaExceededError) return true;
	const name = errorName(error);
	// Firefox before version 64 used its own name for the same refusal.
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
	return error instanceof DOMException && error.code === LEGACY_QUOTA_CODE;
}

/** Whether the storage refused a write for lack of space, however deeply Dexie wrapped the refusal. */
export function isQuotaError(error: unknown): boolean {
	return relatedErrors(error).some(isQuotaErrorItself);
}

/** What to tell a person about a failed read or write, in the interface language where it is Tunesheet's own. */
export function storageErrorMessage(error: unknown): string {
	if (isQuotaError(error)) return quotaMessage();
	if (error instanceof RecordCheckError) return error.describe();
	if (error instanceof Error) return error.message || error.name;
	if (typeof error === 'object' && error !== null) {
		const { message } = error as { message?: unknown };
		if (typeof message === 'string' && message !== '') return message;
	}
	return String(error);
}
