export * from './types';
export {
	MAX_REPORTED_ERRORS,
	NUMERIC_FIELDS,
	PROJECT_LIMITS,
	checkProject,
	checkSettings,
	datasetRecordSchema,
	projectSchema,
	promptRecordSchema,
	scenarioSchema,
	settingsSchema,
	type ProjectCheck,
	type SettingsCheck
} from './schema';
export {
	MAX_BACKUP_TEXT_LENGTH,
	MAX_CATALOG_OVERRIDES_PER_FILE,
	MAX_PROJECTS_PER_FILE,
	MIGRATIONS,
	backupFile,
	backupJson,
	readBackup,
	singleProjectBackup,
	type BackupMigration,
	type BackupRead
} from './backup';
export {
	describeRestore,
	planRestore,
	type ExistingData,
	type PlannedOverride,
	type PlannedProject,
	type RestorePlan
} from './plan';
