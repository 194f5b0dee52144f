import { intlLocale } from '../i18n/locale';
import { numberFormat } from '../format';

/**
 * Writes the figures inside explanations. The page can pass another one to show money in another currency or
 * numbers in another locale; the computation itself stays in USD.
 */
export interface CostFormatter {
	/** An amount of money given in USD, also a price per 1M tokens. */
	money(usd: number): string;
	/** Tokens, requests, seconds, parameters: thousands separators, one decimal at most. */
	count(value: number): string;
	/** A share or rate given as a fraction: 0.8 → "80%". */
	percent(share: number): string;
	/** A very large figure such as FLOPs: 1.9272e17 → "1.93e17". */
	scientific(value: number): string;
}

const MAX_MONEY_DECIMALS = 6;
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** USD in the current locale ("$30.00", "30,00 $US"), made once per locale and decimals. */
function moneyFormat(decimals: number): Intl.NumberFormat {
	const tag = intlLocale();
	const key = `${tag} ${decimals}`;
	let format = moneyFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(tag, {
			style: 'currency',
			currency: 'USD',
			minimumFractionDigits: 2,
			maximumFractionDigits: decimals
		});
		moneyFormats.set(key, format);
	}
	return format;
}

/**
 * Decimals that show two significant digits of an amount under $1 (at least 2, at most 6): per-request costs
 * are fractions of a cent, and "$0.00" would hide them.
 */
export function moneyDecimals(usd: number): number {
	const magnitude = Math.abs(usd);
	if (magnitude >= 1 || magnitude === 0 || !Number.isFinite(magnitude)) return 2;
	const leadingDigit = Math.floor(Math.log10(magnitude));
	return Math.min(MAX_MONEY_DECIMALS, Math.max(2, 1 - leadingDigit));
}

/**
 * USD in the current locale (en-US "$0.54", fr-FR "0,54 $US"): 2 decimals from $1 up; below that two significant
 * digits with trailing zeros dropped past the second decimal: $0.54, $0.0063, $0.001 (not $0.0010), $0.50.
 */
export function formatUsd(usd: number): string {
	return moneyFormat(moneyDecimals(usd)).format(usd);
}

/**
 * Figures in USD written in the current interface locale, read at each call so explanations follow a change of
 * language. The page passes its own display formatter (chosen locale and currency) instead.
 */
export const usdFormatter: CostFormatter = {
	money: formatUsd,
	count: (value) => numberFormat({ maximumFractionDigits: 1 }).format(value),
	percent: (share) => numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(share),
	scientific: (value) =>
		numberFormat({ notation: 'scientific', maximumFractionDigits: 2 })
			.format(value)
			.replace('E', 'e')
};
