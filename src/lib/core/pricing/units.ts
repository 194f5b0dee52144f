/**
 * Multiplies a number by 10^power through its decimal text, so that 0.0000025 per token becomes exactly 2.5
 * per 1M (a float multiply gives 2.4999999999999996 for some inputs, e.g. 3e-7 * 1e6).
 */
export function scaleByPowerOfTen(value: number, power: number): number {
	if (!Number.isFinite(value)) return value;
	const [mantissa, exponent = '0'] = String(value).split('e');
	return Number(`${mantissa}e${Number(exponent) + power}`);
}

/** USD per token → USD per 1M tokens, exactly as written. */
export function perTokenToPerMillion(usdPerToken: number): number {
	return scaleByPowerOfTen(usdPerToken, 6);
}
