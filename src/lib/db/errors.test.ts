import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '$lib/core/i18n/locale';
import {
	isQuotaError,
	quotaMessage,
	RecordCheckError,
	relatedErrors,
	storageErrorMessage
} from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
	it('knows a quota error on its own', () => {
		expect(isQuotaError(quota())).toBe(true);
		expect(isQuotaError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))).toBe(
			true
		);
		expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
		expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
	});

	it('finds one wrapped in .inner, once or twice', () => {
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
		expect(
			isQuotaError(new Dexie.AbortError('aborted', new Dexie.UnknownError('wrapped', quota())))
		).toBe(true);
		expect(isQuotaError({ name: 'Error', inner: { inner: { name: 'QuotaExceededError' } } })).toBe(
			true
		);
	});

	it('finds one among the failures of a bulk write, and as a cause', () => {
		const bulk = new Dexie.BulkError('2 of 3 failed', {
			0: new Dexie.ConstraintError('taken'),
			2: new Dexie.AbortError('aborted', quota())
		});
		expect(isQuotaError(bulk)).toBe(true);
		expect(isQuotaError(new Error('save failed', { cause: quota() }))).toBe(true);
	});

	it('is false for every other error', () => {
		expect(isQuotaError(new Error('Quota exceeded, says the message only'))).toBe(false);
		expect(isQuotaError(new DOMException('gone', 'NotFoundError'))).toBe(false);
		expect(isQuotaError(new Dexie.AbortError('aborted', new Dexie.ConstraintError('taken')))).toBe(
			false
		);
		expect(isQuotaError(null)).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
	});

	it('stops on errors that wrap each other', () => {
		const first: { name: string; inner?: unknown } = { name: 'AbortError' };
		const second = { name: 'UnknownError', inner: first };
		first.inner = second;
		expect(isQuotaError(first)).toBe(false);
		expect(relatedErrors(first)).toEqual([first, second]);
	});
});

describe('storageErrorMessage', () => {
	it('tells a person what to do about a full storage, however it is wrapped', () => {
		expect(storageErrorMessage(new Dexie.AbortError('aborted', quota()))).toBe(
			'The browser refused to store more: free space (delete old projects or stored dataset copies) or allow more storage, then try again.'
		);
		expect(storageErrorMessage(quota())).toBe(quotaMessage());
	});

	it('passes other errors on in their own words', () => {
		expect(storageErrorMessage(new Error('Transaction was aborted'))).toBe(
			'Transaction was aborted'
		);
		expect(storageErrorMessage({ message: 'from a worker' })).toBe('from a worker');
		expect(storageErrorMessage('plain text')).toBe('plain text');
		expect(storageErrorMessage(new RecordCheckError('settings', ['rate: must be above 0']))).toBe(
			'Not saved, because the settings would not load again: rate: must be above 0'
		);
	});
});

describe('storage errors in French', () => {
	afterEach(() => useLocale('en'));

	it('are told in the language of the moment, a refusal made earlier included', () => {
		const refused = new RecordCheckError({ project: 'Support bot' }, [
			'name: too long',
			'id: empty'
		]);
		useLocale('fr');
		expect(storageErrorMessage(quota())).toBe(
			'Le navigateur a refusé de stocker davantage\u00a0: libérez de l’espace (supprimez d’anciens projets ou des copies de jeux de données stockées) ou autorisez plus de stockage, puis réessayez.'
		);
		expect(storageErrorMessage(refused)).toBe(
			'Non enregistré, car le projet «\u00a0Support bot\u00a0» ne pourrait plus être relu\u00a0: name: too long\u00a0; id: empty'
		);
		expect(refused.message).toBe(
			'Not saved, because the project "Support bot" would not load again: name: too long; id: empty'
		);
	});
});
