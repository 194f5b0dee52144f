import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usdFormatter } from '../cost/format';
import type { Recommendation } from '../guide/types';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { sampleDataset } from '../project/testing/fixtures';
import { newScenario, setValue } from '../scenario/edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '../scenario/example';
import { computeSheet } from '../scenario/sheet';
import { NO_LINK_FIGURES, type Scenario } from '../scenario/types';
import { assumptionRows } from './assumptions';
import { sheetCsv } from './csv-sheet';
import { guideCsv, guideMarkdown, guideRows } from './guide';
import { sheetMarkdown } from './markdown';
import { projectionTable, sheetTable } from './sheet-table';
import { sheetXlsx, workbookSheetNames } from './xlsx';

/** The example project, its scenarios named here so that only this area's words are checked. */
function example() {
	const scenarios = exampleScenarios().map((scenario, index) => ({
		...scenario,
		name: index === 0 ? 'Prompt' : 'FT'
	}));
	const columns = computeSheet(
		scenarios,
		EXAMPLE_BASELINE_ID,
		BUILTIN_CATALOG,
		NO_LINK_FIGURES,
		usdFormatter
	);
	return {
		columns,
		table: sheetTable(columns, EXAMPLE_BASELINE_ID, BUILTIN_CATALOG, usdFormatter),
		projection: projectionTable(columns)
	};
}

const recommendation: Recommendation = {
	approach: 'fine-tune',
	headline: 'Headline.',
	reasons: [
		{ text: 'Pays back.', basis: { kind: 'sheet', figure: 'breakEvenMonth' }, leaning: 'for' },
		{ text: 'Few examples.', basis: { kind: 'dataset', figure: 'examples' }, leaning: 'against' }
	],
	wouldChange: ['More data.']
};
const guide = { recommendation, checklist: { users: true } };

const NBSP = '\u00a0';

describe('exports in French', () => {
	beforeEach(() => useLocale('fr'));
	afterEach(() => useLocale('en'));

	it('heads the CSV in French and keeps its numbers machine-readable', () => {
		const { table, projection } = example();
		const lines = sheetCsv(table, projection, guide).split('\r\n');
		expect(lines[0]).toBe('Poste,Prompt,FT');
		// The projection follows the sheet after an empty line (a sheet row may also be called « Mois »).
		const monthHeader = lines[lines.indexOf('') + 1];
		expect(monthHeader).toBe(
			`Mois,Prompt${NBSP}: coût du mois,Prompt${NBSP}: cumul,FT${NBSP}: coût du mois,FT${NBSP}: cumul`
		);
		// Plain numbers, whatever the language: no grouping, a decimal point, no currency.
		expect(lines).toContain('12,630,7560,100,1230');
		expect(lines).toContain('Guide de décision');
		expect(lines).toContain('Section,Élément,Détail');
		expect(lines).toContain('Raison,Pour le fine-tuning,Pays back.');
		expect(lines).toContain('Ce qui la changerait,,More data.');
	});

	it('heads the Markdown table in French, the baseline marked', () => {
		const { table } = example();
		expect(sheetMarkdown(table).split('\n')[0]).toBe('| Poste | Prompt (référence) | FT |');
	});

	it('writes the decision guide in French', () => {
		const rows = guideRows(guide);
		expect(rows.map((row) => row.section)).toEqual([
			'Recommandation',
			'Raison',
			'Raison',
			'Ce qui la changerait',
			...Array.from({ length: rows.length - 4 }, () => 'Avant le déploiement')
		]);
		expect(rows.at(-1)?.value).toBe('Fait');
		expect(rows.at(-2)?.value).toBe('Pas encore');
		const markdown = guideMarkdown(guide);
		expect(markdown).toMatch(/^\*\*Recommandation\u00a0: .+\.\*\* Headline\.\n/);
		expect(markdown).toContain(`- Contre le fine-tuning${NBSP}: Few examples.`);
		expect(markdown).toContain(`Ce qui changerait la recommandation${NBSP}:\n- More data.`);
		expect(markdown).toContain(`Avant le déploiement${NBSP}:\n- [ ] `);
		expect(guideCsv(guide).split('\r\n')[0]).toBe('Guide de décision');
	});

	it('says in French where each assumption comes from', () => {
		const rows = assumptionRows(example().columns);
		const sources = rows.filter((row) => row.scenario === 'Prompt').map((row) => row.source);
		expect(sources).toContain(`Saisi${NBSP}: 100000`);
		expect(sources).toContain('Par défaut');
		expect(sources).toContain(
			`Choisi${NBSP}: GPT-4.1 (entrée du catalogue openai/gpt-4.1-2025-04-14)`
		);
		expect(sources.some((source) => source.startsWith(`Catalogue${NBSP}: `))).toBe(true);
	});

	it('says in French which catalog figure a typed value overrides, and where a GPU is rented', () => {
		let list: Scenario[] = [
			{ ...newScenario('fine-tuned-api', 'B', 'b'), modelId: 'openai/gpt-4.1-mini-2025-04-14' }
		];
		list = setValue(list, 'b', 'inputPrice', { text: '$1', value: 1 });
		const gpu = BUILTIN_CATALOG.find((entry) => entry.kind === 'gpu');
		if (gpu?.kind !== 'gpu') throw new Error('the built-in catalog has no GPU');
		list.push({ ...newScenario('self-hosted', 'C', 'c'), gpuId: gpu.id, gpuOffer: 0 });
		const rows = assumptionRows(
			computeSheet(list, null, BUILTIN_CATALOG, NO_LINK_FIGURES, usdFormatter)
		);
		const source = (scenario: string, origin: string) =>
			rows.find((row) => row.scenario === scenario && row.origin === origin)?.source;
		expect(source('B', 'entered')).toBe(`Saisi${NBSP}: $1, remplace la valeur du catalogue (0,8)`);
		// Labels are the sheet's; the choices are told apart by their sources.
		const choices = rows
			.filter((row) => row.scenario === 'C' && row.origin === 'choice')
			.map((row) => row.source);
		expect(choices).toContain(
			`Choisi${NBSP}: ${gpu.name} chez ${gpu.offers[0]!.provider} (entrée du catalogue ${gpu.id})`
		);
		expect(choices).toContain('Aucun choix');
	});

	it('names the workbook sheets and headings in French, within Excel’s limits', async () => {
		const names = workbookSheetNames();
		expect(names).toEqual([
			'Synthèse',
			'Projection mensuelle',
			'Statistiques du jeu de données',
			'Hypothèses'
		]);
		for (const name of [...names, 'Guide de décision']) {
			expect(name.length).toBeLessThanOrEqual(31);
			expect(name).not.toMatch(/[:\\/?*[\]]/);
		}
		const { columns, table, projection } = example();
		const bytes = await sheetXlsx({
			table,
			projection,
			datasets: [sampleDataset()],
			assumptions: assumptionRows(columns),
			title: 'Projet',
			exportedAt: '2026-11-25T10:00:00.000Z',
			guide
		});
		const sheets = await readXlsxFile(Buffer.from(bytes));
		expect(sheets.map((sheet) => sheet.sheet)).toEqual([...names, 'Guide de décision']);
		const [summary, monthly, datasets, assumptions, decision] = sheets.map((sheet) => sheet.data);
		expect(summary![1]).toEqual(['Exporté le', '2026-11-25T10:00:00.000Z', null]);
		expect(summary![3]).toEqual(['Poste', 'Prompt', 'FT']);
		expect(monthly![0]?.slice(0, 4)).toEqual([
			'Mois',
			`Prompt${NBSP}: coût du mois`,
			`Prompt${NBSP}: cumul`,
			`Prompt${NBSP}: requêtes`
		]);
		expect(monthly![12]).toEqual([12, 630, 7560, 100000, 100, 1230, 100000]);
		expect(datasets![0]).toEqual([
			'Fichier',
			'Format',
			'Encodage',
			'Exemples',
			'Tokens au total',
			'Tokens facturés par époque',
			'Époques par défaut',
			'Tokens d’entraînement facturés',
			'Erreurs',
			'Avertissements'
		]);
		expect(assumptions![0]).toEqual(['Scénario', 'Paramètre', 'Valeur', 'Source']);
		expect(decision![0]).toEqual(['Section', 'Élément', 'Détail']);
	});

	it('says in French that no dataset was analysed', async () => {
		const { table, projection } = example();
		const bytes = await sheetXlsx({
			table,
			projection,
			datasets: [],
			assumptions: [],
			title: 'Projet',
			exportedAt: '2026-11-25T10:00:00.000Z'
		});
		const sheets = await readXlsxFile(Buffer.from(bytes));
		expect(sheets[2]?.data).toEqual([['Aucun jeu de données analysé dans ce projet.']]);
	});
});
