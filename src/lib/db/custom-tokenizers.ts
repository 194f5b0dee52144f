// The only code that writes tokenizers the person brought.
import { z } from 'zod';
import { formatCount } from '$lib/core/format';
import { m } from '$lib/core/i18n/locale';
import type { CustomTokenizerFiles } from '$lib/core/tokenize/custom-source';
import type { CustomTokenizerSummary } from '$lib/core/tokenize/open-weight/custom';
import { TOKENIZERS } from '$lib/core/tokenize/tokenizers';
import type { StoredCustomTokenizer, TunesheetDb } from './db';

export const CUSTOM_TOKENIZER_ROW_VERSION = 1;

/** Long enough for a model repository's name; short enough for a choice in a list. */
export const MAX_CUSTOM_TOKENIZER_NAME_LENGTH = 80;

export interface NewCustomTokenizer {
	id: string;
	name: string;
	files: Omit<CustomTokenizerFiles, 'name'>;
	/** What readTokenizerFiles found in the files. */
	summary: CustomTokenizerSummary;
}

/** A stored tokenizer as lists show it, without its files. */
export type CustomTokenizerListing = Pick<
	StoredCustomTokenizer,
	'id' | 'name' | 'addedAt' | 'summary' | 'bytes'
>;

/** A name the person can fix: empty, too long or already taken. */
export class TokenizerNameError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'TokenizerNameError';
	}
}

// Stored rows are untrusted: another version of the app, or a person with developer tools, may have written them.
const storedRow = z.object({
	id: z.string(),
	name: z.string(),
	addedAt: z.string(),
	summary: z.object({
		modelType: z.string(),
		vocabularySize: z.number().int().nonnegative(),
		hasChatTemplate: z.boolean()
	}),
	bytes: z.number().nonnegative(),
	schemaVersion: z.number()
});

const storedFiles = z.object({
	id: z.string(),
	tokenizerJson: z.string(),
	tokenizerConfig: z.string().nullable(),
	chatTemplate: z.string().nullable()
});

function readRow(row: unknown): StoredCustomTokenizer | null {
	const checked = storedRow.safeParse(row);
	return checked.success ? checked.data : null;
}

/** Names compare without regard to case or surrounding spaces. */
function nameKey(name: string): string {
	return name.trim().toLowerCase();
}

const SHIPPED_NAMES = new Map(
	TOKENIZERS.flatMap((tokenizer) => [
		[nameKey(tokenizer.label), tokenizer.label],
		[nameKey(tokenizer.name), tokenizer.label]
	])
);

/**
 * Why `name` cannot be a brought tokenizer's name, or null when it can. `storedNames` are the other stored
 * tokenizers' names (not the one being renamed). Shipped tokenizers' labels and names are refused too, so that every
 * choice in a list of tokenizers reads differently.
 */
export function customTokenizerNameProblem(
	name: string,
	storedNames: readonly string[]
): string | null {
	const trimmed = name.trim();
	if (trimmed === '') return m.tokenizers_name_empty();
	if (trimmed.length > MAX_CUSTOM_TOKENIZER_NAME_LENGTH) {
		return m.tokenizers_name_too_long({
			max: formatCount(MAX_CUSTOM_TOKENIZER_NAME_LENGTH),
			length: formatCount(trimmed.length)
		});
	}
	const key = nameKey(trimmed);
	const shipped = SHIPPED_NAMES.get(key);
	if (shipped !== undefined) {
		return m.tokenizers_name_shipped({ name: shipped });
	}
	const taken = storedNames.find((stored) => nameKey(stored) === key);
	if (taken !== undefined) {
		return m.tokenizers_name_taken({ name: taken });
	}
	return null;
}

/** The stored names but `exceptId`'s, read from the name index alone (the rows hold megabytes of text). */
async function otherNames(db: TunesheetDb, exceptId?: string): Promise<string[]> {
	const names: string[] = [];
	await db.customTokenizers.orderBy('name').eachKey((name, cursor) => {
		if (cursor.primaryKey !== exceptId && typeof name === 'string') names.push(name);
	});
	return names;
}

async function checkName(db: TunesheetDb, name: string, exceptId?: string): Promise<string> {
	const problem = customTokenizerNameProblem(name, await otherNames(db, exceptId));
	if (problem !== null) throw new TokenizerNameError(problem);
	return name.trim();
}

/** Stores a brought tokenizer; throws TokenizerNameError when its name cannot be used. */
export async function addCustomTokenizer(
	db: TunesheetDb,
	input: NewCustomTokenizer,
	now = new Date()
): Promise<CustomTokenizerListing> {
	const { tokenizerJson, tokenizerConfig, chatTemplate } = input.files;
	const row: StoredCustomTokenizer = {
		id: input.id,
		name: input.name,
		addedAt: now.toISOString(),
		summary: { ...input.summary },
		bytes: tokenizerJson.length + (tokenizerConfig?.length ?? 0) + (chatTemplate?.length ?? 0),
		schemaVersion: CUSTOM_TOKENIZER_ROW_VERSION
	};
	// One transaction, so another tab cannot take the name between the check and the write, and the listing never
	// stands without its files.
	await db.transaction('rw', db.customTokenizers, db.customTokenizerFiles, async () => {
		row.name = await checkName(db, input.name);
		await db.customTokenizers.add(row);
		await db.customTokenizerFiles.put({ id: row.id, tokenizerJson, tokenizerConfig, chatTemplate });
	});
	return listing(row);
}

function listing({ id, name, addedAt, summary, bytes }: StoredCustomTokenizer) {
	return { id, name, addedAt, summary, bytes };
}

const byName = (a: CustomTokenizerListing, b: CustomTokenizerListing) =>
	a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
	(a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The stored tokenizers by name, without their files; rows that are not readable are left out. */
export async function listCustomTokenizers(db: TunesheetDb): Promise<CustomTokenizerListing[]> {
	const rows = await db.customTokenizers.toArray();
	return rows
		.map(readRow)
		.filter((row): row is StoredCustomTokenizer => row !== null)
		.map(listing)
		.sort(byName);
}

/** Renames a stored tokenizer; throws TokenizerNameError for a name that cannot be used. */
export async function renameCustomTokenizer(
	db: TunesheetDb,
	id: string,
	name: string
): Promise<void> {
	await db.transaction('rw', db.customTokenizers, async () => {
		const trimmed = await checkName(db, name, id);
		const changed = await db.customTokenizers.update(id, { name: trimmed });
		if (changed === 0 && (await db.customTokenizers.where('id').equals(id).count()) === 0) {
			throw new Error(m.tokenizers_rename_gone());
		}
	});
}

export async function deleteCustomTokenizer(db: TunesheetDb, id: string): Promise<void> {
	await db.transaction('rw', db.customTokenizers, db.customTokenizerFiles, async () => {
		await db.customTokenizers.delete(id);
		await db.customTokenizerFiles.delete(id);
	});
}

/** A stored tokenizer's files, for counting; null when there is no such row or it is not readable. */
export async function readStoredTokenizerFiles(
	db: TunesheetDb,
	id: string
): Promise<CustomTokenizerFiles | null> {
	const [row, stored] = await db.transaction(
		'r',
		db.customTokenizers,
		db.customTokenizerFiles,
		() => Promise.all([db.customTokenizers.get(id), db.customTokenizerFiles.get(id)])
	);
	const listed = readRow(row);
	const files = storedFiles.safeParse(stored);
	if (listed === null || !files.success) return null;
	const { tokenizerJson, tokenizerConfig, chatTemplate } = files.data;
	return { name: listed.name, tokenizerJson, tokenizerConfig, chatTemplate };
}
