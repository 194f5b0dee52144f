import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useLocale } from '../i18n/locale';
import { issueMessage } from './issues';

afterEach(() => useLocale('en'));

/** Schemas and bad values of every kind the catalog and LiteLLM schemas can meet. */
const CASES: [string, z.ZodType, unknown][] = [
	['a string for a number', z.number(), '0.15'],
	['Infinity', z.number(), Infinity],
	['NaN', z.number(), Number.NaN],
	['a missing field', z.object({ a: z.string() }), {}],
	['an array for an object', z.object({ a: z.string() }), [1]],
	['null for an array', z.array(z.number()), null],
	['a fraction for an int', z.number().int(), 1.5],
	['zero where more is needed', z.number().positive(), 0],
	['a negative number', z.number().min(0), -1],
	['too big', z.number().max(10), 11],
	['an empty text', z.string().trim().min(1), ' '],
	['another literal', z.literal('tunesheet-catalog'), 'other'],
	['another version', z.literal(1), 2],
	['another option', z.enum(['high', 'medium', 'low']), 'certain'],
	[
		'an unknown kind',
		z.discriminatedUnion('kind', [
			z.object({ kind: z.literal('gpu') }),
			z.object({ kind: z.literal('api-model') })
		]),
		{ kind: 'spaceship' }
	]
];

function messages(schema: z.ZodType, value: unknown, withMap: boolean): string[] {
	const result = withMap
		? schema.safeParse(value, { error: issueMessage })
		: schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('issueMessage', () => {
	it.each(CASES)('reads in English as zod writes it: %s', (_, schema, value) => {
		expect(messages(schema, value, true)).toEqual(messages(schema, value, false));
	});

	it('reads in French', () => {
		useLocale('fr');
		const french = Object.fromEntries(
			CASES.map(([name, schema, value]) => [name, messages(schema, value, true).join(' | ')])
		);
		expect(french).toEqual({
			'a string for a number':
				'Valeur invalide\u00a0: il faut un nombre, pas une chaîne de caractères',
			Infinity: 'Valeur invalide\u00a0: il faut un nombre, pas Infinity',
			NaN: 'Valeur invalide\u00a0: il faut un nombre, pas NaN',
			'a missing field': 'Valeur manquante\u00a0: il faut une chaîne de caractères',
			'an array for an object': 'Valeur invalide\u00a0: il faut un objet, pas un tableau',
			'null for an array': 'Valeur invalide\u00a0: il faut un tableau, pas null',
			'a fraction for an int': 'Valeur invalide\u00a0: il faut un entier, pas un nombre',
			'zero where more is needed': 'Trop petit\u00a0: il faut un nombre strictement supérieur à 0',
			'a negative number': 'Trop petit\u00a0: il faut un nombre supérieur ou égal à 0',
			'too big': 'Trop grand\u00a0: il faut un nombre inférieur ou égal à 10',
			'an empty text': 'Trop court\u00a0: au moins 1\u00a0caractère attendu',
			'another literal': 'Valeur invalide\u00a0: il faut "tunesheet-catalog"',
			'another version': 'Valeur invalide\u00a0: il faut 1',
			'another option': 'Option invalide\u00a0: il faut l’une des valeurs "high"|"medium"|"low"',
			'an unknown kind':
				"Valeur discriminante invalide. Valeurs possibles\u00a0: 'gpu' | 'api-model'"
		});
	});

	it('gives way to a message the schema sets itself', () => {
		const schema = z.number().nonnegative({ error: () => 'own message' });
		expect(messages(schema, -1, true)).toEqual(['own message']);
	});
});
