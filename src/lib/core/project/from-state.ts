import type { DatasetView } from '../dataset/coordinator';
import { m } from '../i18n/locale';
import type { CountedFigures, DatasetLinkFigures, PromptLinkFigures } from '../scenario/types';
import type { PromptCount } from '../tokenize/prompt';
import { shippedTokenizerLabel } from '../tokenize/tokenizers';
import { PROJECT_SCHEMA_VERSION, type DatasetRecord, type ProjectRecord } from './types';

/** The figures of an analysis worth keeping with a project (no issue lists, no per-example counts). */
export function datasetRecord(
	view: DatasetView,
	file: { name: string; size: number },
	maxTokensPerExample: number,
	id: string,
	analysedAt: string,
	tokenizerLabel?: string
): DatasetRecord {
	return {
		id,
		...(tokenizerLabel === undefined ? {} : { tokenizerLabel }),
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
		warningCount: view.warningCount,
		readiness: {
			exactDuplicates: view.issueCounts.duplicate_example ?? 0,
			lengthOutliers: view.lengthOutliers.long + view.lengthOutliers.short,
			nearDuplicates: null
		}
	};
}

/** A tokenizer's name for people: a shipped one's label, or the name given to one the person added. */
export function datasetTokenizerLabel(
	record: Pick<DatasetRecord, 'encoding' | 'tokenizerLabel'>
): string {
	return (
		shippedTokenizerLabel(record.encoding) ??
		record.tokenizerLabel ??
		m.projects_tokenizer_you_added()
	);
}

/** What the sheet's dataset links read from a stored dataset. */
export function datasetLinks(record: DatasetRecord): CountedFigures<DatasetLinkFigures> {
	return {
		tokenizer: record.encoding,
		tokenizerLabel: datasetTokenizerLabel(record),
		figures: {
			name: record.fileName,
			system: record.averagePerExample.system,
			user: record.averagePerExample.user,
			output: record.averagePerExample.assistant,
			trainingTokensPerEpoch: record.billing.billedTokensPerEpoch,
			epochs: record.billing.defaultEpochs
		}
	};
}

/** What the sheet's prompt links read from the prompt panel's counts under one tokenizer. */
export function promptLinks(count: PromptCount): CountedFigures<PromptLinkFigures> {
	return {
		tokenizer: count.tokenizer,
		tokenizerLabel: count.tokenizerLabel,
		figures: {
			system: count.system.total,
			fewShot: count.fewShot.total,
			// The chat format's tokens outside the parts (reply priming, a template's) are billed with every request;
			// they ride with the user message.
			user: count.user.total + count.format.tokens,
			output: count.output
		}
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
