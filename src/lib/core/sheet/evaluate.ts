/**
 * What a person types into a numeric cell of the sheet, turned into a number by our own small parser: no `eval`,
 * no `Function`, no identifiers, no property access.
 *
 * A plain value: `1200`, `1,200`, `0.5`, `.5`, `5.`, `2e6`, with an optional sign and `$` (`-$3`), a scale suffix
 * (k thousand, m or M million, b billion, t trillion) and `%` for hundredths (`30%` is 0.3). Commas only separate
 * groups of three digits, so `0,5` is an error rather than 5.
 *
 * A leading `=` starts arithmetic over such values: `+ - * /`, `^`, parentheses and unary signs (`=1.5k*12`,
 * `=(2+3)*4`, `=30%*200`, `=2^10`, `=(2+3)%`). Without `=` arithmetic is refused with a hint instead of being
 * worked out, so that pasted text such as a date (2024-01-05) or a phone number never turns into a number silently.
 *
 * `^` binds tighter than `*` and `/`. Spreadsheets and maths disagree on `-2^2` (4 or -4) and `2^3^2` (64 or 512),
 * so those are refused with a hint to add parentheses rather than guessed.
 *
 * Errors carry `at`, the index in the given text (as a text field's selection counts) where the problem is; the
 * message counts characters from 1.
 */

import { m } from '../i18n/locale';

export type EvaluateResult =
	{ ok: true; value: number } | { ok: false; error: string; at?: number };

export const MAX_INPUT_LENGTH = 200;
export const MAX_NESTING = 50;

/** Exponents beyond this already give Infinity or 0, so larger ones are clamped before reaching `Number`. */
const EXPONENT_LIMIT = 99_999;

class EvaluationError extends Error {
	constructor(
		message: string,
		readonly at: number
	) {
		super(message);
	}
}

function isSpace(char: string | undefined): boolean {
	return char !== undefined && /\s/.test(char);
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= '0' && char <= '9';
}

/** '-' or the typographic minus sign (U+2212) that pasted numbers often carry. */
function isMinus(char: string | undefined): boolean {
	return char === '-' || char === '\u2212';
}

function scaleExponent(char: string | undefined): number | undefined {
	switch (char) {
		case 'k':
		case 'K':
			return 3;
		case 'm':
		case 'M':
			return 6;
		case 'b':
		case 'B':
			return 9;
		case 't':
		case 'T':
			return 12;
		default:
			return undefined;
	}
}

/** A character as a person can read it in a message, invisible ones by their code point. */
function describeChar(text: string, index: number): string {
	const codePoint = text.codePointAt(index) ?? 0;
	if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0xa0) || codePoint === 0xfeff) {
		return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
	}
	const char = String.fromCodePoint(codePoint);
	return char === "'" ? `"'"` : `'${char}'`;
}

function checkFinite(value: number, at: number): number {
	if (!Number.isFinite(value)) throw new EvaluationError(m.sheet_eval_too_large(), at);
	return value;
}

/** Recursive descent with the nesting checked before each `(`, so the stack stays shallow. */
class InputParser {
	private position: number;
	private depth = 0;
	/** Set once the text uses operators or parentheses, which a plain value (no leading '=') may not. */
	usesArithmetic = false;

	constructor(
		private readonly text: string,
		start: number,
		private readonly end: number
	) {
		this.position = start;
	}

	parseWhole(): number {
		const value = this.parseSum();
		this.skipSpace();
		if (this.position < this.end) throw this.unexpected();
		return value;
	}

	private char(offset = 0): string | undefined {
		const index = this.position + offset;
		return index < this.end ? this.text[index] : undefined;
	}

	private skipSpace(): void {
		while (this.position < this.end && isSpace(this.text[this.position])) this.position++;
	}

	private unexpected(): EvaluationError {
		const at = this.position;
		if (at >= this.end) return this.unfinished();
		return new EvaluationError(
			m.sheet_eval_unexpected({ char: describeChar(this.text, at), position: at + 1 }),
			at
		);
	}

	private unfinished(): EvaluationError {
		let before = this.position - 1;
		while (before >= 0 && isSpace(this.text[before])) before--;
		const message =
			before >= 0
				? m.sheet_eval_unfinished_after({ char: describeChar(this.text, before) })
				: m.sheet_eval_unfinished();
		return new EvaluationError(message, this.end);
	}

	private parseSum(): number {
		let value = this.parseProduct();
		for (;;) {
			this.skipSpace();
			const operator = this.char();
			const subtract = isMinus(operator);
			if (operator !== '+' && !subtract) return value;
			this.usesArithmetic = true;
			const at = this.position++;
			const right = this.parseProduct();
			value = checkFinite(subtract ? value - right : value + right, at);
		}
	}

	private parseProduct(): number {
		let value = this.parseSigned();
		for (;;) {
			this.skipSpace();
			const operator = this.char();
			if (operator !== '*' && operator !== '/') return value;
			this.usesArithmetic = true;
			const at = this.position++;
			const right = this.parseSigned();
			if (operator === '/' && right === 0)
				throw new EvaluationError(m.sheet_eval_division_by_zero(), at);
			value = checkFinite(operator === '/' ? value / right : value * right, at);
		}
	}

	/** Leading signs, read in a loop so that a long run of them costs no stack. */
	private readSigns(): { negative: boolean; count: number; minusAt: number } {
		let negative = false;
		let count = 0;
		let minusAt = -1;
		for (;;) {
			this.skipSpace();
			const sign = this.char();
			if (isMinus(sign)) {
				negative = !negative;
				if (minusAt < 0) minusAt = this.position;
			} else if (sign !== '+') {
				return { negative, count, minusAt };
			}
			count++;
			this.position++;
		}
	}

	private parseSigned(): number {
		const signs = this.readSigns();
		if (signs.count > 1) this.usesArithmetic = true;
		const { value, isPower } = this.parsePower();
		if (isPower && signs.minusAt >= 0) {
			throw new EvaluationError(m.sheet_eval_ambiguous_minus(), signs.minusAt);
		}
		return signs.negative ? -value : value;
	}

	private parsePower(): { value: number; isPower: boolean } {
		const base = this.parsePrimary();
		this.skipSpace();
		if (this.char() !== '^') return { value: base, isPower: false };
		this.usesArithmetic = true;
		const at = this.position++;
		const signs = this.readSigns();
		const magnitude = this.parsePrimary();
		const exponent = signs.negative ? -magnitude : magnitude;
		this.skipSpace();
		if (this.char() === '^') {
			throw new EvaluationError(m.sheet_eval_ambiguous_power(), this.position);
		}
		if (base === 0 && exponent < 0) throw new EvaluationError(m.sheet_eval_division_by_zero(), at);
		const value = base ** exponent;
		if (Number.isNaN(value)) {
			throw new EvaluationError(m.sheet_eval_no_real_result(), at);
		}
		return { value: checkFinite(value, at), isPower: true };
	}

	private parsePrimary(): number {
		this.skipSpace();
		const char = this.char();
		if (char === undefined) throw this.unfinished();
		if (char === '(') return this.parseGroup();
		if (char === '$' || isDigit(char) || (char === '.' && isDigit(this.char(1)))) {
			return this.parseLiteral();
		}
		throw this.unexpected();
	}

	private parseGroup(): number {
		const openAt = this.position;
		if (this.depth >= MAX_NESTING) {
			throw new EvaluationError(m.sheet_eval_too_deep({ max: MAX_NESTING }), openAt);
		}
		this.depth++;
		this.usesArithmetic = true;
		this.position++;
		let value = this.parseSum();
		this.skipSpace();
		if (this.position >= this.end) {
			throw new EvaluationError(m.sheet_eval_missing_paren({ position: openAt + 1 }), this.end);
		}
		if (this.char() !== ')') throw this.unexpected();
		this.position++;
		this.depth--;
		this.skipSpace();
		if (this.char() === '%') {
			this.position++;
			value /= 100;
		}
		return value;
	}

	/**
	 * One value such as `$1,200.50`, `2e6`, `1.5k` or `30%`. Scale and percent shift the decimal exponent of the
	 * written digits, so `1.1M` is exactly the double nearest 1,100,000 rather than 1.1 × 10⁶ rounded twice.
	 */
	private parseLiteral(): number {
		const start = this.position;
		const money = this.char() === '$';
		if (money) {
			this.position++;
			this.skipSpace();
			const next = this.char();
			if (!isDigit(next) && !(next === '.' && isDigit(this.char(1)))) throw this.unexpected();
		}
		const whole = this.readGroupedDigits();
		let fraction = '';
		if (this.char() === '.') {
			this.position++;
			fraction = this.readDigits();
			if (this.char() === '.' || this.char() === ',') throw this.unexpected();
		}
		let exponent = 0;
		if (this.char() === 'e' || this.char() === 'E') exponent = this.readExponent();
		this.skipSpace();
		const scale = scaleExponent(this.char());
		if (scale !== undefined) {
			exponent += scale;
			this.position++;
			this.skipSpace();
		}
		if (this.char() === '%') {
			if (money) {
				throw new EvaluationError(
					m.sheet_eval_money_and_percent({ position: this.position + 1 }),
					this.position
				);
			}
			exponent -= 2;
			this.position++;
		}
		exponent = Math.max(-EXPONENT_LIMIT, Math.min(EXPONENT_LIMIT, exponent));
		const value = Number(`${whole || '0'}.${fraction || '0'}e${exponent}`);
		return checkFinite(value, start);
	}

	private readDigits(): string {
		const start = this.position;
		while (isDigit(this.char())) this.position++;
		return this.text.slice(start, this.position);
	}

	/** Digits with optional thousands separators: 1,234,567 (groups of three after the first one to three). */
	private readGroupedDigits(): string {
		let digits = this.readDigits();
		if (this.char() !== ',') return digits;
		let firstGroupOk = digits.length >= 1 && digits.length <= 3;
		while (this.char() === ',') {
			const commaAt = this.position;
			this.position++;
			const group = this.readDigits();
			if (!firstGroupOk || group.length !== 3) {
				throw new EvaluationError(m.sheet_eval_misplaced_comma({ position: commaAt + 1 }), commaAt);
			}
			firstGroupOk = true;
			digits += group;
		}
		return digits;
	}

	/** `e6`, `E-3`, `e+2`: the exponent's value, clamped where it could only give Infinity or 0. */
	private readExponent(): number {
		const at = this.position;
		this.position++;
		let negative = false;
		if (this.char() === '+' || isMinus(this.char())) {
			negative = isMinus(this.char());
			this.position++;
		}
		const digits = this.readDigits();
		if (digits === '') {
			throw new EvaluationError(
				m.sheet_eval_incomplete_exponent({ position: at + 1, letter: this.text[at] ?? 'e' }),
				at
			);
		}
		const magnitude = digits.length > 6 ? EXPONENT_LIMIT : Math.min(Number(digits), EXPONENT_LIMIT);
		return negative ? -magnitude : magnitude;
	}
}

function failure(error: string, at?: number): EvaluateResult {
	return at === undefined ? { ok: false, error } : { ok: false, error, at };
}

/** Evaluates what a person typed into a numeric cell. */
export function evaluateInput(text: string): EvaluateResult {
	let start = 0;
	let end = text.length;
	while (start < end && isSpace(text[start])) start++;
	while (end > start && isSpace(text[end - 1])) end--;
	if (start === end) return failure(m.sheet_eval_empty());
	if (end - start > MAX_INPUT_LENGTH) {
		return failure(m.sheet_eval_too_long({ max: MAX_INPUT_LENGTH }));
	}

	const formula = text[start] === '=';
	const bodyStart = formula ? start + 1 : start;
	if (formula && text.slice(bodyStart, end).trim() === '')
		return failure(m.sheet_eval_nothing_after_equals(), start);

	const parser = new InputParser(text, bodyStart, end);
	let value: number;
	try {
		value = parser.parseWhole();
	} catch (error) {
		if (error instanceof EvaluationError) return failure(error.message, error.at);
		throw error;
	}
	if (!formula && parser.usesArithmetic) {
		return failure(m.sheet_eval_start_with_equals({ formula: text.slice(start, end) }), start);
	}
	// -0 would print as "-0" and differ from 0 under Object.is.
	return { ok: true, value: value === 0 ? 0 : value };
}
