import type { TokenTotals } from '../dataset/stats';
import type { DatasetFormat } from '../dataset/types';
import type { CatalogEntry } from '../pricing/types';
import type { GuideRecord } from '../guide/types';
import type { Scenario } from '../scenario/types';
import type { TokenizerRef } from '../tokenize/tokenizers';
import type { PromptParts } from '../tokenize/prompt';

/** Version of one stored project record; a record of another version is migrated or set aside. */
export const PROJECT_SCHEMA_VERSION = 1;

/** The prompt panel as typed, with the tokenizer it is counted with. */
export interface PromptRecord extends PromptParts {
	encoding: TokenizerRef;
}

/** What the sheet links to and the dataset page shows again, without issue lists or per-example counts. */
export interface DatasetRecord {
	id: string;
	fileName: string;
	bytes: number;
	/** ISO 8601 date and time. */
	analysedAt: string;
	format: DatasetFormat;
	/** An OpenAI encoding, a shipped open-weight tokenizer or one the person added. */
	encoding: TokenizerRef;
	/** The name given to a tokenizer the person added, for showing where it is not stored. */
	tokenizerLabel?: string;
	maxTokensPerExample: number;
	examples: number;
	invalidRecords: number;
	/** Token totals over the valid examples (DatasetSummary's, without the per-role map and distribution). */
	tokens: Omit<TokenTotals, 'byRole'>;
	averagePerExample: { system: number; user: number; assistant: number; messages: number };
	billing: {
		billedTokensPerEpoch: number;
		defaultEpochs: number;
		billedTrainingTokens: number;
		examplesOverLimit: number;
		tokensCut: number;
	};
	errorCount: number;
	warningCount: number;
	/** What the decision guide reads of the data; absent in records saved before it existed. */
	readiness?: DatasetReadiness;
}

/** Data-readiness figures of an analysed dataset. */
export interface DatasetReadiness {
	/** Examples repeating an earlier one exactly. */
	exactDuplicates: number;
	/** Examples far longer or shorter than the rest. */
	lengthOutliers: number;
	/** Examples whose answer nearly repeats an earlier one's; null until that check has run. */
	nearDuplicates: number | null;
}

export interface ProjectRecord {
	id: string;
	schemaVersion: number;
	name: string;
	/** ISO 8601 date and time. */
	createdAt: string;
	/** ISO 8601 date and time. */
	updatedAt: string;
	scenarios: Scenario[];
	baselineId: string | null;
	prompt: PromptRecord;
	datasets: DatasetRecord[];
	/** Whether the sheet still shows the untouched example. */
	isExample: boolean;
	/** The decision guide's answers and checklist; absent until the guide is used. */
	guide?: GuideRecord;
}

export interface AppSettings {
	/** ISO 4217 code, e.g. 'EUR'. */
	currency: string;
	/** Units of `currency` per 1 USD. */
	rate: number;
	lastProjectId: string | null;
	/** ISO 8601 date and time of the last backup written, to remind a person who never made one. */
	lastBackupAt: string | null;
	/** How numbers and dates read (a BCP 47 tag such as 'fr-FR'); null: the interface language's own. */
	locale: string | null;
}

/** What a first visit uses, and what replaces stored settings that no longer pass the schema. */
export const DEFAULT_SETTINGS: AppSettings = {
	currency: 'USD',
	rate: 1,
	lastProjectId: null,
	lastBackupAt: null,
	locale: null
};

export const BACKUP_FILE_TYPE = 'tunesheet-backup';
export const BACKUP_FILE_VERSION = 1;

/** Everything a person keeps in Tunesheet, as one JSON file. */
export interface BackupFile {
	type: typeof BACKUP_FILE_TYPE;
	version: typeof BACKUP_FILE_VERSION;
	/** ISO 8601 date and time. */
	exportedAt: string;
	projects: ProjectRecord[];
	/** Whole catalog entries the person edited or added (price overrides), checked by the catalog schema. */
	catalogOverrides: CatalogEntry[];
	settings: AppSettings | null;
}
