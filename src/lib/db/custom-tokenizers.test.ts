import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '$lib/core/i18n/locale';
import { loadCustomTokenizer } from '$lib/core/tokenize/custom-load';
import { provideCustomTokenizers } from '$lib/core/tokenize/custom-source';
import { customTokenizerRef } from '$lib/core/tokenize/tokenizers';
import {
	addCustomTokenizer,
	customTokenizerNameProblem,
	deleteCustomTokenizer,
	listCustomTokenizers,
	readStoredTokenizerFiles,
	renameCustomTokenizer,
	TokenizerNameError,
	type NewCustomTokenizer
} from './custom-tokenizers';
import { TunesheetDb } from './db';
import { TINY_BPE } from '$lib/core/tokenize/open-weight/testing/tiny';

const TINY_TOKENIZER_JSON = JSON.stringify(TINY_BPE);
const TINY_CONFIG = JSON.stringify({
	chat_template: '{% for m in messages %}{{ m.content }} {% endfor %}'
});
const SUMMARY = { modelType: 'BPE', vocabularySize: 4, hasChatTemplate: true };
const ADDED_AT = new Date('2026-11-20T09:30:00.000Z');

function tokenizer(id: string, name: string): NewCustomTokenizer {
	return {
		id,
		name,
		files: { tokenizerJson: TINY_TOKENIZER_JSON, tokenizerConfig: TINY_CONFIG, chatTemplate: null },
		summary: SUMMARY
	};
}

const BYTES = TINY_TOKENIZER_JSON.length + TINY_CONFIG.length;

let db: TunesheetDb;
beforeEach(() => {
	db = new TunesheetDb('test-custom-tokenizers');
});
afterEach(async () => {
	await db.delete();
});

async function names(): Promise<string[]> {
	return (await listCustomTokenizers(db)).map((listed) => listed.name);
}

/** The message of the error `pending` rejects with, after checking it is a name refusal. */
async function refusal(pending: Promise<unknown>): Promise<string> {
	const error = await pending.then(
		() => null,
		(reason: unknown) => reason
	);
	expect(error).toBeInstanceOf(TokenizerNameError);
	return (error as TokenizerNameError).message;
}

describe('stored custom tokenizers', () => {
	it('adds, lists by name without the files, renames and deletes', async () => {
		const added = await addCustomTokenizer(db, tokenizer('t1', '  my Llama  '), ADDED_AT);
		expect(added).toEqual({
			id: 't1',
			name: 'my Llama',
			addedAt: '2026-11-20T09:30:00.000Z',
			summary: SUMMARY,
			bytes: BYTES
		});
		await addCustomTokenizer(db, tokenizer('t2', 'Alpha'), ADDED_AT);
		await addCustomTokenizer(
			db,
			{
				...tokenizer('t3', 'zeta'),
				files: { tokenizerJson: '{}', tokenizerConfig: null, chatTemplate: 'abc' }
			},
			ADDED_AT
		);
		expect(await listCustomTokenizers(db)).toEqual([
			{ id: 't2', name: 'Alpha', addedAt: ADDED_AT.toISOString(), summary: SUMMARY, bytes: BYTES },
			added,
			{ id: 't3', name: 'zeta', addedAt: ADDED_AT.toISOString(), summary: SUMMARY, bytes: 5 }
		]);

		await renameCustomTokenizer(db, 't2', ' Omega ');
		expect(await names()).toEqual(['my Llama', 'Omega', 'zeta']);
		// Its own name in another case is not taken by another tokenizer.
		await renameCustomTokenizer(db, 't3', 'ZETA');
		expect(await names()).toEqual(['my Llama', 'Omega', 'ZETA']);

		await deleteCustomTokenizer(db, 't1');
		expect(await names()).toEqual(['Omega', 'ZETA']);
		expect(await readStoredTokenizerFiles(db, 't1')).toBeNull();
	});

	it('refuses to rename a tokenizer that is gone', async () => {
		await expect(renameCustomTokenizer(db, 'gone', 'Name')).rejects.toThrow(
			'This tokenizer is not stored any more: it was deleted, maybe in another tab.'
		);
	});
});

describe('tokenizer names', () => {
	it.each([
		['an empty name', '', 'Give the tokenizer a name.'],
		['white space only', ' \t ', 'Give the tokenizer a name.'],
		[
			'a name over 80 characters',
			'x'.repeat(81),
			'A tokenizer name can be at most 80 characters; this one has 81.'
		],
		[
			'a stored name in another case',
			' ALPHA ',
			'You already have a tokenizer named "Alpha": give this one another name.'
		],
		[
			"a shipped tokenizer's label",
			'llama 3',
			'"Llama 3" is a tokenizer Tunesheet already has: give yours another name.'
		],
		[
			"a shipped tokenizer's name",
			'Mistral-Nemo',
			'"Mistral Nemo" is a tokenizer Tunesheet already has: give yours another name.'
		],
		[
			'an OpenAI encoding',
			'O200K_BASE',
			'"o200k_base" is a tokenizer Tunesheet already has: give yours another name.'
		]
	])('refuses %s when adding and renaming, storing nothing', async (_, name, message) => {
		await addCustomTokenizer(db, tokenizer('alpha', 'Alpha'));
		await addCustomTokenizer(db, tokenizer('beta', 'Beta'));
		expect(await refusal(addCustomTokenizer(db, tokenizer('new', name)))).toBe(message);
		expect(await refusal(renameCustomTokenizer(db, 'beta', name))).toBe(message);
		expect(await names()).toEqual(['Alpha', 'Beta']);
	});

	it('takes a name of exactly 80 characters, and one that only contains a shipped label', async () => {
		const longest = 'y'.repeat(80);
		await addCustomTokenizer(db, tokenizer('long', longest));
		await addCustomTokenizer(db, tokenizer('fine-tuned', 'Llama 3 fine-tuned'));
		expect(await names()).toEqual(['Llama 3 fine-tuned', longest]);
	});

	it('says the same problems without the database', () => {
		expect(customTokenizerNameProblem('Qwen3', [])).toBe(
			'"Qwen3" is a tokenizer Tunesheet already has: give yours another name.'
		);
		expect(customTokenizerNameProblem('mine', ['Other', 'MINE'])).toBe(
			'You already have a tokenizer named "MINE": give this one another name.'
		);
		expect(customTokenizerNameProblem(' mine ', ['Other'])).toBeNull();
	});
});

describe('readStoredTokenizerFiles', () => {
	it('gives back the files as stored, with the name', async () => {
		await addCustomTokenizer(db, {
			...tokenizer('t1', 'Tiny'),
			files: { tokenizerJson: TINY_TOKENIZER_JSON, tokenizerConfig: null, chatTemplate: '{{ x }}' }
		});
		expect(await readStoredTokenizerFiles(db, 't1')).toEqual({
			name: 'Tiny',
			tokenizerJson: TINY_TOKENIZER_JSON,
			tokenizerConfig: null,
			chatTemplate: '{{ x }}'
		});
		expect(await readStoredTokenizerFiles(db, 'missing')).toBeNull();
	});

	it('gives null for rows with fields of the wrong types, and lists only readable rows', async () => {
		await addCustomTokenizer(db, tokenizer('good', 'Good'));
		const good = await db.customTokenizers.get('good');
		const goodFiles = await db.customTokenizerFiles.get('good');
		const malformed: Record<string, [listing: object, files: object]> = {
			'json-not-text': [{}, { tokenizerJson: { model: {} } }],
			'config-missing': [{}, { tokenizerConfig: undefined }],
			'name-a-number': [{ name: 7 }, {}],
			'summary-broken': [{ summary: { modelType: 'BPE', vocabularySize: '4' } }, {}]
		};
		for (const [id, [listing, files]] of Object.entries(malformed)) {
			// Written around the repository, as another version of the app might have.
			await db.customTokenizers.put({ ...good!, ...listing, id });
			await db.customTokenizerFiles.put({ ...goodFiles!, ...files, id });
			expect(await readStoredTokenizerFiles(db, id), id).toBeNull();
		}
		// A listing whose files are gone cannot count.
		await db.customTokenizers.put({ ...good!, id: 'files-gone', name: 'Files gone' });
		expect(await readStoredTokenizerFiles(db, 'files-gone')).toBeNull();
		// Lists read listings only: the two with readable listings but broken files still show (counting with them
		// says what is wrong); the two with broken listings do not.
		expect(await names()).toEqual(['Files gone', 'Good', 'Good', 'Good']);
	});

	it('lets a worker count with a stored tokenizer through its ref', async () => {
		await addCustomTokenizer(db, tokenizer('t1', 'Tiny'));
		provideCustomTokenizers((id) => readStoredTokenizerFiles(db, id));
		const counter = await loadCustomTokenizer(customTokenizerRef('t1'));
		// Each word 'ab' merges to one token; 'ba' has no merge: b, a.
		expect(counter.count('ab ab')).toBe(2);
		expect(counter.count('ba')).toBe(2);
		// The template renders 'ab ' + 'ba ': ab, b, a.
		expect(
			counter.countChat([
				{ role: 'user', content: 'ab' },
				{ role: 'assistant', content: 'ba' }
			]).total
		).toBe(3);
		await expect(loadCustomTokenizer(customTokenizerRef('missing'))).rejects.toThrow(
			/not stored here any more/
		);
	});
});

describe('tokenizer names in French', () => {
	afterEach(() => useLocale('en'));

	it('says why a name cannot be used, in French', () => {
		useLocale('fr');
		expect(customTokenizerNameProblem('llama 3', [])).toBe(
			'«\u00a0Llama 3\u00a0» est un tokenizer que Tunesheet fournit déjà\u00a0: donnez un autre nom au vôtre.'
		);
		expect(customTokenizerNameProblem('x'.repeat(1200), [])).toBe(
			'Le nom d’un tokenizer ne peut dépasser 80 caractères\u00a0; celui-ci en compte 1\u202f200.'
		);
	});
});
