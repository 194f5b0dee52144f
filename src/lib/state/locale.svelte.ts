import {
	baseLocale,
	followLocale,
	isLocale,
	matchLocale,
	type Locale
} from '$lib/core/i18n/locale';

/** Where the chosen language is remembered: read synchronously at start, so the first frame is in it. */
const STORAGE_KEY = 'tunesheet.locale';

function storedLocale(): Locale | null {
	try {
		const value = localStorage.getItem(STORAGE_KEY);
		return value && isLocale(value) ? value : null;
	} catch {
		// Storage can be refused (privacy settings); the browser's languages still decide.
		return null;
	}
}

function browserLocale(): Locale {
	// Unit tests run without a browser.
	if (typeof navigator === 'undefined') return baseLocale;
	return matchLocale(navigator.languages ?? [navigator.language]);
}

/**
 * The interface language: the one chosen here before, else the browser's first supported language, else English.
 * Every message function reads `current` through Paraglide's getLocale, so whatever the page shows from messages
 * (templates, $derived values) follows a change at once, without a reload that could lose an edit.
 */
class InterfaceLocale {
	current = $state<Locale>(storedLocale() ?? browserLocale());

	/** Switches the language, remembers it for the next visit, and tells assistive technology through `lang`. */
	choose(locale: Locale): void {
		this.current = locale;
		document.documentElement.lang = locale;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			// Not remembered; this visit still switches.
		}
	}
}

export const interfaceLocale = new InterfaceLocale();

/** Called first on the page (src/hooks.client.ts), before any message is read. */
export function startInterfaceLocale(): void {
	followLocale(() => interfaceLocale.current);
	document.documentElement.lang = interfaceLocale.current;
}
