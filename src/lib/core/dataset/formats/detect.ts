import type { DatasetFormat } from '../types';
import { readJsonArrayElements } from './json-array';
import { isJsonObject } from './values';

/**
 * The keys that identify each JSON format, checked in this order. Preference comes first because its
 * `input` holds a `messages` list, which the key scan of a partial sample (below) also sees.
 */
const FORMAT_KEYS: readonly { format: DatasetFormat; keys: readonly string[] }[] = [
	{ format: 'preference', keys: ['input', 'preferred_output'] },
	{ format: 'chat', keys: ['messages'] },
	{ format: 'prompt-completion', keys: ['prompt', 'completion'] },
	{ format: 'alpaca', keys: ['instruction', 'output'] },
	{ format: 'sharegpt', keys: ['conversations'] }
];

/** Chat is the default: its validation then explains what a record lacks. */
const DEFAULT_FORMAT: DatasetFormat = 'chat';

/**
 * Guesses a file's format from its name and its first non-blank lines. CSV and TSV go by the name (`.csv`,
 * `.tsv`, also gzipped); JSON by the keys of its records. A sample whose first line starts with '[' is a JSON
 * array file, decided by its elements.
 */
export function detectFormat(sample: string[], fileName?: string): DatasetFormat {
	const byName = formatOfFileName(fileName);
	if (byName) return byName;
	const lines = sample
		.map((line) => line.replace(/^\uFEFF/, ''))
		.filter((line) => line.trim() !== '');
	if (lines.length === 0) return DEFAULT_FORMAT;
	const text = lines.join('\n');
	const records = lines[0]?.trimStart().startsWith('[') ? arrayElements(text) : lines;
	const values = records.map(parseOrUndefined).filter((value) => value !== undefined);
	if (values.length === 0) return formatOfKeyNames(text) ?? DEFAULT_FORMAT;
	return mostCommonFormat(values) ?? DEFAULT_FORMAT;
}

function formatOfFileName(fileName: string | undefined): DatasetFormat | null {
	const name = (fileName ?? '').toLowerCase().replace(/\.gz$/, '');
	if (name.endsWith('.csv')) return 'csv';
	if (name.endsWith('.tsv')) return 'tsv';
	return null;
}

/** The texts of the array's elements that the sample holds whole. */
function arrayElements(text: string): string[] {
	const texts: string[] = [];
	for (const element of readJsonArrayElements(text)) {
		if ('code' in element) break;
		texts.push(element.text);
	}
	return texts;
}

/** The format most records have (the first seen wins a tie), or null when none has one. */
function mostCommonFormat(records: readonly unknown[]): DatasetFormat | null {
	const counts = new Map<DatasetFormat, number>();
	for (const record of records) {
		const format = formatOfRecord(record);
		if (format) counts.set(format, (counts.get(format) ?? 0) + 1);
	}
	let best: DatasetFormat | null = null;
	for (const [format, count] of counts) {
		if (best === null || count > (counts.get(best) ?? 0)) best = format;
	}
	return best;
}

/** The parsed value, or undefined (which JSON cannot hold) when the text is not JSON. */
function parseOrUndefined(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

export function formatOfRecord(value: unknown): DatasetFormat | null {
	if (!isJsonObject(value)) return null;
	const match = FORMAT_KEYS.find(({ keys }) => keys.every((key) => Object.hasOwn(value, key)));
	return match?.format ?? null;
}

/**
 * For a sample in which no record parses (a pretty-printed record longer than the sample): the format whose
 * keys appear as `"key":` anywhere in the text.
 */
function formatOfKeyNames(text: string): DatasetFormat | null {
	const names = new Set(Array.from(text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g), (match) => match[1]));
	const match = FORMAT_KEYS.find(({ keys }) => keys.every((key) => names.has(key)));
	return match?.format ?? null;
}
