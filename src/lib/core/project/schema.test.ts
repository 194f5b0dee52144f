import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../cost/types';
import { checkProject, checkSettings, MAX_REPORTED_ERRORS, NUMERIC_FIELDS } from './schema';
import { sampleProject } from './testing/fixtures';
import type { AppSettings } from './types';

/** Test data of any shape: hostile records are built by changing a valid one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped test data
type Loose = any;

function project(): Loose {
	return structuredClone(sampleProject());
}

function errorsOf(value: unknown): string[] {
	const result = checkProject(value);
	if (result.ok) throw new Error('expected the project to be refused');
	return result.errors;
}

describe('NUMERIC_FIELDS', () => {
	it('lists every numeric input of a scenario once', () => {
		const numericKeys = Object.entries(defaultInputs('self-hosted'))
			.filter(([, value]) => typeof value === 'number' || value === null)
			.map(([key]) => key)
			.sort();
		expect([...NUMERIC_FIELDS].sort()).toEqual(numericKeys);
		expect(new Set(NUMERIC_FIELDS).size).toBe(NUMERIC_FIELDS.length);
	});
});

describe('checkProject', () => {
	it('accepts a full project and returns it unchanged', () => {
		const original = sampleProject();
		expect(checkProject(structuredClone(original))).toEqual({ ok: true, project: original });
	});

	it('drops unknown keys at every depth', () => {
		const raw = project();
		raw.colour = 'red';
		raw.scenarios[0].secret = 1;
		raw.scenarios[0].values.notAField = { text: '1', value: 1 };
		raw.scenarios[0].links.alsoNotAField = 'prompt.user';
		raw.prompt.extra = 'x';
		raw.datasets[0].issues = [{ code: 'x' }];
		const result = checkProject(raw);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.project).toEqual(sampleProject());
		expect(Object.keys(result.project)).not.toContain('colour');
		expect(Object.keys(result.project.scenarios[0]!.values)).not.toContain('notAField');
		expect(Object.keys(result.project.scenarios[0]!.links)).not.toContain('alsoNotAField');
	});

	it('keeps __proto__ and constructor keys from polluting anything', () => {
		const text = JSON.stringify(sampleProject())
			.replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},')
			.replace('"values":{', '"values":{"__proto__":{"polluted":3},');
		const raw: unknown = JSON.parse(text);
		const result = checkProject(raw);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.hasOwn(result.project, '__proto__')).toBe(false);
		expect(Object.hasOwn(result.project, 'constructor')).toBe(false);
		expect(Object.getPrototypeOf(result.project)).toBe(Object.prototype);
		expect(Object.hasOwn(result.project.scenarios[0]!.values, '__proto__')).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect((result.project as unknown as Record<string, unknown>).polluted).toBeUndefined();
		expect(result.project).toEqual(sampleProject());
	});

	it('names the key path of wrong types at several depths', () => {
		const top = project();
		top.name = 5;
		expect(errorsOf(top)).toEqual(['name: Invalid input: expected string, received number']);

		const notAnArray = project();
		notAnArray.scenarios = 'two scenarios';
		expect(errorsOf(notAnArray)).toEqual([
			'scenarios: Invalid input: expected array, received string'
		]);

		const deep = project();
		deep.scenarios[1].kind = 'cloud';
		deep.scenarios[1].values.months.value = 'NaN';
		deep.scenarios[1].links.userTokens = 'prompt.everything';
		deep.prompt.fewShot[0].user = 42;
		deep.prompt.encoding = 'p50k_base';
		deep.datasets[0].billing.tokensCut = -1;
		deep.datasets[0].analysedAt = 'yesterday';
		expect(errorsOf(deep)).toEqual([
			expect.stringMatching(/^scenarios\.1\.kind: /),
			'scenarios.1.values.months.value: Invalid input: expected number, received string',
			expect.stringMatching(/^scenarios\.1\.links\.userTokens: /),
			'prompt.fewShot.0.user: Invalid input: expected string, received number',
			expect.stringMatching(/^prompt\.encoding: /),
			'datasets.0.analysedAt: expected an ISO 8601 date and time',
			'datasets.0.billing.tokensCut: must not be negative'
		]);

		expect(errorsOf([])).toEqual(['Invalid input: expected object, received array']);
		expect(errorsOf(null)).toEqual(['Invalid input: expected object, received null']);
	});

	it('refuses numbers that are not finite', () => {
		for (const bad of [Number.NaN, Infinity, -Infinity, 'NaN', '12']) {
			const raw = project();
			raw.scenarios[0].values.months.value = bad;
			expect(errorsOf(raw)).toEqual([
				expect.stringMatching(/^scenarios\.0\.values\.months\.value: /)
			]);
		}
		const offer = project();
		offer.scenarios[0].gpuOffer = 1.5;
		expect(errorsOf(offer)).toEqual([expect.stringMatching(/^scenarios\.0\.gpuOffer: /)]);
	});

	it('bounds strings', () => {
		const longName = project();
		longName.scenarios[0].name = 'x'.repeat(300);
		expect(errorsOf(longName)).toEqual([
			'scenarios.0.name: Too big: expected string to have <=200 characters'
		]);

		const atLimit = project();
		atLimit.name = 'x'.repeat(200);
		atLimit.scenarios[0].values.months.text = '1'.repeat(200);
		expect(checkProject(atLimit).ok).toBe(true);

		const longText = project();
		longText.scenarios[0].values.months.text = '1'.repeat(201);
		expect(errorsOf(longText)).toEqual([
			expect.stringMatching(/^scenarios\.0\.values\.months\.text: Too big/)
		]);

		const longId = project();
		longId.id = 'i'.repeat(201);
		expect(errorsOf(longId)).toEqual([expect.stringMatching(/^id: Too big/)]);

		const emptyId = project();
		emptyId.id = '';
		expect(errorsOf(emptyId)).toEqual(['id: must not be empty']);

		const longPrompt = project();
		longPrompt.prompt.system = 'x'.repeat(5_000_001);
		expect(errorsOf(longPrompt)).toEqual([expect.stringMatching(/^prompt\.system: Too big/)]);
	});

	it('bounds arrays: at most 100 scenarios, 50 datasets, 10,000 few-shot pairs', () => {
		const scenarios = (count: number) =>
			Array.from({ length: count }, (_, i) => ({ ...sampleProject().scenarios[0]!, id: `s${i}` }));

		const hundred = project();
		hundred.scenarios = scenarios(100);
		hundred.baselineId = 's0';
		expect(checkProject(hundred).ok).toBe(true);

		const tooMany = project();
		tooMany.scenarios = scenarios(101);
		tooMany.baselineId = null;
		expect(errorsOf(tooMany)).toEqual(['scenarios: Too big: expected array to have <=100 items']);

		const datasets = project();
		datasets.datasets = Array.from({ length: 51 }, (_, i) => ({
			...datasets.datasets[0],
			id: `d${i}`
		}));
		expect(errorsOf(datasets)).toEqual([expect.stringMatching(/^datasets: Too big/)]);

		const pairs = project();
		pairs.prompt.fewShot = Array.from({ length: 10_001 }, () => ({ user: '', assistant: '' }));
		expect(errorsOf(pairs)).toEqual([expect.stringMatching(/^prompt\.fewShot: Too big/)]);
	});

	it('refuses another schema version, repeated ids and a baseline that is not a scenario', () => {
		const future = project();
		future.schemaVersion = 2;
		expect(errorsOf(future)).toEqual([
			'schemaVersion: version 2 is not known (this Tunesheet reads version 1)'
		]);

		const repeated = project();
		repeated.scenarios[1].id = repeated.scenarios[0].id;
		expect(errorsOf(repeated)).toEqual(['scenarios.1.id: another scenario has the same id']);

		const datasets = project();
		datasets.datasets = [datasets.datasets[0], datasets.datasets[0]];
		expect(errorsOf(datasets)).toEqual(['datasets.1.id: another dataset has the same id']);

		const baseline = project();
		baseline.baselineId = 'gone';
		expect(errorsOf(baseline)).toEqual(['baselineId: no scenario has this id']);

		const noBaseline = project();
		noBaseline.baselineId = null;
		expect(checkProject(noBaseline).ok).toBe(true);
	});

	it(`lists at most ${MAX_REPORTED_ERRORS} problems and counts the rest`, () => {
		const raw = project();
		raw.scenarios = Array.from({ length: 15 }, (_, i) => ({
			...raw.scenarios[0],
			id: `s${i}`,
			name: 7
		}));
		const errors = errorsOf(raw);
		expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
		expect(errors[0]).toBe('scenarios.0.name: Invalid input: expected string, received number');
		expect(errors[MAX_REPORTED_ERRORS]).toBe('… and 5 more problems');
	});
});

describe('checkProject: the decision guide and data readiness', () => {
	it('keeps a guide and readiness figures, and reads projects saved without them', () => {
		const withGuide = project();
		withGuide.guide = {
			answers: {
				goal: 'cost',
				useCase: 'task',
				changesOften: false,
				needsCitations: null,
				experimenting: false
			},
			checklist: { 'held-out': true, users: false, unknown: true }
		};
		withGuide.datasets[0].readiness = {
			exactDuplicates: 3,
			lengthOutliers: 1,
			nearDuplicates: null
		};
		const checked = checkProject(withGuide);
		expect(checked.ok && checked.project.guide).toEqual({
			answers: withGuide.guide.answers,
			checklist: { 'held-out': true, users: false }
		});
		expect(checked.ok && checked.project.datasets[0]?.readiness).toEqual({
			exactDuplicates: 3,
			lengthOutliers: 1,
			nearDuplicates: null
		});
		const without = checkProject(project());
		expect(without.ok && without.project.guide).toBeUndefined();
	});

	it('refuses an unknown goal or use case and a checklist mark that is not true or false', () => {
		const bad = project();
		bad.guide = {
			answers: {
				goal: 'fame',
				useCase: 'everything',
				changesOften: 'yes',
				needsCitations: null,
				experimenting: null
			},
			checklist: { 'held-out': 'done' }
		};
		const errors = errorsOf(bad);
		expect(errors.some((e) => e.startsWith('guide.answers.goal'))).toBe(true);
		expect(errors.some((e) => e.startsWith('guide.answers.useCase'))).toBe(true);
		expect(errors.some((e) => e.startsWith('guide.answers.changesOften'))).toBe(true);
		expect(errors.some((e) => e.startsWith('guide.checklist.held-out'))).toBe(true);
	});
});

describe('checkSettings', () => {
	const settings: AppSettings = {
		currency: 'EUR',
		rate: 0.92,
		lastProjectId: 'project-1',
		lastBackupAt: '2026-11-01T12:00:00.000Z',
		locale: 'fr-FR'
	};

	it('reads settings stored before the locale choice existed as the browser’s locale', () => {
		const older: Record<string, unknown> = { ...settings };
		delete older.locale;
		expect(checkSettings(older)).toEqual({ ok: true, settings: { ...settings, locale: null } });
		expect(checkSettings({ ...settings, locale: '<script>' }).ok).toBe(false);
	});

	it('accepts settings and drops unknown keys, including __proto__', () => {
		expect(checkSettings(settings)).toEqual({ ok: true, settings });
		const raw: unknown = JSON.parse(
			JSON.stringify({ ...settings, theme: 'dark' }).replace('{', '{"__proto__":{"polluted":1},')
		);
		const result = checkSettings(raw);
		expect(result).toEqual({ ok: true, settings });
		expect(result.ok && Object.keys(result.settings)).toEqual([
			'currency',
			'rate',
			'lastProjectId',
			'lastBackupAt',
			'locale'
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(checkSettings({ ...settings, lastProjectId: null, lastBackupAt: null }).ok).toBe(true);
	});

	it('refuses bad currencies, rates and dates, naming the key', () => {
		expect(checkSettings({ ...settings, currency: 'euro', rate: 0 })).toEqual({
			ok: false,
			errors: [
				'currency: expected a three-letter currency code such as EUR',
				'rate: must be above 0'
			]
		});
		expect(checkSettings({ ...settings, rate: 'NaN' })).toEqual({
			ok: false,
			errors: ['rate: Invalid input: expected number, received string']
		});
		expect(checkSettings({ ...settings, lastBackupAt: 'last week' })).toEqual({
			ok: false,
			errors: ['lastBackupAt: expected an ISO 8601 date and time']
		});
		expect(checkSettings('USD').ok).toBe(false);
	});
});
