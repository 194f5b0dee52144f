/**
 * The interface language. Messages live in messages/<area>/<locale>.json and are compiled by Paraglide into
 * ./paraglide (generated, not committed: `npm run i18n`, the Vite plugin and `npm install` write it). Every message
 * function reads the current locale when called, so whoever owns a thread says once where the locale comes from:
 * the page from its reactive setting (src/lib/state/locale.svelte.ts), a worker from the page (src/lib/workers),
 * the command line from `--lang`. Without that, it is English.
 */
import {
	baseLocale,
	getLocale,
	isLocale,
	locales,
	overwriteGetLocale,
	type Locale
} from './paraglide/runtime.js';

export { baseLocale, getLocale, isLocale, locales, type Locale };
export { m } from './paraglide/messages.js';

/** The tag Intl formats with: grouping, decimal comma or point, currency and date order. */
const INTL_TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };

/** Each language's name in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** Makes every message and format in this thread follow `read()` (a function, so a reactive source can back it). */
export function followLocale(read: () => Locale): void {
	overwriteGetLocale(read);
}

/** Fixes this thread's locale. */
export function useLocale(locale: Locale): void {
	overwriteGetLocale(() => locale);
}

/** The Intl tag of the current locale. */
export function intlLocale(locale: Locale = getLocale()): string {
	return INTL_TAGS[locale];
}

/**
 * The first supported language among the user's preferred ones ("fr-CA" counts as French), else English.
 */
export function matchLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const language = tag.toLowerCase().split('-')[0] ?? '';
		if (isLocale(language)) return language;
	}
	return baseLocale;
}
