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
const moneyFormats = new Map<number, Intl.NumberFormat>();

function moneyFormat(decimals: number): Intl.NumberFormat {
	let format = moneyFormats.get(decimals);
	if (!format) {
		format = new Intl.NumberFormat('en-US', {
			style: 'currency',
			currency: 'USD',
			minimumFractionDigits: 2,
			maximumFractionDigits: decimals
		});
		moneyFormats.set(decimals, format);
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
 * USD in en-US: 2 decimals from $1 up; below that two significant digits with trailing zeros dropped past the
 * second decimal: $0.54, $0.0063, $0.001 (not $0.0010), $0.50.
 */
export function formatUsd(usd: number): string {
	return moneyFormat(moneyDecimals(usd)).format(usd);
}

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('en-US', {
	style: 'percent',
	maximumFractionDigits: 1
});
const scientificFormat = new Intl.NumberFormat('en-US', {
	notation: 'scientific',
	maximumFractionDigits: 2
});

export const usdFormatter: CostFormatter = {
	money: formatUsd,
	count: (value) => countFormat.format(value),
	percent: (share) => percentFormat.format(share),
	scientific: (value) => scientificFormat.format(value).replace('E', 'e')
};
