import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import { backupFile } from './backup';
import { describeRestore, planRestore, type ExistingData } from './plan';
import { checkProject } from './schema';
import { NOW, sampleProject } from './testing/fixtures';
import type { AppSettings } from './types';

const NOTHING: ExistingData = {
	projectIds: new Set(),
	projectNames: new Set(),
	catalogIds: new Set()
};

/** Ids 'new-1', 'new-2', … in order, like a counter the caller would pass. */
function counterIds(prefix = 'new'): () => string {
	let next = 0;
	return () => `${prefix}-${++next}`;
}

const SETTINGS: AppSettings = {
	currency: 'EUR',
	rate: 0.92,
	lastProjectId: 'a',
	lastBackupAt: '2026-11-01T00:00:00.000Z',
	locale: 'fr-FR'
};

const [FIRST_ENTRY, SECOND_ENTRY] = BUILTIN_CATALOG;

describe('planRestore', () => {
	it('adds projects as they are when nothing collides', () => {
		const file = backupFile(
			[sampleProject('a', 'Alpha'), sampleProject('b', 'Beta')],
			[],
			null,
			NOW
		);
		const plan = planRestore(file, NOTHING, counterIds());
		expect(plan.projects.map((planned) => planned.project)).toEqual(file.projects);
		expect(plan.projects.every((planned) => !planned.idChanged && !planned.renamed)).toBe(true);
		expect(plan.catalog).toEqual([]);
		expect(plan.settings).toBeNull();
		expect(describeRestore(plan)).toBe('2 projects to add');
	});

	it('gives a taken id a new one and a taken name a suffix, independently', () => {
		const file = backupFile(
			[
				sampleProject('a', 'Alpha'), // id taken, name free
				sampleProject('b', 'Beta'), // id free, name taken
				sampleProject('c', 'Gamma') // both taken
			],
			[],
			null,
			NOW
		);
		const existing: ExistingData = {
			projectIds: new Set(['a', 'c', 'new-1']),
			projectNames: new Set(['Beta', 'Gamma']),
			catalogIds: new Set()
		};
		const plan = planRestore(file, existing, counterIds());
		expect(
			plan.projects.map(({ project, originalId, originalName, idChanged, renamed }) => ({
				id: project.id,
				name: project.name,
				originalId,
				originalName,
				idChanged,
				renamed
			}))
		).toEqual([
			// 'new-1' is taken, so the generator is asked again.
			{
				id: 'new-2',
				name: 'Alpha',
				originalId: 'a',
				originalName: 'Alpha',
				idChanged: true,
				renamed: false
			},
			{
				id: 'b',
				name: 'Beta (restored)',
				originalId: 'b',
				originalName: 'Beta',
				idChanged: false,
				renamed: true
			},
			{
				id: 'new-3',
				name: 'Gamma (restored)',
				originalId: 'c',
				originalName: 'Gamma',
				idChanged: true,
				renamed: true
			}
		]);
		// Everything but the id and name is the file's record.
		expect({ ...plan.projects[2]!.project, id: 'c', name: 'Gamma' }).toEqual(file.projects[2]);
		expect(file.projects.map((project) => project.id)).toEqual(['a', 'b', 'c']);
		expect(describeRestore(plan)).toBe('3 projects to add (2 renamed)');
	});

	it('keeps projects of one file apart from each other', () => {
		const file = backupFile(
			[sampleProject('a', 'Alpha'), sampleProject('a', 'Alpha'), sampleProject('a', 'Alpha')],
			[],
			null,
			NOW
		);
		const existing = { ...NOTHING, projectNames: new Set(['Alpha (restored)']) };
		const plan = planRestore(file, existing, counterIds());
		expect(plan.projects.map((planned) => [planned.project.id, planned.project.name])).toEqual([
			['a', 'Alpha'],
			['new-1', 'Alpha (restored 2)'],
			['new-2', 'Alpha (restored 3)']
		]);
	});

	it('keeps a suffixed long name within the limit, so the project loads again', () => {
		const long = 'L'.repeat(200);
		const file = backupFile([sampleProject('a', long)], [], null, NOW);
		const plan = planRestore(file, { ...NOTHING, projectNames: new Set([long]) }, counterIds());
		const project = plan.projects[0]!.project;
		expect(project.name).toBe(`${'L'.repeat(189)} (restored)`);
		expect(project.name).toHaveLength(200);
		expect(checkProject(project).ok).toBe(true);
	});

	it('gives up on an id generator that only returns taken ids', () => {
		const file = backupFile([sampleProject('a', 'Alpha')], [], null, NOW);
		const existing = { ...NOTHING, projectIds: new Set(['a']) };
		expect(() => planRestore(file, existing, () => 'a')).toThrow(/No free project id/);
		expect(() => planRestore(file, existing, () => '')).toThrow(/No free project id/);
	});

	it('adds or replaces price overrides by catalog id', () => {
		const file = backupFile([], [FIRST_ENTRY!, SECOND_ENTRY!], null, NOW);
		const plan = planRestore(
			file,
			{ ...NOTHING, catalogIds: new Set([SECOND_ENTRY!.id]) },
			counterIds()
		);
		expect(plan.catalog).toEqual([
			{ entry: FIRST_ENTRY, action: 'add' },
			{ entry: SECOND_ENTRY, action: 'replace' }
		]);
		expect(describeRestore(plan)).toBe('2 price overrides (1 replaced)');
	});

	it('says whether settings would change, following a project given a new id', () => {
		const file = backupFile([sampleProject('a', 'Alpha')], [], SETTINGS, NOW);

		expect(planRestore(file, NOTHING, counterIds()).settings).toEqual(SETTINGS);
		expect(
			planRestore(file, { ...NOTHING, settings: { ...SETTINGS } }, counterIds()).settings
		).toBeNull();
		expect(
			planRestore(file, { ...NOTHING, settings: { ...SETTINGS, rate: 0.9 } }, counterIds()).settings
		).toEqual(SETTINGS);

		const moved = planRestore(
			file,
			{ ...NOTHING, projectIds: new Set(['a']), settings: SETTINGS },
			counterIds()
		);
		expect(moved.settings).toEqual({ ...SETTINGS, lastProjectId: 'new-1' });
		expect(file.settings).toEqual(SETTINGS);
		expect(describeRestore(moved)).toBe('1 project to add, settings');
	});

	it('summarises everything a restore would do', () => {
		const file = backupFile(
			[sampleProject('a', 'Alpha'), sampleProject('b', 'Beta'), sampleProject('c', 'Gamma')],
			[FIRST_ENTRY!, SECOND_ENTRY!],
			SETTINGS,
			NOW
		);
		const plan = planRestore(
			file,
			{ ...NOTHING, projectNames: new Set(['Beta']), catalogIds: new Set() },
			counterIds()
		);
		expect(describeRestore(plan)).toBe(
			'3 projects to add (1 renamed), 2 price overrides, settings'
		);
		expect(
			describeRestore(planRestore(backupFile([], [FIRST_ENTRY!], null, NOW), NOTHING, counterIds()))
		).toBe('1 price override');
		expect(describeRestore(planRestore(backupFile([], [], null, NOW), NOTHING, counterIds()))).toBe(
			'Nothing to restore'
		);
	});
});

describe('describeRestore in French', () => {
	afterEach(() => useLocale('en'));

	it('says what a restore would do in the language of the moment, with French plurals', () => {
		const file = backupFile(
			[sampleProject('a', 'Alpha'), sampleProject('b', 'Beta')],
			[FIRST_ENTRY!],
			SETTINGS,
			NOW
		);
		const plan = planRestore(
			file,
			{ ...NOTHING, projectIds: new Set(['a']), projectNames: new Set(['Alpha']) },
			counterIds()
		);
		expect(describeRestore(plan)).toBe('2 projects to add (1 renamed), 1 price override, settings');
		useLocale('fr');
		expect(describeRestore(plan)).toBe(
			'2 projets à ajouter (dont 1 renommé), 1 prix personnalisé, réglages'
		);
		expect(describeRestore(planRestore(backupFile([], [], null, NOW), NOTHING, counterIds()))).toBe(
			'Rien à restaurer'
		);
		expect(
			planRestore(file, { ...NOTHING, projectNames: new Set(['Alpha']) }, counterIds()).projects[0]
				?.project.name
		).toBe('Alpha (restauré)');
	});
});
