import { formatCount, numberFormat } from '../format';
import { getLocale, m } from '../i18n/locale';
import {
	FLOPS,
	PARAMETERS,
	PER_GPU_HOUR,
	PER_HOUR,
	PER_HOUR_PER_MODEL_UNIT,
	PER_JOB_MINIMUM,
	PER_MILLION_TOKENS,
	PER_MILLION_TRAINING_TOKENS,
	PER_MODEL_MONTH,
	PER_TRAINING_HOUR,
	TOKENS
} from './types';

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

/** A USD unit's two readings: the unit alone ("USD per 1M tokens") and an amount in it ("$2.50 per 1M tokens"). */
interface MoneyUnit {
	label: () => string;
	amount: (money: string) => string;
}

const MONEY_UNITS: Record<string, MoneyUnit> = {
	[PER_MILLION_TOKENS]: {
		label: m.prices_unit_per_million_tokens,
		amount: (money) => m.prices_value_per_million_tokens({ money })
	},
	[PER_MILLION_TRAINING_TOKENS]: {
		label: m.prices_unit_per_million_training_tokens,
		amount: (money) => m.prices_value_per_million_training_tokens({ money })
	},
	[PER_TRAINING_HOUR]: {
		label: m.prices_unit_per_training_hour,
		amount: (money) => m.prices_value_per_training_hour({ money })
	},
	[PER_JOB_MINIMUM]: {
		label: m.prices_unit_per_job_minimum,
		amount: (money) => m.prices_value_per_job_minimum({ money })
	},
	[PER_MODEL_MONTH]: {
		label: m.prices_unit_per_model_month,
		amount: (money) => m.prices_value_per_model_month({ money })
	},
	[PER_HOUR]: {
		label: m.prices_unit_per_hour,
		amount: (money) => m.prices_value_per_hour({ money })
	},
	[PER_HOUR_PER_MODEL_UNIT]: {
		label: m.prices_unit_per_hour_per_model_unit,
		amount: (money) => m.prices_value_per_hour_per_model_unit({ money })
	},
	[PER_GPU_HOUR]: {
		label: m.prices_unit_per_gpu_hour,
		amount: (money) => m.prices_value_per_gpu_hour({ money })
	}
};

/**
 * A stored unit as a person reads it in the current language: 'USD per 1M tokens' → "USD par million de tokens"
 * in French. A unit Tunesheet does not know (from an imported file) is shown as it is.
 */
export function unitLabel(unit: string): string {
	const money = Object.hasOwn(MONEY_UNITS, unit) ? MONEY_UNITS[unit] : undefined;
	if (money) return money.label();
	if (unit === TOKENS) return m.prices_unit_tokens();
	if (unit === PARAMETERS) return m.prices_unit_parameters();
	return unit;
}

/**
 * A value in its stored unit, for a person: "$2.50 per 1M tokens", "65,536 tokens", "8.03 B parameters",
 * "989 TFLOP/s"; in French "2,50 $US par million de tokens", "65 536 tokens", "8,03 milliards de paramètres".
 */
export function formatAmount(value: number, unit: string): string {
	if (unit.startsWith('USD')) {
		const digits = value !== 0 && Math.abs(value) < 0.1 ? 4 : 2;
		const money = numberFormat({
			style: 'currency',
			currency: 'USD',
			minimumFractionDigits: 2,
			maximumFractionDigits: digits
		}).format(value);
		const known = Object.hasOwn(MONEY_UNITS, unit) ? MONEY_UNITS[unit] : undefined;
		return known ? known.amount(money) : `${money} ${unit.slice(4)}`;
	}
	if (unit === PARAMETERS) {
		const billions = value / 1e9;
		const shown = numberFormat({ maximumFractionDigits: 2 }).format(billions);
		return m.prices_value_parameters({ count: billions, shown });
	}
	if (unit === FLOPS) {
		return m.prices_value_flops({
			shown: numberFormat({ maximumFractionDigits: 0 }).format(value / 1e12)
		});
	}
	if (unit === TOKENS) return m.prices_value_tokens({ count: value, shown: formatCount(value) });
	return `${formatCount(value)} ${unit}`;
}

/** Spaces a person may put between digit groups: plain, no-break and narrow no-break. */
const GROUP_SPACES = /[\s\u00a0\u202f]/g;

/**
 * A figure as a person types it: "2.75" in English; "2,75" (or "2.75") and "1 000" in French. null when the text
 * is blank or no finite number.
 */
export function parseFigure(text: string): number | null {
	let cleaned = text.trim();
	if (getLocale() === 'fr') cleaned = cleaned.replace(GROUP_SPACES, '').replace(',', '.');
	if (cleaned === '') return null;
	const value = Number(cleaned);
	return Number.isFinite(value) ? value : null;
}

/** A stored figure as the editor shows it for typing over: 2.75 → "2.75" in English, "2,75" in French. */
export function figureText(value: number): string {
	const text = String(value);
	return getLocale() === 'fr' ? text.replace('.', ',') : text;
}
