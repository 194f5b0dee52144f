/**
 * Safe reading of untrusted parsed JSON. Only own properties are read, so a `__proto__` or `constructor` key in the
 * data is an ordinary key, and a missing key never falls through to `Object.prototype`.
 */
import { m } from '../../i18n/locale';

export type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own value under `key`, or undefined when it has none. */
export function ownValue(object: JsonObject, key: string): unknown {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Present and not null: exports often write an absent optional field as `null`. */
export function isGiven(value: unknown): boolean {
	return value !== undefined && value !== null;
}

/** What a value is, for messages, in the current language: "a number", "a list", "null". */
export function describeValue(value: unknown): string {
	if (value === null) return m.dataset_value_null();
	if (Array.isArray(value)) return m.dataset_value_list();
	switch (typeof value) {
		case 'string':
			return m.dataset_value_text();
		case 'number':
			return m.dataset_value_number();
		case 'boolean':
			return value ? m.dataset_value_true() : m.dataset_value_false();
		case 'object':
			return m.dataset_value_object();
		default:
			return m.dataset_value_missing();
	}
}

/** Two or more names joined as a sentence does: "a and b", "a and b and c". */
export function joinAnd(names: readonly string[]): string {
	if (names.length === 0) return '';
	return names.reduce((first, second) => m.dataset_and({ first, second }));
}

/** Compact JSON text, or null when the value is nested too deeply for `JSON.stringify` (it recurses). */
export function compactJson(value: unknown): string | null {
	try {
		return JSON.stringify(value);
	} catch {
		return null;
	}
}

const PREVIEW_MAX_DEPTH = 6;

/**
 * A short JSON-like rendering of a value for excerpts: bounded in depth and stopping once `maxChars` are
 * written, so a huge or deeply nested value costs little.
 */
export function previewValue(value: unknown, maxChars = 120): string {
	const out: string[] = [];
	let length = 0;
	const write = (text: string) => {
		out.push(text);
		length += text.length;
	};
	const full = () => length > maxChars;

	const visit = (item: unknown, depth: number): void => {
		if (full()) return;
		if (typeof item === 'string') return write(JSON.stringify(item.slice(0, maxChars + 1)));
		if (!Array.isArray(item) && !isJsonObject(item)) return write(String(item));
		if (depth >= PREVIEW_MAX_DEPTH) return write(Array.isArray(item) ? '[…]' : '{…}');
		if (Array.isArray(item)) {
			write('[');
			for (const [index, element] of item.entries()) {
				if (full()) break;
				if (index > 0) write(',');
				visit(element, depth + 1);
			}
			return write(']');
		}
		write('{');
		for (const [index, key] of Object.keys(item).entries()) {
			if (full()) break;
			if (index > 0) write(',');
			write(`${JSON.stringify(key.slice(0, maxChars + 1))}:`);
			visit(item[key], depth + 1);
		}
		write('}');
	};

	visit(value, 0);
	return shorten(out.join(''), maxChars);
}

/** At most `maxChars` characters, ending with '…' when cut, never splitting a surrogate pair. */
export function shorten(text: string, maxChars = 120): string {
	if (text.length <= maxChars) return text;
	let end = maxChars - 1;
	const code = text.charCodeAt(end - 1);
	if (code >= 0xd800 && code <= 0xdbff) end -= 1;
	return `${text.slice(0, end)}…`;
}

/** About `maxChars` characters of `text` centred on `offset`, marked with '…' where cut. */
export function excerptAround(text: string, offset: number, maxChars = 120): string {
	const radius = Math.floor((maxChars - 2) / 2);
	const start = Math.max(0, offset - radius);
	const end = Math.min(text.length, offset + radius);
	const before = start > 0 ? '…' : '';
	const after = end < text.length ? '…' : '';
	return `${before}${text.slice(start, end)}${after}`;
}

/** A key or value quoted for a message, shortened so one odd value cannot flood the text. */
export function quoted(text: string, maxChars = 60): string {
	return `"${shorten(text, maxChars)}"`;
}
