import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '$lib/core/scenario/example';
import { PROJECT_SCHEMA_VERSION, type ProjectRecord } from '$lib/core/project/types';
import { TunesheetDb } from './db';
import { RecordCheckError } from './errors';
import {
	deleteProject,
	listProjects,
	loadAllProjects,
	loadProject,
	putProjectsInChunks,
	restoreProject,
	saveProject
} from './projects';
import { listRecovered } from './recovered';

let db: TunesheetDb;
afterEach(async () => {
	await db.delete();
});

function project(id: string, name: string, updatedAt = '2026-03-01T09:00:00.000Z'): ProjectRecord {
	return {
		id,
		schemaVersion: PROJECT_SCHEMA_VERSION,
		name,
		createdAt: '2026-02-01T08:00:00.000Z',
		updatedAt,
		scenarios: exampleScenarios(),
		baselineId: EXAMPLE_BASELINE_ID,
		prompt: {
			system: 'You sort support tickets.',
			fewShot: [{ user: 'My invoice is wrong', assistant: 'billing' }],
			user: 'The app crashes on start',
			answer: 'bug',
			encoding: 'o200k_base'
		},
		datasets: [
			{
				id: 'tickets',
				fileName: 'tickets.jsonl',
				bytes: 48_213,
				analysedAt: '2026-02-20T12:00:00.000Z',
				format: 'chat',
				encoding: 'o200k_base',
				maxTokensPerExample: 65_536,
				examples: 120,
				invalidRecords: 2,
				tokens: {
					total: 36_000,
					assistant: 4_800,
					trainable: 4_800,
					toolCalls: 0,
					toolDefinitions: 0,
					overhead: 2_520
				},
				averagePerExample: { system: 12, user: 200, assistant: 40, messages: 3 },
				billing: {
					billedTokensPerEpoch: 36_000,
					defaultEpochs: 3,
					billedTrainingTokens: 108_000,
					examplesOverLimit: 0,
					tokensCut: 0
				},
				errorCount: 2,
				warningCount: 0
			}
		],
		isExample: false
	};
}

/** Writes a row as it is, as data from an older or broken build might be stored. */
async function putRaw(row: Record<string, unknown>): Promise<void> {
	await db.projects.put(row as unknown as ProjectRecord);
}

describe('saving and loading', () => {
	it('stamps updatedAt on save and reads back the same project', async () => {
		db = new TunesheetDb('projects-save');
		const given = project('p1', 'Support bot', '2000-01-01T00:00:00.000Z');
		const now = new Date('2026-04-02T15:30:00.000Z');
		const saved = await saveProject(db, given, now);
		expect(saved).toEqual({ ...given, updatedAt: '2026-04-02T15:30:00.000Z' });
		expect(saved.createdAt).toBe('2026-02-01T08:00:00.000Z');
		expect(saved.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
		expect(await loadProject(db, 'p1')).toEqual({ project: saved, errors: [] });
	});

	it('refuses to write a project that would not load again', async () => {
		db = new TunesheetDb('projects-refuse');
		const broken = { ...project('p1', 'Support bot'), baselineId: 'no-such-scenario' };
		const saving = saveProject(db, broken);
		await expect(saving).rejects.toBeInstanceOf(RecordCheckError);
		await expect(saving).rejects.toMatchObject({ errors: ['baselineId: no scenario has this id'] });
		expect(await db.projects.count()).toBe(0);
	});

	it('says nothing is there for an unknown id', async () => {
		db = new TunesheetDb('projects-missing');
		expect(await loadProject(db, 'nope')).toEqual({ project: null, errors: [] });
	});

	it('lists projects newest first, comparing instants across time zones', async () => {
		db = new TunesheetDb('projects-list');
		await restoreProject(db, project('a', 'Alpha', '2026-03-01T10:00:00Z'));
		// Later as text, earlier as an instant (09:30 UTC).
		await restoreProject(db, project('b', 'Beta', '2026-03-01T11:30:00+02:00'));
		await restoreProject(db, project('c', 'Gamma', '2026-02-01T00:00:00.000Z'));
		await restoreProject(db, project('d', 'Delta', '2026-02-01T00:00:00.000Z'));
		expect(await listProjects(db)).toEqual([
			{ id: 'a', name: 'Alpha', updatedAt: '2026-03-01T10:00:00Z' },
			{ id: 'b', name: 'Beta', updatedAt: '2026-03-01T11:30:00+02:00' },
			{ id: 'd', name: 'Delta', updatedAt: '2026-02-01T00:00:00.000Z' },
			{ id: 'c', name: 'Gamma', updatedAt: '2026-02-01T00:00:00.000Z' }
		]);
		expect((await loadAllProjects(db)).projects.map((loaded) => loaded.id)).toEqual([
			'a',
			'b',
			'd',
			'c'
		]);
	});
});

describe('records that no longer load', () => {
	it('are moved to recovered while the rest load', async () => {
		db = new TunesheetDb('projects-corrupt');
		const good = project('good', 'Fine');
		await restoreProject(db, good);
		const wrongTypes = { ...project('wrong-types', 'x'), name: 42, isExample: 'yes' };
		const stringScenarios = { ...project('string-scenarios', 'y'), scenarios: 'oops' };
		await putRaw(wrongTypes);
		await putRaw(stringScenarios);

		const loaded = await loadAllProjects(db);
		expect(loaded.projects).toEqual([good]);
		const byKey = Object.fromEntries(loaded.recovered.map((entry) => [entry.key, entry.errors]));
		expect(Object.keys(byKey).sort()).toEqual(['string-scenarios', 'wrong-types']);
		expect(byKey['wrong-types']!.join('\n')).toMatch(/^name: /m);
		expect(byKey['wrong-types']!.join('\n')).toMatch(/^isExample: /m);
		expect(byKey['string-scenarios']!.join('\n')).toMatch(/^scenarios: /m);

		expect(await db.projects.toCollection().primaryKeys()).toEqual(['good']);
		const recovered = await listRecovered(db);
		expect(recovered.map((entry) => [entry.table, entry.key]).sort()).toEqual([
			['projects', 'string-scenarios'],
			['projects', 'wrong-types']
		]);
		expect(recovered.find((entry) => entry.key === 'wrong-types')?.record).toEqual(wrongTypes);
		expect(recovered.find((entry) => entry.key === 'string-scenarios')?.record).toEqual(
			stringScenarios
		);

		// Once set aside they are gone from the projects: a second load finds nothing more to move.
		expect(await loadAllProjects(db)).toEqual({ projects: [good], recovered: [] });
		expect(await listRecovered(db)).toHaveLength(2);
	});

	it('are set aside by loadProject, which returns null with the reasons', async () => {
		db = new TunesheetDb('projects-corrupt-one');
		await putRaw({ ...project('p1', 'Old'), schemaVersion: 99 });
		const loaded = await loadProject(db, 'p1');
		expect(loaded.project).toBeNull();
		expect(loaded.errors).toEqual([
			`schemaVersion: version 99 is not known (this Tunesheet reads version ${PROJECT_SCHEMA_VERSION})`
		]);
		expect(await db.projects.get('p1')).toBeUndefined();
		expect((await listRecovered(db)).map((entry) => entry.errors)).toEqual([loaded.errors]);
	});

	it('are left out of the list, even one with no date to sort by', async () => {
		db = new TunesheetDb('projects-corrupt-list');
		await restoreProject(db, project('good', 'Fine'));
		const noDate: Record<string, unknown> = { ...project('no-date', 'Undated') };
		delete noDate.updatedAt;
		await putRaw(noDate);
		expect(await listProjects(db)).toEqual([
			{ id: 'good', name: 'Fine', updatedAt: '2026-03-01T09:00:00.000Z' }
		]);
		expect((await listRecovered(db)).map((entry) => entry.key)).toEqual(['no-date']);
	});
});

describe('delete and undo', () => {
	it('returns the deleted record, and restoring puts it back as it was', async () => {
		db = new TunesheetDb('projects-delete');
		const saved = await saveProject(db, project('p1', 'Support bot'));
		const deleted = await deleteProject(db, 'p1');
		expect(deleted).toEqual(saved);
		expect(await loadProject(db, 'p1')).toEqual({ project: null, errors: [] });
		expect(await deleteProject(db, 'p1')).toBeNull();

		await restoreProject(db, deleted!);
		expect(await loadProject(db, 'p1')).toEqual({ project: saved, errors: [] });
	});

	it('refuses to restore a record that would not load', async () => {
		db = new TunesheetDb('projects-restore-bad');
		const broken = { ...project('p1', 'x'), createdAt: 'yesterday' };
		await expect(restoreProject(db, broken)).rejects.toBeInstanceOf(RecordCheckError);
		expect(await db.projects.count()).toBe(0);
	});
});

describe('putProjectsInChunks', () => {
	it('writes chunk by chunk, one transaction each, and reports progress', async () => {
		db = new TunesheetDb('projects-chunks');
		const many = Array.from({ length: 7 }, (_, index) =>
			project(`p${index}`, `Project ${index}`, `2026-03-0${index + 1}T00:00:00.000Z`)
		);
		const transactions = vi.spyOn(db, 'transaction');
		const progress: [number, number][] = [];
		await putProjectsInChunks(db, many, 3, (written, total) => progress.push([written, total]));
		expect(progress).toEqual([
			[3, 7],
			[6, 7],
			[7, 7]
		]);
		expect(transactions).toHaveBeenCalledTimes(3);
		transactions.mockRestore();
		const loaded = await loadAllProjects(db);
		// Kept as given: a restore does not make every project look just edited.
		expect(loaded.projects).toEqual([...many].reverse());
	});

	it('writes nothing when one record would not load, and names it', async () => {
		db = new TunesheetDb('projects-chunks-bad');
		const records = [
			project('a', 'A'),
			{ ...project('b', 'B'), isExample: 'no' },
			project('c', 'C')
		];
		const putting = putProjectsInChunks(db, records as ProjectRecord[], 1);
		await expect(putting).rejects.toBeInstanceOf(RecordCheckError);
		await expect(putting).rejects.toMatchObject({
			errors: [expect.stringMatching(/^projects\.1\.isExample: /)]
		});
		expect(await db.projects.count()).toBe(0);
	});

	it('refuses a chunk size below one', async () => {
		db = new TunesheetDb('projects-chunks-size');
		await expect(putProjectsInChunks(db, [project('a', 'A')], 0)).rejects.toBeInstanceOf(
			RangeError
		);
	});
});
