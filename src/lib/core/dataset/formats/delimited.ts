import { formatCount } from '../../format';
import { m } from '../../i18n/locale';
import type { ColumnMapping, DatasetIssue, DatasetMessage, RecordResult } from '../types';
import { emptyContentWarnings } from './conversation';
import { failed, issueAt, recordResult } from './issues';
import { joinAnd, quoted, shorten } from './values';

/** One CSV/TSV record: its fields and the line where it starts. */
export interface DelimitedRecord {
	fields: string[];
	line: number;
}

/**
 * Assembles CSV/TSV records from lines (RFC 4180): fields separated by the delimiter, a field in double quotes
 * may hold delimiters, line breaks and `""` for a quote. Lines come without their line break; inside quotes the
 * break is put back as '\n'. A quote inside an unquoted field is kept as text, as most writers expect. Blank
 * lines between records are skipped.
 */
export class DelimitedReader {
	private fields: string[] = [];
	private field = '';
	private inQuotes = false;
	/** The line where the record being assembled started, or null between records. */
	private recordLine: number | null = null;

	constructor(private readonly delimiter: ',' | '\t') {}

	push(lineText: string, line: number): DelimitedRecord[] {
		if (this.recordLine === null) {
			if (lineText === '') return [];
			// Most rows have no quotes: a plain split is the whole record.
			if (!lineText.includes('"')) return [{ fields: lineText.split(this.delimiter), line }];
			this.recordLine = line;
		} else {
			this.field += '\n';
		}
		this.scanLine(lineText);
		if (this.inQuotes) return [];
		return [this.takeRecord()];
	}

	/**
	 * Records still open at the end of the input: none, or an error when a quoted field never closed. There is
	 * no CSV syntax code; `missing_field` (an error) is the nearest: the closing quote is missing.
	 */
	finish(): DelimitedRecord[] | DatasetIssue {
		if (this.recordLine === null) return [];
		const line = this.recordLine;
		const excerpt = shorten(this.field, 120);
		this.fields = [];
		this.field = '';
		this.inQuotes = false;
		this.recordLine = null;
		const message = m.dataset_msg_quote_not_closed({ line: String(line) });
		return issueAt('missing_field', line, message, excerpt);
	}

	private scanLine(text: string): void {
		let atFieldStart = this.field === '' && !this.inQuotes;
		for (let index = 0; index < text.length; index++) {
			const char = text[index];
			if (this.inQuotes) {
				if (char !== '"') this.field += char;
				else if (text[index + 1] === '"') {
					this.field += '"';
					index += 1;
				} else this.inQuotes = false;
			} else if (char === this.delimiter) {
				this.fields.push(this.field);
				this.field = '';
				atFieldStart = true;
				continue;
			} else if (char === '"' && atFieldStart) {
				this.inQuotes = true;
			} else {
				this.field += char;
			}
			atFieldStart = false;
		}
	}

	private takeRecord(): DelimitedRecord {
		this.fields.push(this.field);
		const record = { fields: this.fields, line: this.recordLine ?? 0 };
		this.fields = [];
		this.field = '';
		this.recordLine = null;
		return record;
	}
}

/** Common column names for each part, most specific first (matched case-insensitively). */
const COLUMN_NAMES = {
	system: ['system', 'system_prompt'],
	user: ['prompt', 'instruction', 'question', 'query', 'user', 'input'],
	assistant: ['completion', 'response', 'answer', 'output', 'assistant', 'reply']
} as const;

/** "System Prompt", "system-prompt" and "SYSTEM_PROMPT" all read as system_prompt. */
function normaliseColumnName(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

function findColumn(header: readonly string[], names: readonly string[]): string | undefined {
	const normalised = header.map(normaliseColumnName);
	for (const name of names) {
		const index = normalised.indexOf(name);
		if (index >= 0) return header[index];
	}
	return undefined;
}

/** Which columns hold the system, user and assistant texts, by their usual names; null without user and assistant. */
export function suggestColumnMapping(header: string[]): ColumnMapping | null {
	const user = findColumn(header, COLUMN_NAMES.user);
	const assistant = findColumn(header, COLUMN_NAMES.assistant);
	if (user === undefined || assistant === undefined) return null;
	const system = findColumn(header, COLUMN_NAMES.system);
	return system === undefined ? { user, assistant } : { system, user, assistant };
}

/**
 * One CSV/TSV row as a chat example: an optional system message (left out when its cell is blank), the user
 * cell, the assistant cell. An empty user or assistant cell is an `empty_content` warning, as an empty message
 * is in chat files; a row with both empty holds nothing to count and is an error (`missing_field`).
 */
export function delimitedRecordToExample(
	fields: string[],
	header: string[],
	mapping: ColumnMapping,
	line: number
): RecordResult {
	const missing = missingColumns(header, mapping);
	if (missing.length > 0) {
		const names = joinAnd(missing.map((column) => quoted(column)));
		const message =
			missing.length === 1
				? m.dataset_msg_column_missing({ names })
				: m.dataset_msg_columns_missing({ names });
		return failed(issueAt('missing_field', line, message, shorten(header.join(' | '), 120)));
	}
	if (fields.length !== header.length) {
		const message = m.dataset_msg_row_fields({
			count: fields.length,
			shown: formatCount(fields.length),
			columns: formatCount(header.length)
		});
		return failed(issueAt('missing_field', line, message, shorten(fields.join(' | '), 120)));
	}
	const cell = (column: string | undefined) => {
		const index = column === undefined ? -1 : header.indexOf(column);
		return index < 0 ? undefined : fields[index];
	};
	const user = cell(mapping.user) ?? '';
	const assistant = cell(mapping.assistant) ?? '';
	if (user.trim() === '' && assistant.trim() === '') {
		const message = m.dataset_msg_row_empty({
			user: quoted(mapping.user),
			assistant: quoted(mapping.assistant)
		});
		return failed(issueAt('missing_field', line, message, shorten(fields.join(' | '), 120)));
	}
	const messages: DatasetMessage[] = [];
	const labels: string[] = [];
	const system = cell(mapping.system);
	if (system !== undefined && system.trim() !== '') {
		messages.push({ role: 'system', content: system });
		labels.push(cellLabel(mapping.system ?? ''));
	}
	messages.push({ role: 'user', content: user }, { role: 'assistant', content: assistant });
	labels.push(cellLabel(mapping.user), cellLabel(mapping.assistant));
	const issues = emptyContentWarnings(messages, line, (index) => labels[index] ?? '');
	return recordResult({ messages }, issues);
}

/** Labels a cell in issue text: 'The "prompt" cell'. */
function cellLabel(column: string): string {
	return m.dataset_label_cell({ column: quoted(column) });
}

function missingColumns(header: readonly string[], mapping: ColumnMapping): string[] {
	const columns = [mapping.system, mapping.user, mapping.assistant];
	return columns.filter(
		(column): column is string => column !== undefined && !header.includes(column)
	);
}
