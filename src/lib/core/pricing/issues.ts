/*
 * What a zod check found, in the current language. zod writes its own messages in English; this error map writes
 * them through the messages instead (the English ones read as zod's own), so that an import report or a refused
 * file reads in the person's language. Pass it when parsing: `schema.safeParse(data, { error: issueMessage })`.
 * Messages a schema sets itself (`error: () => m.…()`) take precedence over it.
 */
import type { z } from 'zod';
import { numberFormat } from '../format';
import { m } from '../i18n/locale';

const TYPE_NAMES: Record<string, () => string> = {
	string: m.prices_type_string,
	number: m.prices_type_number,
	int: m.prices_type_int,
	boolean: m.prices_type_boolean,
	object: m.prices_type_object,
	array: m.prices_type_array,
	bigint: m.prices_type_bigint,
	date: m.prices_type_date,
	function: m.prices_type_function,
	symbol: m.prices_type_symbol
};

/** A type as a message names it: "number" in English, "un nombre" in French; null, NaN and Infinity as they are. */
function typeName(type: string): string {
	return Object.hasOwn(TYPE_NAMES, type) ? TYPE_NAMES[type]!() : type;
}

/** The type of a value that was given, as zod names it ('NaN' and 'Infinity' for numbers that are none). */
function receivedType(input: unknown): string {
	if (typeof input === 'number') return Number.isFinite(input) ? 'number' : String(input);
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'array';
	if (input instanceof Date) return 'date';
	return typeof input;
}

/** A literal as zod quotes it: strings in double quotes, others as written. */
function literal(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (typeof value === 'bigint') return `${value}n`;
	return String(value);
}

function bound(value: number | bigint): string {
	return typeof value === 'bigint'
		? value.toString()
		: numberFormat({ maximumFractionDigits: 20 }).format(value);
}

/** The message of one issue found by zod, in the current language. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? m.prices_issue_missing({ expected: typeName(issue.expected) })
				: m.prices_issue_type({
						expected: typeName(issue.expected),
						received: typeName(receivedType(issue.input))
					});
		case 'invalid_value':
			return issue.values.length === 1
				? m.prices_issue_value({ value: literal(issue.values[0]) })
				: m.prices_issue_option({ values: issue.values.map(literal).join('|') });
		case 'invalid_union':
			return issue.inclusive !== false && issue.options && issue.options.length > 0
				? m.prices_issue_discriminator({
						options: issue.options.map((option) => `'${String(option)}'`).join(' | ')
					})
				: m.prices_issue_invalid();
		case 'too_small':
			if (issue.origin === 'string' && issue.inclusive && !issue.exact) {
				const limit = Number(issue.minimum);
				return m.prices_issue_too_short({ count: limit, shown: bound(limit) });
			}
			if (issue.exact || !['number', 'int', 'bigint'].includes(issue.origin))
				return m.prices_issue_invalid();
			return (issue.inclusive ? m.prices_issue_min : m.prices_issue_above)({
				origin: typeName(issue.origin),
				limit: bound(issue.minimum)
			});
		case 'too_big':
			if (issue.exact || !['number', 'int', 'bigint'].includes(issue.origin))
				return m.prices_issue_invalid();
			return (issue.inclusive ? m.prices_issue_max : m.prices_issue_below)({
				origin: typeName(issue.origin),
				limit: bound(issue.maximum)
			});
		default:
			return m.prices_issue_invalid();
	}
}
