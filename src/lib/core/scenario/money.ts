import { moneyDecimals, type CostFormatter } from '../cost/format';
import { intlLocale } from '../i18n/locale';

/** How money and numbers read: a locale, and a currency with its rate per US dollar (typed in, never fetched). */
export interface DisplaySettings {
	/** A BCP 47 tag such as 'fr-FR', or FOLLOW_LANGUAGE: the interface language's own format. */
	locale: string;
	/** ISO 4217 code, e.g. 'USD', 'EUR'. */
	currency: string;
	/** Units of `currency` per 1 USD; 1 for USD. */
	rate: number;
}

/** The number format of the interface language, whichever it is when a figure is written. */
export const FOLLOW_LANGUAGE = '';

export const USD_DISPLAY: DisplaySettings = { locale: FOLLOW_LANGUAGE, currency: 'USD', rate: 1 };

/** True for a currency code this browser knows (any three letters would format, so the list decides). */
export function isCurrencyCode(code: string): boolean {
	return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

/**
 * A formatter for explanations and cells in the chosen locale and currency; amounts arrive in USD. A formatter that
 * follows the language reads it at each figure, so a change of language rewrites what is shown without a new one.
 */
export function displayFormatter(settings: DisplaySettings): CostFormatter {
	const formats = new Map<string, Intl.NumberFormat>();
	const format = (name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
		const locale = settings.locale || intlLocale();
		const key = `${locale} ${name}`;
		let made = formats.get(key);
		if (!made) {
			made = new Intl.NumberFormat(locale, options);
			formats.set(key, made);
		}
		return made;
	};
	const moneyFormat = (decimals: number) =>
		format(`money ${decimals}`, {
			style: 'currency',
			currency: settings.currency,
			minimumFractionDigits: 2,
			maximumFractionDigits: decimals
		});
	return {
		money: (usd) => {
			const local = usd * settings.rate;
			return moneyFormat(moneyDecimals(local)).format(local);
		},
		count: (value) => format('count', { maximumFractionDigits: 1 }).format(value),
		percent: (share) =>
			format('percent', { style: 'percent', maximumFractionDigits: 1 }).format(share),
		scientific: (value) =>
			format('scientific', { notation: 'scientific', maximumFractionDigits: 2 })
				.format(value)
				.replace('E', 'e')
	};
}
