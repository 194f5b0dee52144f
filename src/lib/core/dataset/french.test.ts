import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBinaryBytes } from '../format';
import { useLocale } from '../i18n/locale';
import { unreadableReason } from './api';
import { explainDefaultEpochs } from './billing';
import { delimitedRecordToExample, parseJsonRecord, readJsonArrayElements } from './formats';
import { groupIssues } from './issues-export';
import { gunzipLimitMessage } from './lines';
import { summaryToText } from './report';
import { StatsBuilder } from './stats';
import { summarize } from './summary';
import { formatLabel, issueTitle, severityLabel } from './types';
import { lineIssue } from './walk';

/** French typography: a no-break space before the colon and the semicolon; counts grouped by a narrow one. */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

function messagesOf(text: string, line: number, format: Parameters<typeof parseJsonRecord>[2]) {
	return parseJsonRecord(text, line, format).issues.map((issue) => issue.message);
}

describe('the dataset analyser in French', () => {
	beforeEach(() => useLocale('fr'));
	afterEach(() => useLocale('en'));

	it('names formats, issue codes and severities in French', () => {
		expect(formatLabel('chat')).toBe('JSONL de chat OpenAI');
		expect(formatLabel('csv')).toBe('CSV avec ligne d’en-tête');
		expect(issueTitle('example_missing_assistant_message')).toBe('Aucun message assistant');
		expect(issueTitle('duplicate_example')).toBe('Exemple en doublon');
		expect(severityLabel('warning')).toBe('avertissement');
	});

	it('writes validation issues in French, with their line numbers', () => {
		expect(lineIssue({ type: 'invalid_utf8', line: 12, offset: 345 }).message).toBe(
			'La ligne 12 n’est pas de l’UTF-8 valide (premier octet invalide à la position 345).'
		);
		const record = JSON.stringify({
			messages: [
				{ role: 'robot', content: 'Bonjour' },
				{ role: 'assistant', content: 'Salut', weight: 2 }
			]
		});
		expect(messagesOf(record, 7, 'chat')).toEqual([
			`Message 1${NBSP}: le rôle "robot" n’existe pas${NBSP}; les rôles sont system, developer, user, assistant, tool et function.`,
			`Message 2${NBSP}: le poids vaut 2${NBSP}; un poids doit valoir 0 ou 1.`
		]);
		expect(messagesOf('{"messages": [', 4, 'chat')[0]).toMatch(
			new RegExp(
				`^Cet enregistrement n’est pas du JSON valide${NBSP}: .* \\(ligne 4, colonne \\d+\\)\\.$`
			)
		);
	});

	it('describes values and lists in French, whatever the format', () => {
		expect(messagesOf(JSON.stringify({ messages: 3 }), 2, 'chat')).toEqual([
			'Dans l’enregistrement, messages est un nombre, et non une liste.'
		]);
		expect(
			messagesOf(JSON.stringify({ prompt: '', completion: 'Oui' }), 3, 'prompt-completion')
		).toEqual([`Prompt (user)${NBSP}: contenu vide.`]);
		expect(
			messagesOf(JSON.stringify({ conversations: [{ value: 'Salut' }] }), 5, 'sharegpt')
		).toEqual([`Message 1 de conversations${NBSP}: pas de clé from.`]);
		const missing = delimitedRecordToExample(
			['a'],
			['q'],
			{ user: 'prompt', assistant: 'completion' },
			9
		);
		expect(missing.issues[0]?.message).toBe(
			'Les colonnes "prompt" et "completion" choisies pour les exemples ne sont pas dans l’en-tête.'
		);
		const row = delimitedRecordToExample(['x'], ['q', 'a'], { user: 'q', assistant: 'a' }, 9);
		expect(row.issues[0]?.message).toBe(`Cette ligne a 1 champ, mais l’en-tête a 2 colonnes.`);
		const [arrayIssue] = [...readJsonArrayElements('[{"a": 1},]')];
		expect(arrayIssue).toMatchObject({ text: '{"a": 1}' });
		expect([...readJsonArrayElements('[{"a": 1},]')][1]).toMatchObject({
			code: 'invalid_json',
			message: 'Il y a une virgule après le dernier élément (élément 1).'
		});
	});

	it('says in French why a file cannot be read', () => {
		expect(unreadableReason(new Uint8Array(), true)).toBe('Le fichier est vide.');
		expect(unreadableReason(new Uint8Array([0x7b, 0]), true)).toBe(
			'Le fichier est binaire, pas du texte (il contient des octets NUL).'
		);
		expect(gunzipLimitMessage(8 * 1024 ** 3)).toBe(
			`Une fois décompressé, ce fichier dépasse ${formatBinaryBytes(8 * 1024 ** 3)}, le maximum lu dans un fichier gzip. Décompressez-le et choisissez le fichier non compressé, qui n’a pas cette limite.`
		);
	});

	it('explains the default epochs with French plurals and numbers', () => {
		expect(explainDefaultEpochs(1)).toBe(
			`1 exemple × 3 < 100${NBSP}: min(25, ⌊100 / 1⌋) = 25 époques`
		);
		expect(explainDefaultEpochs(10_000)).toBe(
			`10${NNBSP}000 exemples × 3 > 25${NNBSP}000${NBSP}: max(1, ⌊25${NNBSP}000 / 10${NNBSP}000⌋) = 2 époques`
		);
		expect(explainDefaultEpochs(30_000)).toMatch(/= 1 époque$/);
	});

	it('writes the summary, its issues and the terminal report in French', () => {
		const stats = new StatsBuilder();
		const count = { total: 70_000, assistant: 60_000, trainable: 60_000, toolCalls: 0 };
		stats.addRecord();
		stats.addExample(3, 'only', {
			...count,
			toolDefinitions: 0,
			overhead: 0,
			byRole: { assistant: 60_000, user: 10_000 },
			messages: 2,
			imageParts: 0
		});
		const summary = summarize(stats.finish(), {
			format: 'chat',
			encoding: 'o200k_base',
			maxTokensPerExample: 65_536
		});
		expect(summary.warnings.map((issue) => issue.message)).toEqual([
			`1 exemple valide${NBSP}: OpenAI en exige au moins 10.`,
			`70${NNBSP}000 tokens${NBSP}: les 4${NNBSP}464 derniers, au-delà de la limite de 65${NNBSP}536 tokens, seront coupés.`
		]);
		expect(summary.explanations.billedTrainingTokens).toBe(
			`25 époques × 65${NNBSP}536 tokens = 1${NNBSP}638${NNBSP}400`
		);
		const text = summaryToText(summary, 'data.jsonl');
		expect(text).toContain('Exemples valides');
		expect(text).toMatch(/^Tokenizer +o200k_base$/m);
		expect(text).toContain(`Contrôles${NBSP}:`);
		expect(text).toContain(
			`avertissement over_token_limit (Au-delà de la limite de tokens par exemple)${NBSP}: 1`
		);
		expect(text).toContain(`ligne 3${NBSP}: 70${NNBSP}000 tokens${NBSP}:`);
		const groups = groupIssues(summary.warnings, summary.issueCounts);
		expect(groups.map((group) => group.code)).toEqual(['too_few_examples', 'over_token_limit']);
	});

	it('keeps messages already made in the language they were made in', () => {
		useLocale('en');
		const issue = lineIssue({ type: 'invalid_utf8', line: 2, offset: 9 });
		useLocale('fr');
		expect(issue.message).toBe('Line 2 is not valid UTF-8 (first bad byte at offset 9).');
		expect(issueTitle(issue.code)).toBe('UTF-8 invalide');
	});
});
