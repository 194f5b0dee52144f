import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import {
	ALTERNATIVES,
	APPROACH_LABELS,
	CASES_AGAINST_FINE_TUNING,
	CHECKLIST_TEXT,
	COMMON_MISTAKES,
	GOAL_LABELS,
	USE_CASE_IN_SENTENCE
} from './guidance';
import { CHECKLIST_ITEMS } from './types';

describe('the guide’s tables', () => {
	afterEach(() => useLocale('en'));

	it('read their texts in the current language each time, from the same tables', () => {
		const approach = APPROACH_LABELS;
		expect(approach['fine-tune-later']).toBe('Fine-tune later');
		expect(CHECKLIST_TEXT['held-out'].label).toBe('Tested on held-out data');
		useLocale('fr');
		expect(approach['fine-tune-later']).toBe('Fine-tuner plus tard');
		expect(CHECKLIST_TEXT['held-out'].label).toBe('Testé sur des données de test mises de côté');
		expect(GOAL_LABELS.knowledge.label).toBe('Connaissances spécialisées');
		expect(USE_CASE_IN_SENTENCE.task).toBe('la spécialisation sur une tâche');
		expect(ALTERNATIVES[2]!.bestFor).toBe('Faits que le modèle doit aller chercher');
		expect(COMMON_MISTAKES[2]!.mistake).toBe('Surapprentissage');
		expect(CASES_AGAINST_FINE_TUNING[0]!.signs).toContain('L’information change souvent');
	});

	it('keep the ids a project stores, whatever the language', () => {
		useLocale('fr');
		expect(CHECKLIST_ITEMS).toEqual([
			'held-out',
			'base-model',
			'regressions',
			'edge-cases',
			'cost',
			'users'
		]);
		expect(Object.keys(CHECKLIST_TEXT)).toEqual([...CHECKLIST_ITEMS]);
		expect(COMMON_MISTAKES.map((mistake) => mistake.id)).toEqual([
			'few-examples',
			'quality',
			'overfitting',
			'wrong-task',
			'base-model'
		]);
	});

	it('have a text in each language for every entry', () => {
		for (const locale of ['en', 'fr'] as const) {
			useLocale(locale);
			for (const text of [
				...Object.values(APPROACH_LABELS),
				...CHECKLIST_ITEMS.flatMap((item) => [
					CHECKLIST_TEXT[item].label,
					CHECKLIST_TEXT[item].description
				]),
				...ALTERNATIVES.map((option) => option.bestFor),
				...COMMON_MISTAKES.flatMap((item) => [item.mistake, item.sign, item.fix])
			])
				expect(text.trim()).not.toBe('');
		}
	});
});
