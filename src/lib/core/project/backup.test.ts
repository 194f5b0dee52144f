import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import type { CatalogEntry } from '../pricing/types';
import {
	backupFile,
	backupJson,
	knownVersions,
	MIGRATIONS,
	readBackup,
	runMigrations,
	singleProjectBackup,
	type BackupMigration,
	type BackupRead
} from './backup';
import { NOW, sampleProject } from './testing/fixtures';
import type { AppSettings, BackupFile } from './types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped test data
type Loose = any;

const SETTINGS: AppSettings = {
	currency: 'GBP',
	rate: 0.79,
	lastProjectId: 'project-2',
	lastBackupAt: null,
	locale: 'fr-FR'
};

function catalogEntry(id: string): CatalogEntry {
	const entry = BUILTIN_CATALOG.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`no catalog entry ${id}`);
	return structuredClone(entry);
}

const OVERRIDES: CatalogEntry[] = [
	catalogEntry('openai/gpt-4.1-2025-04-14'),
	catalogEntry(BUILTIN_CATALOG.find((entry) => entry.kind === 'gpu')!.id)
];

function sampleFile(): BackupFile {
	return backupFile(
		[sampleProject('project-1', 'Support bot'), sampleProject('project-2', 'Triage')],
		OVERRIDES,
		SETTINGS,
		NOW
	);
}

/** The sample file as plain data, to break on purpose. */
function rawFile(): Loose {
	return JSON.parse(backupJson(sampleFile()));
}

function refusal(read: BackupRead): { error: string; problems: string[] } {
	if (read.ok) throw new Error('expected the backup to be refused');
	return { error: read.error, problems: read.problems };
}

describe('backupJson and readBackup', () => {
	it('round-trips a whole backup', () => {
		const file = sampleFile();
		const read = readBackup(backupJson(file));
		expect(read).toEqual({ ok: true, file });
		expect(read.ok && 'migratedFrom' in read).toBe(false);
	});

	it('round-trips a backup without settings or overrides', () => {
		const file = backupFile([], [], null, NOW);
		expect(readBackup(backupJson(file))).toEqual({ ok: true, file });
	});

	it('writes pretty JSON with the envelope first and a stable key order', () => {
		const file = sampleFile();
		const text = backupJson(file);
		expect(
			text.startsWith('{\n\t"type": "tunesheet-backup",\n\t"version": 1,\n\t"exportedAt": ')
		).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
		const project = file.projects[0]!;
		const reordered: BackupFile = {
			...file,
			settings: {
				lastBackupAt: null,
				lastProjectId: 'project-2',
				rate: 0.79,
				currency: 'GBP',
				locale: 'fr-FR'
			},
			projects: [
				Object.fromEntries(Object.entries(project).reverse()) as typeof project,
				file.projects[1]!
			]
		};
		expect(backupJson(reordered)).toBe(text);
		expect(text.indexOf('"baselineId"')).toBeLessThan(text.indexOf('"createdAt"'));
	});

	it('exports one project with the overrides its scenarios use', () => {
		const project = sampleProject('project-9', 'Alone');
		const unused = catalogEntry('openai/gpt-4o-mini-2024-07-18');
		const file = singleProjectBackup(project, [...OVERRIDES, unused], SETTINGS, NOW);
		expect(file.projects).toEqual([project]);
		// The sample's scenarios use GPT-4.1 and GPT-4.1 mini, and no GPU.
		expect(file.catalogOverrides.map((entry) => entry.id)).toEqual(['openai/gpt-4.1-2025-04-14']);
		expect(file.settings).toEqual(SETTINGS);
		expect(readBackup(backupJson(file))).toEqual({ ok: true, file });
	});

	it('accepts a byte order mark', () => {
		expect(readBackup(`\uFEFF${backupJson(sampleFile())}`).ok).toBe(true);
	});
});

describe('readBackup refuses hostile files whole', () => {
	it('refuses text that is not JSON, with where it broke', () => {
		const { error } = refusal(readBackup('{\n  "type": "tunesheet-backup",\n  "version": 1 x\n}'));
		expect(error).toMatch(/^This file is not valid JSON/);
		expect(error).toMatch(/line 3,? column 16/);

		const truncated = backupJson(sampleFile()).slice(0, 500);
		expect(refusal(readBackup(truncated)).error).toMatch(/^This file is not valid JSON/);
		expect(refusal(readBackup('')).error).toMatch(/^This file is not valid JSON/);
	});

	it('refuses files that are not Tunesheet backups', () => {
		const notBackup = 'This file is not a Tunesheet backup (it has no "type": "tunesheet-backup").';
		for (const text of ['[]', '42', 'null', '{"version":1}', '{"type":"tunesheet-backup2"}']) {
			expect(refusal(readBackup(text)).error).toBe(notBackup);
		}
		const wrongType = rawFile();
		wrongType.type = 'backup';
		expect(refusal(readBackup(JSON.stringify(wrongType))).error).toBe(notBackup);

		const catalog = JSON.stringify({ type: 'tunesheet-catalog', version: 1, entries: [] });
		expect(refusal(readBackup(catalog)).error).toMatch(/price catalog, not a backup/);
	});

	it('refuses a future or unknown version, saying which versions are known', () => {
		const future = rawFile();
		future.version = 99;
		expect(refusal(readBackup(JSON.stringify(future))).error).toBe(
			'This backup was written by a newer Tunesheet (backup version 99); this one reads backup version 1. Update Tunesheet to restore it.'
		);
		const zero = rawFile();
		zero.version = 0;
		expect(refusal(readBackup(JSON.stringify(zero))).error).toBe(
			'Backup version 0 is not known; this Tunesheet reads backup version 1.'
		);
		const text = rawFile();
		text.version = '1';
		expect(refusal(readBackup(JSON.stringify(text))).error).toBe(
			'The backup has no version number.'
		);
	});

	it('refuses the whole file when one record deep inside is bad, naming its path', () => {
		const raw = rawFile();
		raw.projects[1].scenarios[0].values.months.value = 'NaN';
		const { error, problems } = refusal(readBackup(JSON.stringify(raw)));
		expect(problems).toEqual([
			'projects.1.scenarios.0.values.months.value: Invalid input: expected number, received string'
		]);
		expect(error).toBe(
			'The backup has records Tunesheet cannot read, so nothing was restored: projects.1.scenarios.0.values.months.value: Invalid input: expected number, received string'
		);
	});

	it('names problems in projects, overrides and settings together', () => {
		const raw = rawFile();
		raw.projects[0].scenarios[0].name = 'n'.repeat(300);
		raw.projects[1].prompt = 'hello';
		raw.catalogOverrides[0].inference.input.value = -1;
		raw.settings.rate = 'NaN';
		expect(refusal(readBackup(JSON.stringify(raw))).problems).toEqual([
			'projects.0.scenarios.0.name: Too big: expected string to have <=200 characters',
			'projects.1.prompt: Invalid input: expected object, received string',
			'catalogOverrides.0.inference.input.value: must not be negative',
			'settings.rate: Invalid input: expected number, received string'
		]);
	});

	it('refuses a project with 101 scenarios', () => {
		const raw = rawFile();
		const scenario = raw.projects[0].scenarios[0];
		raw.projects[0].scenarios = Array.from({ length: 101 }, (_, i) => ({
			...scenario,
			id: `s${i}`
		}));
		raw.projects[0].baselineId = null;
		expect(refusal(readBackup(JSON.stringify(raw))).problems).toEqual([
			'projects.0.scenarios: Too big: expected array to have <=100 items'
		]);
	});

	it('refuses a damaged envelope and repeated override ids', () => {
		const raw = rawFile();
		raw.projects = { 0: raw.projects[0] };
		raw.exportedAt = 'today';
		expect(refusal(readBackup(JSON.stringify(raw))).problems).toEqual([
			'exportedAt: expected an ISO 8601 date and time',
			'projects: Invalid input: expected array, received object'
		]);

		const repeated = rawFile();
		repeated.catalogOverrides.push(repeated.catalogOverrides[0]);
		expect(refusal(readBackup(JSON.stringify(repeated))).problems).toEqual([
			'catalogOverrides.2.id: another price override has the same id'
		]);
	});

	it('lists the first few problems only', () => {
		const raw = rawFile();
		raw.projects = Array.from({ length: 30 }, (_, i) => ({
			...raw.projects[0],
			id: `p${i}`,
			name: i
		}));
		const { problems } = refusal(readBackup(JSON.stringify(raw)));
		expect(problems).toHaveLength(11);
		expect(problems[0]).toBe('projects.0.name: Invalid input: expected string, received number');
		expect(problems[10]).toBe('… and 20 more problems');
	});

	it('drops __proto__ and unknown keys without polluting anything', () => {
		const text = backupJson(sampleFile())
			.replace('{', '{"__proto__":{"polluted":1},"extra":true,')
			.replace('"baselineId"', '"__proto__":{"polluted":2},"baselineId"');
		expect(text.match(/__proto__/g)).toHaveLength(2);
		const read = readBackup(text);
		expect(read).toEqual({ ok: true, file: sampleFile() });
		if (!read.ok) return;
		expect(Object.hasOwn(read.file, '__proto__')).toBe(false);
		expect(Object.hasOwn(read.file.projects[0]!, '__proto__')).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses text over the size limit before parsing it', () => {
		const text = backupJson(sampleFile());
		expect(refusal(readBackup(text, { maxLength: text.length - 1 })).error).toMatch(
			/^This file is too large to be a Tunesheet backup/
		);
		expect(readBackup(text, { maxLength: text.length }).ok).toBe(true);
		// Not JSON at all, yet refused for its size: the text is never parsed.
		expect(refusal(readBackup('x'.repeat(2048), { maxLength: 1024 })).error).toBe(
			'This file is too large to be a Tunesheet backup (about 1 MB; at most 1 MB).'
		);
	});
});

describe('runMigrations', () => {
	/** A made-up history: v1 kept a single `project`, v2 renamed `items` to `projects`. */
	const FAKE_MIGRATIONS: Record<number, BackupMigration> = {
		1: (file) => {
			const { project, ...rest } = file as Loose;
			return { ...rest, version: 2, items: project === undefined ? [] : [project] };
		},
		2: (file) => {
			const { items, ...rest } = file as Loose;
			return { ...rest, version: 3, projects: items };
		}
	};

	it('has no steps yet: version 1 is the only one', () => {
		expect(MIGRATIONS).toEqual({});
		expect(knownVersions(MIGRATIONS, 1)).toEqual([1]);
		expect(runMigrations({ version: 1, a: 1 })).toEqual({ ok: true, data: { version: 1, a: 1 } });
	});

	it('brings an old file up to date one step at a time', () => {
		expect(knownVersions(FAKE_MIGRATIONS, 3)).toEqual([1, 2, 3]);
		expect(runMigrations({ version: 1, project: { id: 'a' } }, FAKE_MIGRATIONS, 3)).toEqual({
			ok: true,
			data: { version: 3, projects: [{ id: 'a' }] },
			migratedFrom: 1
		});
		expect(runMigrations({ version: 2, items: [] }, FAKE_MIGRATIONS, 3)).toEqual({
			ok: true,
			data: { version: 3, projects: [] },
			migratedFrom: 2
		});
		expect(runMigrations({ version: 3, projects: [] }, FAKE_MIGRATIONS, 3)).toEqual({
			ok: true,
			data: { version: 3, projects: [] }
		});
	});

	it('refuses versions it cannot reach, saying which it reads', () => {
		expect(runMigrations({ version: 4 }, FAKE_MIGRATIONS, 3)).toEqual({
			ok: false,
			error:
				'This backup was written by a newer Tunesheet (backup version 4); this one reads backup versions 1 to 3. Update Tunesheet to restore it.'
		});
		const withoutFirstStep = { 2: FAKE_MIGRATIONS[2]! };
		expect(runMigrations({ version: 1 }, withoutFirstStep, 3)).toEqual({
			ok: false,
			error: 'Backup version 1 is not known; this Tunesheet reads backup versions 2 to 3.'
		});
		expect(runMigrations({ version: 1.5 }, FAKE_MIGRATIONS, 3).ok).toBe(false);
		expect(runMigrations('{"version":1}', FAKE_MIGRATIONS, 3)).toEqual({
			ok: false,
			error: 'The backup is not a JSON object.'
		});
	});

	it('reports a step that fails or does not reach the next version', () => {
		const throwing = {
			1: () => {
				throw new Error('projects is not a list');
			}
		};
		expect(runMigrations({ version: 1 }, throwing, 2)).toEqual({
			ok: false,
			error: 'The backup could not be updated from version 1: projects is not a list'
		});
		const stuck = { 1: (file: unknown) => file };
		expect(runMigrations({ version: 1 }, stuck, 2)).toEqual({
			ok: false,
			error: 'Updating the backup from version 1 did not give version 2.'
		});
	});

	it('does not take a step from the prototype of the table', () => {
		const table = Object.create({ 1: () => ({ version: 2 }) }) as Record<number, BackupMigration>;
		expect(knownVersions(table, 2)).toEqual([2]);
		expect(runMigrations({ version: 1 }, table, 2).ok).toBe(false);
	});
});

describe('readBackup in French', () => {
	beforeEach(() => useLocale('fr'));
	afterEach(() => useLocale('en'));

	it('reports a bad record in French, zod’s own words included', () => {
		const raw = rawFile();
		raw.projects[1].scenarios[0].values.months.value = 'NaN';
		raw.projects[0].scenarios[0].name = 'n'.repeat(300);
		raw.settings.currency = 'euros';
		const { error, problems } = refusal(readBackup(JSON.stringify(raw)));
		expect(problems).toEqual([
			'projects.0.scenarios.0.name\u00a0: Trop grand\u00a0: chaîne de caractères doit avoir <=200 caractères',
			'projects.1.scenarios.0.values.months.value\u00a0: Entrée invalide\u00a0: nombre attendu, chaîne de caractères reçu',
			'settings.currency\u00a0: code de devise à trois lettres attendu, par exemple EUR'
		]);
		expect(error).toBe(
			`La sauvegarde contient des enregistrements que Tunesheet ne sait pas lire, rien n’a donc été restauré\u00a0: ${problems.join('\u00a0; ')}`
		);
	});

	it('says in French what the file is not, and counts the problems left out', () => {
		expect(refusal(readBackup('{"type": "tunesheet-backup",')).error).toMatch(
			/^Ce fichier n’est pas du JSON valide( \(ligne 1, colonne \d+\))?\u00a0: /
		);
		expect(refusal(readBackup('{"type": "tunesheet-backup", "version": 9}')).error).toBe(
			'Cette sauvegarde a été écrite par une version plus récente de Tunesheet (format de sauvegarde 9)\u00a0; celle-ci ne lit que les sauvegardes en version 1. Mettez Tunesheet à jour pour la restaurer.'
		);
		const raw = rawFile();
		raw.projects = Array.from({ length: 12 }, (_, i) => ({
			...raw.projects[0],
			id: `p${i}`,
			name: i
		}));
		const { problems } = refusal(readBackup(JSON.stringify(raw)));
		expect(problems.at(-1)).toBe('… et 2 autres problèmes');
		raw.projects.pop();
		expect(refusal(readBackup(JSON.stringify(raw))).problems.at(-1)).toBe('… et 1 autre problème');
	});
});
