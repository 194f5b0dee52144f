/*
 * Schemas for projects and settings read back from IndexedDB or from a backup file: untrusted input. Unknown keys
 * are dropped (zod objects copy only the keys they know, so `__proto__` in the data never reaches a prototype),
 * strings and arrays are bounded, numbers are finite, and errors name the key path.
 */
import { z } from 'zod';
import { SCENARIO_KINDS, TRAINING_METHODS, TRAINING_PRICINGS } from '../cost/types';
import { DATASET_FORMATS } from '../dataset/types';
import {
	CHECKLIST_ITEMS,
	GOALS,
	USE_CASES,
	type ChecklistItem,
	type GuideRecord
} from '../guide/types';
import { formatCount } from '../format';
import { m } from '../i18n/locale';
import { describeIssues } from '../pricing/schema';
import { LINK_SOURCES, type NumericField, type Scenario } from '../scenario/types';
import { MAX_INPUT_LENGTH } from '../sheet/evaluate';
import { isTokenizerRef, type TokenizerRef } from '../tokenize/tokenizers';
import { localizedIssues } from './issues';
import {
	PROJECT_SCHEMA_VERSION,
	type AppSettings,
	type DatasetRecord,
	type ProjectRecord,
	type PromptRecord
} from './types';

/** Bounds on what one record may hold; the editors must keep within them or the record will not load again. */
export const PROJECT_LIMITS = {
	idLength: 200,
	nameLength: 200,
	/** File systems allow 255 bytes; a dataset's file name is whatever the person's file was called. */
	fileNameLength: 1_000,
	/** An entered value's text: the cell evaluator's own limit. */
	enteredTextLength: MAX_INPUT_LENGTH,
	promptTextLength: 5_000_000,
	fewShotPairs: 10_000,
	scenariosPerProject: 100,
	datasetsPerProject: 50
} as const;

/** At most this many problems are listed; the rest are counted in one last line. */
export const MAX_REPORTED_ERRORS = 10;

/** Every numeric input of a scenario, at run time: the keys a scenario's values and links may use. */
export const NUMERIC_FIELDS = [
	'inputPrice',
	'cachedInputPrice',
	'outputPrice',
	'cacheWritePrice',
	'batchShare',
	'batchDiscount',
	'systemTokens',
	'fewShotTokens',
	'contextTokens',
	'userTokens',
	'outputTokens',
	'cacheHitRate',
	'retrievalCostPerRequest',
	'vectorStorePerMonth',
	'requestsPerMonth',
	'growthPerMonth',
	'months',
	'trainingPricePerMillion',
	'trainingPricePerHour',
	'trainingHours',
	'trainingTokensPerEpoch',
	'epochs',
	'minimumFeePerJob',
	'experiments',
	'retrainEveryMonths',
	'hostingPerHour',
	'hoursPerMonth',
	'storagePerModelMonth',
	'parameters',
	'qloraSlowdown',
	'gpuPeakFlops',
	'mfu',
	'measuredTokensPerSecond',
	'trainingGpus',
	'gpuPricePerHour',
	'servingReplicas',
	'servingGpusPerReplica',
	'servingGpuPricePerHour'
] as const;

type Same<A, B> =
	(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// Fails to compile when ScenarioInputs gains or loses a numeric field and the list above is not updated.
const numericFieldsMatch: Same<(typeof NUMERIC_FIELDS)[number], NumericField> = true;
void numericFieldsMatch;

/** A shipped tokenizer's name or `custom:` and the id of one the person added (it may not be in this browser). */
const tokenizerRef = z.custom<TokenizerRef>(isTokenizerRef, {
	error: () => m.projects_check_tokenizer()
});

const id = z
	.string()
	.min(1, { error: () => m.projects_check_not_empty() })
	.max(PROJECT_LIMITS.idLength);
const name = z.string().max(PROJECT_LIMITS.nameLength);
const promptText = z.string().max(PROJECT_LIMITS.promptTextLength);
const timestamp = z.iso.datetime({ offset: true, error: () => m.projects_check_datetime() });
/** zod's number already refuses NaN and ±Infinity. */
const count = z.number().nonnegative({ error: () => m.projects_check_not_negative() });

const enteredValue = z.object({
	text: z.string().max(PROJECT_LIMITS.enteredTextLength),
	value: z.number()
});

// Objects keyed by the known fields only: a key that is not a numeric field is dropped like any unknown key.
const valuesSchema = z.object(
	Object.fromEntries(NUMERIC_FIELDS.map((field) => [field, enteredValue.optional()])) as Record<
		NumericField,
		z.ZodOptional<typeof enteredValue>
	>
);
const linkSource = z.enum(LINK_SOURCES);
const linksSchema = z.object(
	Object.fromEntries(NUMERIC_FIELDS.map((field) => [field, linkSource.optional()])) as Record<
		NumericField,
		z.ZodOptional<typeof linkSource>
	>
);

export const scenarioSchema: z.ZodType<Scenario, unknown> = z.object({
	id,
	name,
	kind: z.enum(SCENARIO_KINDS),
	modelId: id.nullable(),
	gpuId: id.nullable(),
	gpuOffer: z
		.number()
		.int()
		.nonnegative({ error: () => m.projects_check_not_negative() }),
	trainingMethod: z.enum(TRAINING_METHODS),
	trainingPricing: z.enum(TRAINING_PRICINGS).nullable(),
	values: valuesSchema,
	links: linksSchema
});

export const promptRecordSchema: z.ZodType<PromptRecord, unknown> = z.object({
	system: promptText,
	fewShot: z
		.array(z.object({ user: promptText, assistant: promptText }))
		.max(PROJECT_LIMITS.fewShotPairs),
	user: promptText,
	answer: promptText,
	encoding: tokenizerRef
});

export const datasetRecordSchema: z.ZodType<DatasetRecord, unknown> = z.object({
	id,
	fileName: z.string().max(PROJECT_LIMITS.fileNameLength),
	bytes: count,
	analysedAt: timestamp,
	format: z.enum(DATASET_FORMATS),
	encoding: tokenizerRef,
	tokenizerLabel: name.optional(),
	maxTokensPerExample: count,
	examples: count,
	invalidRecords: count,
	tokens: z.object({
		total: count,
		assistant: count,
		trainable: count,
		toolCalls: count,
		toolDefinitions: count,
		overhead: count
	}),
	averagePerExample: z.object({ system: count, user: count, assistant: count, messages: count }),
	billing: z.object({
		billedTokensPerEpoch: count,
		defaultEpochs: count,
		billedTrainingTokens: count,
		examplesOverLimit: count,
		tokensCut: count
	}),
	errorCount: count,
	warningCount: count,
	readiness: z
		.object({
			exactDuplicates: count,
			lengthOutliers: count,
			nearDuplicates: count.nullable()
		})
		.optional()
});

/** Index of the first repeat of an id, or -1: columns and datasets are keyed by id on the page. */
function firstRepeat(ids: readonly string[]): number {
	const seen = new Set<string>();
	return ids.findIndex((value) => seen.has(value) || !seen.add(value));
}

const maybe = z.boolean().nullable();

export const guideRecordSchema: z.ZodType<GuideRecord, unknown> = z.object({
	answers: z.object({
		goal: z.enum(GOALS).nullable(),
		useCase: z.enum(USE_CASES),
		changesOften: maybe,
		needsCitations: maybe,
		experimenting: maybe
	}),
	// Keyed by the known items only: another key is dropped like any unknown key.
	checklist: z.object(
		Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.boolean().optional()])) as Record<
			ChecklistItem,
			z.ZodOptional<z.ZodBoolean>
		>
	)
});

export const projectSchema: z.ZodType<ProjectRecord, unknown> = z
	.object({
		id,
		schemaVersion: z.number().refine((version) => version === PROJECT_SCHEMA_VERSION, {
			error: (issue) =>
				m.projects_check_version({
					version: String(issue.input),
					current: String(PROJECT_SCHEMA_VERSION)
				})
		}),
		name,
		createdAt: timestamp,
		updatedAt: timestamp,
		scenarios: z.array(scenarioSchema).max(PROJECT_LIMITS.scenariosPerProject),
		baselineId: id.nullable(),
		prompt: promptRecordSchema,
		datasets: z.array(datasetRecordSchema).max(PROJECT_LIMITS.datasetsPerProject),
		isExample: z.boolean(),
		guide: guideRecordSchema.optional()
	})
	.superRefine((project, context) => {
		const scenarioRepeat = firstRepeat(project.scenarios.map((scenario) => scenario.id));
		if (scenarioRepeat >= 0) {
			context.addIssue({
				code: 'custom',
				path: ['scenarios', scenarioRepeat, 'id'],
				message: m.projects_check_scenario_repeat()
			});
		}
		const datasetRepeat = firstRepeat(project.datasets.map((dataset) => dataset.id));
		if (datasetRepeat >= 0) {
			context.addIssue({
				code: 'custom',
				path: ['datasets', datasetRepeat, 'id'],
				message: m.projects_check_dataset_repeat()
			});
		}
		const { baselineId } = project;
		if (baselineId !== null && !project.scenarios.some((scenario) => scenario.id === baselineId)) {
			context.addIssue({
				code: 'custom',
				path: ['baselineId'],
				message: m.projects_check_no_baseline()
			});
		}
	});

export const settingsSchema: z.ZodType<AppSettings, unknown> = z.object({
	currency: z.string().regex(/^[A-Z]{3}$/, { error: () => m.projects_check_currency() }),
	rate: z.number().positive({ error: () => m.projects_check_above_zero() }),
	lastProjectId: id.nullable(),
	lastBackupAt: timestamp.nullable(),
	// Absent in settings stored before the choice existed: the interface language's format.
	locale: z
		.string()
		.max(35)
		.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: () => m.projects_check_language_tag() })
		.nullable()
		.default(null)
});

/** The first MAX_REPORTED_ERRORS lines, and how many more there were. */
export function limitErrors(errors: readonly string[]): string[] {
	if (errors.length <= MAX_REPORTED_ERRORS) return [...errors];
	const more = errors.length - MAX_REPORTED_ERRORS;
	return [
		...errors.slice(0, MAX_REPORTED_ERRORS),
		m.projects_more_problems({ count: more, shown: formatCount(more) })
	];
}

/** Problems of a failed check, one line each, key paths starting with `prefix` ('projects.2.name: …'). */
export function describeProblems(error: z.ZodError, prefix: (string | number)[] = []): string[] {
	return limitErrors(describeIssues(error, prefix));
}

export type ProjectCheck = { ok: true; project: ProjectRecord } | { ok: false; errors: string[] };

export function checkProject(value: unknown): ProjectCheck {
	const result = projectSchema.safeParse(value, { error: localizedIssues });
	return result.success
		? { ok: true, project: result.data }
		: { ok: false, errors: describeProblems(result.error) };
}

export type SettingsCheck = { ok: true; settings: AppSettings } | { ok: false; errors: string[] };

export function checkSettings(value: unknown): SettingsCheck {
	const result = settingsSchema.safeParse(value, { error: localizedIssues });
	return result.success
		? { ok: true, settings: result.data }
		: { ok: false, errors: describeProblems(result.error) };
}
