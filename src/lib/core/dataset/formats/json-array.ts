import { m } from '../../i18n/locale';
import type { DatasetIssue } from '../types';
import { excerptAround } from './values';

/** One element of a JSON array file: its text and the 1-based line where it starts. */
export interface JsonArrayElement {
	text: string;
	line: number;
}

/** Opening brackets and the closers they expect. */
const CLOSERS: ReadonlyMap<string, string> = new Map([
	['{', '}'],
	['[', ']']
]);

/**
 * Splits a top-level JSON array into its elements' texts, each with the line where it starts, without parsing
 * them (each element is parsed as a record, so its own syntax errors get their own line). The scanner follows
 * strings, escapes and bracket nesting with an explicit stack; a syntax error at this level yields one
 * `invalid_json` issue and ends the scan.
 */
export function* readJsonArrayElements(text: string): Generator<JsonArrayElement | DatasetIssue> {
	const scanner = new ArrayScanner(text);
	scanner.skipWhitespace();
	if (scanner.peek() !== '[') {
		yield scanner.error(m.dataset_msg_array_start());
		return;
	}
	scanner.advance();
	scanner.skipWhitespace();
	if (scanner.peek() === ']') {
		yield* closeArray(scanner);
		return;
	}
	for (let count = 1; ; count++) {
		scanner.skipWhitespace();
		const element = scanner.scanElement();
		yield element;
		if ('code' in element) return;
		scanner.skipWhitespace();
		const next = scanner.peek();
		if (next === ',') {
			scanner.advance();
			scanner.skipWhitespace();
			if (scanner.peek() !== ']') continue;
			yield scanner.error(m.dataset_msg_array_trailing_comma({ element: String(count) }));
			return;
		}
		if (next === ']') {
			yield* closeArray(scanner);
			return;
		}
		yield next === undefined
			? scanner.error(m.dataset_msg_array_not_closed())
			: scanner.error(m.dataset_msg_array_expected_separator({ element: String(count) }));
		return;
	}
}

/** Past the closing ']': only whitespace may follow. */
function* closeArray(scanner: ArrayScanner): Generator<DatasetIssue> {
	scanner.advance();
	const trailing = scanner.trailingTextError();
	if (trailing) yield trailing;
}

/** A place in the text: offset, 1-based line, and the offset where that line starts. */
interface Mark {
	position: number;
	line: number;
	lineStart: number;
}

/** A cursor over the text that keeps the line and column of its position. */
class ArrayScanner {
	private position = 0;
	private line = 1;
	private lineStart = 0;

	constructor(private readonly text: string) {
		if (text.charCodeAt(0) === 0xfeff) this.position = 1;
	}

	peek(): string | undefined {
		return this.text[this.position];
	}

	advance(): void {
		if (this.text[this.position] === '\n') {
			this.line += 1;
			this.lineStart = this.position + 1;
		}
		this.position += 1;
	}

	skipWhitespace(): void {
		while (/[ \t\r\n]/.test(this.text[this.position] ?? '')) this.advance();
	}

	private mark(): Mark {
		return { position: this.position, line: this.line, lineStart: this.lineStart };
	}

	/** An element's text, from its first character to its last, or the error that stops the scan. */
	scanElement(): JsonArrayElement | DatasetIssue {
		const start = this.mark();
		const first = this.peek();
		if (first === undefined || first === ',' || first === ']') {
			return this.error(m.dataset_msg_array_missing_element());
		}
		const problem =
			first === '"'
				? this.scanString()
				: CLOSERS.has(first)
					? this.scanContainer(start)
					: this.scanBareValue();
		if (problem) return problem;
		return { text: this.text.slice(start.position, this.position), line: start.line };
	}

	/** A string from its opening quote past its closing one; an error when it never closes. */
	private scanString(): DatasetIssue | null {
		const start = this.mark();
		this.advance();
		while (this.position < this.text.length) {
			const char = this.text[this.position];
			if (char === '"') {
				this.advance();
				return null;
			}
			if (char === '\\') this.advance();
			this.advance();
		}
		return this.error(m.dataset_msg_array_string_not_closed(), start);
	}

	/** An object or array, nesting tracked with a stack of expected closers (no recursion). */
	private scanContainer(start: Mark): DatasetIssue | null {
		const closers: string[] = [];
		while (this.position < this.text.length) {
			const char = this.text[this.position] ?? '';
			if (char === '"') {
				const problem = this.scanString();
				if (problem) return problem;
				continue;
			}
			const closer = CLOSERS.get(char);
			if (closer !== undefined) closers.push(closer);
			else if (char === '}' || char === ']') {
				const expected = closers.pop();
				if (char !== expected)
					return this.error(
						m.dataset_msg_array_wrong_closer({ found: char, expected: expected ?? '' })
					);
			}
			this.advance();
			if (closers.length === 0) return null;
		}
		return this.error(m.dataset_msg_array_element_not_closed(), start);
	}

	/** A number, true, false or null: up to the next separator (the record parser checks it). */
	private scanBareValue(): null {
		while (!/^[,\]{}[" \t\r\n]?$/.test(this.text[this.position] ?? '')) this.advance();
		return null;
	}

	/** Anything but whitespace after the closing ']' is an error. */
	trailingTextError(): DatasetIssue | null {
		this.skipWhitespace();
		return this.position < this.text.length
			? this.error(m.dataset_msg_array_trailing_text())
			: null;
	}

	/** An `invalid_json` issue at `at` (by default the current place), with the text around it. */
	error(message: string, at: Mark = this.mark()): DatasetIssue {
		return {
			code: 'invalid_json',
			line: at.line,
			column: at.position - at.lineStart + 1,
			message,
			excerpt: excerptAround(this.text, at.position)
		};
	}
}
