import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from './builtin';
import { USER_SOURCE } from './edit';
import { catalogRows, formatFact, kindLabel, searchRows, sourceText, sortRows } from './rows';

afterEach(() => useLocale('en'));

const TODAY = '2026-11-25';

describe('catalog rows', () => {
	const rows = catalogRows(BUILTIN_CATALOG, TODAY);

	it('has one row for every sourced figure, each with a source and a date', () => {
		expect(rows.length).toBeGreaterThan(BUILTIN_CATALOG.length);
		expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
		for (const row of rows) {
			expect(row.fact.source, row.key).not.toBe('');
			expect(row.fact.asOf, row.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('flags figures older than six months', () => {
		const stale = rows.filter((row) => row.stale);
		expect(stale.length).toBeGreaterThan(0);
		for (const row of stale) expect(row.fact.asOf < '2026-05-25').toBe(true);
		expect(rows.filter((row) => !row.stale).every((row) => row.fact.asOf >= '2026-05-25')).toBe(
			true
		);
	});

	it('finds rows holding every word of a search, in any case', () => {
		const found = searchRows(rows, 'OPENAI gpt-4o-mini');
		expect(
			found.some(
				(row) => row.entryId.includes('gpt-4o-mini') && row.figure === 'Fine-tuning: training'
			)
		).toBe(true);
		expect(found.every((row) => row.provider === 'OpenAI')).toBe(true);
		expect(found.some((row) => row.kind === 'gpu')).toBe(false);
		expect(searchRows(rows, '')).toHaveLength(rows.length);
		expect(searchRows(rows, 'no-such-provider-anywhere')).toEqual([]);
	});

	it('sorts by value both ways with unknown values last', () => {
		const priced = searchRows(rows, 'input');
		const up = sortRows(priced, 'value', 'ascending');
		const down = sortRows(priced, 'value', 'descending');
		const known = (list: typeof up) =>
			list.filter((row) => row.fact.value !== null).map((r) => r.fact.value!);
		expect(known(up)).toEqual([...known(up)].sort((a, b) => a - b));
		expect(known(down)).toEqual([...known(up)].reverse());
		expect(up.at(-1)!.fact.value === null || up.every((row) => row.fact.value !== null)).toBe(true);
	});
});

describe('formatFact', () => {
	const fact = (value: number | null, unit: string) => ({
		value,
		unit,
		source: 's',
		asOf: TODAY,
		confidence: 'high' as const
	});

	it('writes money, counts and sizes with their units', () => {
		expect(formatFact(fact(2.5, 'USD per 1M tokens'))).toBe('$2.50 per 1M tokens');
		expect(formatFact(fact(0.025, 'USD per 1M tokens'))).toBe('$0.025 per 1M tokens');
		expect(formatFact(fact(1.7, 'USD per hour'))).toBe('$1.70 per hour');
		expect(formatFact(fact(65536, 'tokens'))).toBe('65,536 tokens');
		expect(formatFact(fact(8.03e9, 'parameters'))).toBe('8.03 B parameters');
		expect(formatFact(fact(989e12, 'FLOP/s'))).toBe('989 TFLOP/s');
	});

	it('asks for a figure that was not found', () => {
		expect(formatFact(fact(null, 'USD per 1M tokens'))).toBe('not found: enter it');
	});

	it('writes figures in French as a French reader expects them', () => {
		useLocale('fr');
		expect(formatFact(fact(2.5, 'USD per 1M tokens'))).toBe('2,50\u00a0$US par million de tokens');
		expect(formatFact(fact(0.025, 'USD per 1M tokens'))).toBe(
			'0,025\u00a0$US par million de tokens'
		);
		expect(formatFact(fact(3, 'USD per GPU-hour'))).toBe('3,00\u00a0$US par heure GPU');
		expect(formatFact(fact(65536, 'tokens'))).toBe('65\u202f536\u00a0tokens');
		expect(formatFact(fact(8.03e9, 'parameters'))).toBe('8,03\u00a0milliards de paramètres');
		expect(formatFact(fact(1e9, 'parameters'))).toBe('1\u00a0milliard de paramètres');
		expect(formatFact(fact(null, 'USD per 1M tokens'))).toBe('introuvable\u00a0: à saisir');
		// A unit Tunesheet does not know (from an imported file) keeps its words.
		expect(formatFact(fact(2, 'USD per image'))).toBe('2,00\u00a0$US per image');
	});
});

describe('catalog rows in French', () => {
	it('name figures, kinds and Tunesheet’s own sources in French, and search in French', () => {
		useLocale('fr');
		const rows = catalogRows(BUILTIN_CATALOG, TODAY);
		const training = rows.find(
			(row) =>
				row.entryId === 'openai/gpt-4o-mini-2024-07-18' &&
				row.path.join('.') === 'fineTuning.training'
		);
		expect(training?.figure).toBe('Fine-tuning\u00a0: entraînement');
		expect(
			rows.find((row) => row.path.join('.') === 'fineTuning.inference.cachedInput')?.figure
		).toBe('Fine-tuné\u00a0: entrée en cache');
		expect(kindLabel('open-weight-model')).toBe('Modèle à poids ouverts');
		expect(sourceText(USER_SOURCE)).toBe('Saisi par vous');
		expect(sourceText('Model card: huggingface.co/org/model')).toBe(
			'Fiche du modèle\u00a0: org/model'
		);
		expect(searchRows(rows, 'gpt-4o-mini entraînement').map((row) => row.key)).toContain(
			training?.key
		);
	});
});
