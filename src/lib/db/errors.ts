// What went wrong in the browser's storage, in words a person can act on.
import { Dexie } from 'dexie';

export const QUOTA_MESSAGE =
	'The browser refused to store more: free space (delete old projects or stored dataset copies) or allow more storage, then try again.';

/** A record that would not load again once written, so it was not written. */
export class RecordCheckError extends Error {
	/** What was refused, e.g. 'project "Support bot"' or 'settings'. */
	readonly subject: string;
	readonly errors: string[];

	constructor(subject: string, errors: string[]) {
		super(`Not saved, because the ${subject} would not load again: ${errors.join('; ')}`);
		this.name = 'RecordCheckError';
		this.subject = subject;
		this.errors = errors;
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

/** What to tell a person about a failed read or write. */
export function storageErrorMessage(error: unknown): string {
	if (isQuotaError(error)) return QUOTA_MESSAGE;
	if (error instanceof Error) return error.message || error.name;
	if (typeof error === 'object' && error !== null) {
		const { message } = error as { message?: unknown };
		if (typeof message === 'string' && message !== '') return message;
	}
	return String(error);
}
