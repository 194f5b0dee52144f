import type { DatasetView } from '../dataset/coordinator';
import type { LinkFigures } from '../scenario/types';
import { PROJECT_SCHEMA_VERSION, type DatasetRecord, type ProjectRecord } from './types';

/** The figures of an analysis worth keeping with a project (no issue lists, no per-example counts). */
export function datasetRecord(
	view: DatasetView,
	file: { name: string; size: number },
	maxTokensPerExample: number,
	id: string,
	analysedAt: string
): DatasetRecord {
	return {
		id,
		fileName: file.name,
		bytes: file.size,
		analysedAt,
		format: view.format,
		encoding: view.encoding,
		maxTokensPerExample,
		examples: view.examples,
		invalidRecords: view.invalidRecords,
		tokens: {
			total: view.tokens.total,
			assistant: view.tokens.assistant,
			trainable: view.tokens.trainable,
			toolCalls: view.tokens.toolCalls,
			toolDefinitions: view.tokens.toolDefinitions,
			overhead: view.tokens.overhead
		},
		averagePerExample: { ...view.averagePerExample },
		billing: {
			billedTokensPerEpoch: view.billing.billedTokensPerEpoch,
			defaultEpochs: view.billing.defaultEpochs,
			billedTrainingTokens: view.billing.billedTrainingTokens,
			examplesOverLimit: view.billing.examplesOverLimit,
			tokensCut: view.billing.tokensCut
		},
		errorCount: view.errorCount,
		warningCount: view.warningCount
	};
}

/** What the sheet's dataset links read from a stored dataset. */
export function datasetLinks(record: DatasetRecord): NonNullable<LinkFigures['dataset']> {
	return {
		name: record.fileName,
		system: record.averagePerExample.system,
		user: record.averagePerExample.user,
		output: record.averagePerExample.assistant,
		trainingTokensPerEpoch: record.billing.billedTokensPerEpoch,
		epochs: record.billing.defaultEpochs
	};
}

/** The current time as stored in records (ISO 8601, UTC). */
export function nowIso(): string {
	return new Date().toISOString();
}

/** A new, empty project. */
export function newProject(id: string, name: string, now: string): ProjectRecord {
	return {
		id,
		schemaVersion: PROJECT_SCHEMA_VERSION,
		name,
		createdAt: now,
		updatedAt: now,
		scenarios: [],
		baselineId: null,
		prompt: { system: '', fewShot: [], user: '', answer: '', encoding: 'o200k_base' },
		datasets: [],
		isExample: false
	};
}
