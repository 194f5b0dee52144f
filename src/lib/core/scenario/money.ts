import { moneyDecimals, type CostFormatter } from '../cost/format';

/** How money and numbers read: the user's locale, and a currency with its rate per US dollar (typed in, never fetched). */
export interface DisplaySettings {
	locale: string;
	/** ISO 4217 code, e.g. 'USD', 'EUR'. */
	currency: string;
	/** Units of `currency` per 1 USD; 1 for USD. */
	rate: number;
}

export const USD_DISPLAY: DisplaySettings = { locale: 'en-US', currency: 'USD', rate: 1 };

/** True for a currency code this browser knows (any three letters would format, so the list decides). */
export function isCurrencyCode(code: string): boolean {
	return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

/** A formatter for explanations and cells in the chosen locale and currency; amounts arrive in USD. */
export function displayFormatter(settings: DisplaySettings): CostFormatter {
	const money = new Map<number, Intl.NumberFormat>();
	const moneyFormat = (decimals: number) => {
		let format = money.get(decimals);
		if (!format) {
			format = new Intl.NumberFormat(settings.locale, {
				style: 'currency',
				currency: settings.currency,
				minimumFractionDigits: 2,
				maximumFractionDigits: decimals
			});
			money.set(decimals, format);
		}
		return format;
	};
	const count = new Intl.NumberFormat(settings.locale, { maximumFractionDigits: 1 });
	const percent = new Intl.NumberFormat(settings.locale, {
		style: 'percent',
		maximumFractionDigits: 1
	});
	const scientific = new Intl.NumberFormat(settings.locale, {
		notation: 'scientific',
		maximumFractionDigits: 2
	});
	return {
		money: (usd) => {
			const local = usd * settings.rate;
			return moneyFormat(moneyDecimals(local)).format(local);
		},
		count: (value) => count.format(value),
		percent: (share) => percent.format(share),
		scientific: (value) => scientific.format(value).replace('E', 'e')
	};
}
