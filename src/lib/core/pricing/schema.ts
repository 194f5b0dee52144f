/*
 * Schemas for catalog entries and Tunesheet catalog files, for untrusted input (imports, stored overrides).
 * Unknown keys are dropped; figures must be finite and not negative; errors name the key path, and read in the
 * current language when parsed with `{ error: issueMessage }` (issues.ts), as every parse here is.
 */
import { z } from 'zod';
import { m } from '../i18n/locale';
import { issueMessage } from './issues';
import { AS_OF_PRECISIONS, CONFIDENCES, type CatalogEntry, type CatalogFile } from './types';

const text = z.string().trim().min(1);

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.prices_issue_date_format() })
	.refine(
		(value) => {
			const date = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
		},
		{ error: () => m.prices_issue_not_calendar_date() }
	);

/** A figure must not be negative: what a schema says of it, in the current language. */
export const notNegative = { error: () => m.prices_issue_negative() };

/** zod's number already refuses NaN and ±Infinity. */
const figure = z.number().nonnegative(notNegative);

const fact = z.object({
	value: figure.nullable(),
	unit: text,
	source: text,
	asOf: isoDate,
	confidence: z.enum(CONFIDENCES),
	asOfPrecision: z.enum(AS_OF_PRECISIONS).optional()
});

const inferencePrices = z.object({
	input: fact,
	output: fact,
	cachedInput: fact.optional(),
	cacheWrite: fact.optional(),
	cacheWrite1h: fact.optional(),
	batchInput: fact.optional(),
	batchCachedInput: fact.optional(),
	batchOutput: fact.optional()
});

const fineTuningOffer = z.object({
	method: text.optional(),
	training: fact.optional(),
	maxTokensPerExample: fact.optional(),
	minimumFeePerJob: fact.optional(),
	inference: inferencePrices.optional(),
	hostingPerHour: fact.optional(),
	storagePerModelMonth: fact.optional()
});

const notes = z.array(z.string()).default([]);

const apiModelEntry = z.object({
	kind: z.literal('api-model'),
	id: text,
	provider: text,
	modelId: text,
	aliases: z.array(text).default([]),
	displayName: text,
	scope: z.enum(['model', 'group']).default('model'),
	encoding: text.optional(),
	contextTokens: fact.optional(),
	inference: inferencePrices.optional(),
	fineTuning: fineTuningOffer.optional(),
	notes
});

const openWeightModelEntry = z.object({
	kind: z.literal('open-weight-model'),
	id: text,
	family: text,
	modelId: text,
	displayName: text,
	parameters: fact,
	contextTokens: fact,
	tokenizer: text,
	notes
});

const gpuEntry = z.object({
	kind: z.literal('gpu'),
	id: text,
	name: text,
	memoryGb: figure,
	peakDenseBf16FlopsPerSecond: fact,
	offers: z.array(z.object({ provider: text, offer: text, pricePerGpuHour: fact, notes: notes })),
	notes
});

export const catalogEntrySchema: z.ZodType<CatalogEntry, unknown> = z.discriminatedUnion('kind', [
	apiModelEntry,
	openWeightModelEntry,
	gpuEntry
]);

export const catalogFileSchema: z.ZodType<CatalogFile, unknown> = z.object({
	type: z.literal('tunesheet-catalog'),
	version: z.literal(1),
	entries: z.array(catalogEntrySchema)
});

/**
 * 'entries.3.inference.input.value: must not be negative' — one line per problem, the place first (French puts a
 * no-break space before the colon). The messages are those the parse wrote: in the current language when it was
 * given `{ error: issueMessage }`.
 */
export function describeIssues(error: z.ZodError, prefix: (string | number)[] = []): string[] {
	return error.issues.map((issue) => {
		const path = [...prefix, ...issue.path.map(String)].join('.');
		return path ? m.prices_labelled({ label: path, text: issue.message }) : issue.message;
	});
}

/** Items of a list on one line, problems or changes: "a; b" ("a ; b" in French). */
export function joinOnOneLine(problems: readonly string[]): string {
	return problems.join(m.prices_list_separator());
}

export type EntryCheck = { ok: true; entry: CatalogEntry } | { ok: false; errors: string[] };

export function checkCatalogEntry(data: unknown): EntryCheck {
	const result = catalogEntrySchema.safeParse(data, { error: issueMessage });
	return result.success
		? { ok: true, entry: result.data }
		: { ok: false, errors: describeIssues(result.error) };
}

export interface CatalogFileRead {
	entries: CatalogEntry[];
	/**
	 * Entries left out: the key is the entry's place ('entries.3'), the reason its problems, each named by its key
	 * path inside the entry ('inference.input.value: must not be negative').
	 */
	skipped: { key: string; reason: string }[];
}

/**
 * Reads a Tunesheet catalog file entry by entry, so that one bad entry (or a repeated id) skips only itself.
 * Throws when the file itself is not a Tunesheet catalog.
 */
export function readCatalogFile(data: unknown): CatalogFileRead {
	const envelope = z
		.object({
			type: z.literal('tunesheet-catalog'),
			version: z.literal(1),
			entries: z.array(z.unknown())
		})
		.safeParse(data, { error: issueMessage });
	if (!envelope.success) {
		throw new Error(
			m.prices_import_not_catalog({ problems: joinOnOneLine(describeIssues(envelope.error)) })
		);
	}
	const read: CatalogFileRead = { entries: [], skipped: [] };
	const ids = new Set<string>();
	envelope.data.entries.forEach((raw, index) => {
		const key = `entries.${index}`;
		const result = catalogEntrySchema.safeParse(raw, { error: issueMessage });
		if (!result.success) {
			read.skipped.push({ key, reason: joinOnOneLine(describeIssues(result.error)) });
		} else if (ids.has(result.data.id)) {
			// Entries are stored and listed by id: the first one with an id is taken.
			const reason = m.prices_labelled({ label: 'id', text: m.prices_import_same_id() });
			read.skipped.push({ key, reason });
		} else {
			ids.add(result.data.id);
			read.entries.push(result.data);
		}
	});
	return read;
}
