import { m } from '../../i18n/locale';
import type { DatasetFormat, DatasetIssue, RecordResult } from '../types';
import { chatRecordToExample } from './chat';
import { failed, issueAt } from './issues';
import {
	alpacaRecordToExample,
	preferenceRecordToExample,
	promptCompletionRecordToExample,
	sharegptRecordToExample
} from './other';
import { excerptAround, shorten } from './values';

type JsonFormat = Exclude<DatasetFormat, 'csv' | 'tsv'>;

const RECORD_READERS: Record<JsonFormat, (value: unknown, line: number) => RecordResult> = {
	chat: chatRecordToExample,
	preference: preferenceRecordToExample,
	'prompt-completion': promptCompletionRecordToExample,
	alpaca: alpacaRecordToExample,
	sharegpt: sharegptRecordToExample
};

/**
 * One record of a JSON format (a JSONL line, or an element of a JSON array file starting on `line`), parsed,
 * validated and normalised to a chat example.
 */
export function parseJsonRecord(text: string, line: number, format: DatasetFormat): RecordResult {
	if (format === 'csv' || format === 'tsv') {
		throw new Error(
			// i18n-exempt: a programming error, never shown (the walk sends CSV/TSV elsewhere)
			`parseJsonRecord reads JSON formats; ${format} rows go through DelimitedReader.`
		);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return failed(
			jsonSyntaxIssue(text, line, error instanceof Error ? error.message : String(error))
		);
	}
	return RECORD_READERS[format](value, line);
}

/** Where a syntax error is, relative to the record's text: lines after its first, 1-based column. */
interface ErrorPlace {
	offset: number;
	lineOffset: number;
	column: number;
}

/** An `invalid_json` issue with the line, column and text around the error, from JSON.parse's message. */
export function jsonSyntaxIssue(text: string, line: number, errorMessage: string): DatasetIssue {
	const place = errorPlace(text, errorMessage);
	const reason = syntaxReason(errorMessage);
	if (!place) {
		return issueAt('invalid_json', line, m.dataset_msg_invalid_json({ reason }), shorten(text));
	}
	const errorLine = line + place.lineOffset;
	return {
		code: 'invalid_json',
		line: errorLine,
		column: place.column,
		message: m.dataset_msg_invalid_json_at({
			reason,
			line: String(errorLine),
			column: String(place.column)
		}),
		excerpt: excerptAround(text, place.offset)
	};
}

/**
 * The error's place, from V8 ("at position N", newer ones add "(line L column C)") or Firefox ("at line L
 * column C"); the end of the text when the input ended early; null when the message names no place.
 */
function errorPlace(text: string, errorMessage: string): ErrorPlace | null {
	const lineColumn = /line (\d+) column (\d+)/.exec(errorMessage);
	if (lineColumn) {
		const lineOffset = Number(lineColumn[1]) - 1;
		const column = Number(lineColumn[2]);
		return { offset: offsetOf(text, lineOffset, column), lineOffset, column };
	}
	const position = /at position (\d+)/.exec(errorMessage);
	if (position) return placeOfOffset(text, Math.min(Number(position[1]), text.length));
	if (/unexpected end/i.test(errorMessage)) return placeOfOffset(text, text.length);
	return null;
}

function placeOfOffset(text: string, offset: number): ErrorPlace {
	let lineOffset = 0;
	let lineStart = 0;
	for (
		let index = text.indexOf('\n');
		index >= 0 && index < offset;
		index = text.indexOf('\n', index + 1)
	) {
		lineOffset += 1;
		lineStart = index + 1;
	}
	return { offset, lineOffset, column: offset - lineStart + 1 };
}

function offsetOf(text: string, lineOffset: number, column: number): number {
	let lineStart = 0;
	for (let skipped = 0; skipped < lineOffset; skipped++) {
		const next = text.indexOf('\n', lineStart);
		if (next < 0) break;
		lineStart = next + 1;
	}
	return Math.min(lineStart + column - 1, text.length);
}

/** The engine's reason (in the engine's language) without its position and without the echo of the input. */
function syntaxReason(errorMessage: string): string {
	const reason = errorMessage
		.replace(/^JSON\.parse: /, '')
		.replace(/, ".*" is not valid JSON$/s, '')
		.replace(/ in JSON at position \d+.*$/s, '')
		.replace(/ at line \d+ column \d+.*$/s, '')
		.trim();
	const text = shorten(reason, 120) || m.dataset_msg_json_unparsable();
	return text.charAt(0).toLowerCase() + text.slice(1);
}
