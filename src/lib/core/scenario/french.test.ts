import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { evaluateInput } from '../sheet/evaluate';
import { parseTsv } from '../sheet/tsv';
import { cellView } from './cell-view';
import { costParts } from './chart-data';
import { describeParts } from './chart-text';
import { choiceText } from './choices';
import { duplicateScenario, newScenario } from './edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from './example';
import { displayFormatter, FOLLOW_LANGUAGE, USD_DISPLAY } from './money';
import { resolveScenario } from './resolve';
import { SHEET_SECTIONS } from './rows';
import { computeSheet } from './sheet';
import { NO_LINK_FIGURES, type Scenario } from './types';

/** Intl writes French with narrow and ordinary no-break spaces; plain spaces keep the expectations readable. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const rows = SHEET_SECTIONS.flatMap((section) => section.rows);
const row = (id: string) => rows.find((candidate) => candidate.id === id)!;

afterEach(() => useLocale('en'));

describe('the sheet in French', () => {
	it('names its sections and rows in the language of the moment', () => {
		const total = row('totalCost');
		expect(total.label).toBe('Total cost');
		useLocale('fr');
		expect(total.label).toBe('Coût total');
		expect(SHEET_SECTIONS.map((section) => section.title)).toContain('Entraînement');
		expect(row('months').hint).toBe('L’horizon couvert par chaque total.');
	});

	it('writes cells, choices and explanations in French, with French figures', () => {
		useLocale('fr');
		const fmt = displayFormatter(USD_DISPLAY);
		const columns = computeSheet(
			exampleScenarios(),
			EXAMPLE_BASELINE_ID,
			BUILTIN_CATALOG,
			NO_LINK_FIGURES,
			fmt
		);
		const [fewShot, fineTuned] = columns;
		expect(fewShot!.scenario.name).toBe('GPT-4.1 few-shot');
		expect(spaces(cellView(row('totalCost'), fewShot!, BUILTIN_CATALOG, fmt).text)).toBe(
			'7 560,00 $US'
		);
		expect(cellView(row('breakEvenMonth'), fineTuned!, BUILTIN_CATALOG, fmt).text).toBe('Mois 1');
		// The baseline is not compared with itself.
		expect(cellView(row('breakEvenMonth'), fewShot!, BUILTIN_CATALOG, fmt).explanation).toBe(
			'Rien à calculer ici.'
		);
		expect(choiceText('kind', fineTuned!.scenario, BUILTIN_CATALOG)).toBe('Fine-tuné (API)');
		expect(spaces(cellView(row('inputPrice'), fewShot!, BUILTIN_CATALOG, fmt).explanation)).toMatch(
			/^Depuis le catalogue : GPT-4\.1, entrée : .+, état au /
		);
		expect(spaces(describeParts(costParts(columns), fmt))).toBe(
			'Composition de chaque total sur l’horizon. ' +
				'GPT-4.1 few-shot : 7 560,00 $US (Entrée 5 160,00 $US, Sortie 2 400,00 $US) ; ' +
				'GPT-4.1 mini fine-tuné : 1 230,00 $US (Entraînement 30,00 $US, Entrée 240,00 $US, Sortie 960,00 $US).'
		);
	});

	it('follows the language in its number format, unless the person chose one', () => {
		const following = displayFormatter({ ...USD_DISPLAY, locale: FOLLOW_LANGUAGE });
		const chosen = displayFormatter({ ...USD_DISPLAY, locale: 'en-GB' });
		expect(following.money(1234.5)).toBe('$1,234.50');
		useLocale('fr');
		// The same formatter, without being made again: the language is read at each figure.
		expect(spaces(following.money(1234.5))).toBe('1 234,50 $US');
		expect(spaces(following.percent(0.125))).toBe('12,5 %');
		expect(chosen.money(1234.5)).toBe('US$1,234.50');
	});

	it('says what is wrong with an input, a paste or a link in French', () => {
		useLocale('fr');
		expect(evaluateInput('12abc')).toMatchObject({
			ok: false,
			error: "'a' inattendu au caractère 3"
		});
		expect(evaluateInput('0,5')).toMatchObject({ ok: false });
		expect(spaces((evaluateInput('0,5') as { error: string }).error)).toMatch(
			/^',' mal placée au caractère 2 : .+ point, comme dans 0\.5$/
		);
		expect(parseTsv('x\t'.repeat(1_000_000))).toEqual({
			ok: false,
			error: 'Trop de données à coller\u00a0: plus de 10\u202f000 cellules'
		});
		const linked: Scenario = {
			...newScenario('prompted', 'A', 'a'),
			links: { systemTokens: 'prompt.system' }
		};
		expect(resolveScenario(linked, BUILTIN_CATALOG, NO_LINK_FIGURES).warnings).toEqual([
			'Pas encore de chiffre pour «\u00a0Prompt d’exemple\u00a0: système\u00a0».'
		]);
	});

	it('names new columns and copies in French', () => {
		useLocale('fr');
		const list = [newScenario('prompted', 'A', 'a'), newScenario('prompted', 'B', 'b')];
		expect(duplicateScenario(list, 'a', 'c')[1]?.name).toBe('A copie 3');
	});
});
