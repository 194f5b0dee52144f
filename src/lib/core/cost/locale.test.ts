import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { checkInputs } from './check';
import { compareToBaseline } from './compare';
import { computeScenario } from './compute';
import { formatUsd, usdFormatter } from './format';
import { WORKED_EXAMPLES } from './testing/examples';
import { collectLineItems } from './testing/line-items';
import { defaultInputs } from './types';

const { promptedGpt41, fineTunedGpt41Mini, selfHostedLlama8b } = WORKED_EXAMPLES;

/** French writes a no-break space (U+00A0) or a narrow one (U+202F, Intl's grouping); compared as spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('cost explanations in French', () => {
	beforeEach(() => useLocale('fr'));
	afterEach(() => useLocale('en'));

	it('writes money, counts, shares and large figures as French does', () => {
		expect(spaced(formatUsd(7560))).toBe('7 560,00 $US');
		expect(spaced(formatUsd(0.0063))).toBe('0,0063 $US');
		expect(spaced(usdFormatter.count(234_622.64))).toBe('234 622,6');
		expect(spaced(usdFormatter.percent(0.125))).toBe('12,5 %');
		expect(usdFormatter.scientific(1.9272e17)).toBe('1,93e17');
	});

	it('explains a comparison with the baseline', () => {
		const result = compareToBaseline(
			computeScenario(fineTunedGpt41Mini),
			computeScenario(promptedGpt41)
		);
		expect(spaced(result.difference.explanation)).toBe(
			'1 230,00 $US − 7 560,00 $US (référence) = -6 330,00 $US'
		);
		expect(result.breakEvenMonth.explanation).toBe(
			'Premier mois où le coût cumulé est inférieur ou égal à celui de la référence ' +
				'(130,00\u00a0$US contre 630,00\u00a0$US)\u00a0: 1'
		);
		expect(spaced(result.breakEvenVolume.explanation)).toBe(
			'Volume du mois 1 au-delà duquel ce scénario est moins cher (en deçà, la référence) : ' +
				'(30,00 $US − 0,00 $US) / (12 mois × (0,0063 $US − 0,001 $US)) = 471,7'
		);
	});

	it('explains a self-hosted training job, with French plurals', () => {
		const training = computeScenario({
			...selfHostedLlama8b,
			epochs: 1,
			retrainEveryMonths: 5
		}).training!;
		expect(spaced(training.flops!.explanation)).toBe(
			'4 × 8,03e9 paramètres × 2 000 000 tokens × 1 époque = 6,42e16'
		);
		expect(spaced(training.jobs.explanation)).toBe(
			'1 expérience + 2 réentraînements tous les 5 mois (mois 6, 11) = 3'
		);
		expect(spaced(training.total.explanation)).toBe('3 entraînements × 0,18 $US = 0,54 $US');
	});

	it('names the parts of a request and of the fixed costs', () => {
		const scenario = computeScenario({
			...promptedGpt41,
			cacheHitRate: 0.8,
			vectorStorePerMonth: 20
		});
		expect(spaced(scenario.perRequest.cachedInputTokens.explanation)).toBe(
			'(800 système + 1 200 few-shot) × 80 % = 1 600'
		);
		expect(spaced(scenario.fixedMonthly.vectorStore!.explanation)).toBe(
			'Base vectorielle : 20,00 $US'
		);
		expect(spaced(scenario.totalCost.explanation)).toBe(
			'4 680,00 $US de requêtes + 240,00 $US de coûts fixes = 4 920,00 $US'
		);
	});

	it('says what is wrong with an input', () => {
		const problems = checkInputs({ ...defaultInputs('prompted'), months: 1000, batchShare: 2 });
		expect(problems.map((problem) => spaced(problem.message))).toEqual([
			'Doit valoir au plus 100 %',
			'Doit valoir au plus 600'
		]);
	});

	it('leaves no English behind, and English returns with the language', () => {
		const breakdown = computeScenario(selfHostedLlama8b);
		const comparison = compareToBaseline(breakdown, computeScenario(promptedGpt41));
		const english =
			/\b(months?|requests|baseline|training|fixed|epochs?|parameters|replicas?|jobs?)\b/;
		for (const { path, item } of [
			...collectLineItems(breakdown),
			...collectLineItems(comparison)
		]) {
			expect(item.explanation, path).not.toMatch(english);
		}
		useLocale('en');
		expect(computeScenario(selfHostedLlama8b).fixedMonthly.serving!.explanation).toBe(
			'1 replica × 1 GPU × $3.99 × 730 h = $2,912.70'
		);
	});
});
