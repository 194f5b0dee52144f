/*
 * The words of a failed check, in the interface language. Messages a schema sets itself (ours, through `m`) are
 * written when the check fails; the rest are zod's own, which it has in both languages. Passed to each parse
 * (`schema.safeParse(data, { error: localizedIssues })`) rather than set for the whole thread, so that it reads
 * the language at the moment of the check.
 */
import type { $ZodErrorMap } from 'zod/v4/core';
import { en, fr } from 'zod/locales';
import { getLocale, m, type Locale } from '../i18n/locale';

const ZOD_MESSAGES: Record<Locale, $ZodErrorMap> = {
	en: en().localeError,
	fr: fr().localeError
};

/** French sets a no-break space before these signs; zod's French writes a plain one. */
function frenchSpacing(text: string): string {
	return text.replace(/ ([:;?!%])/g, '\u00a0$1');
}

export const localizedIssues: $ZodErrorMap = (issue) => {
	const locale = getLocale();
	const made = ZOD_MESSAGES[locale](issue);
	const text = typeof made === 'string' ? made : made?.message;
	if (text === undefined) return undefined;
	return locale === 'fr' ? frenchSpacing(text) : text;
};

/** Problems in one line, as the interface language separates them ('a; b', 'a ; b'). */
export function joinProblems(problems: readonly string[]): string {
	return problems.join(m.projects_problem_separator());
}
