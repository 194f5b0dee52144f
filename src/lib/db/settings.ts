// The only code that reads and writes the app's settings: one row, checked on every read.
import { m } from '$lib/core/i18n/locale';
import { localizedIssues } from '$lib/core/project/issues';
import { checkSettings, describeProblems, settingsSchema } from '$lib/core/project/schema';
import { DEFAULT_SETTINGS, type AppSettings } from '$lib/core/project/types';
import type { TunesheetDb } from './db';
import { RecordCheckError } from './errors';
import { moveToRecovered } from './recovered';

export const SETTINGS_KEY = 'app';
/** Version of the settings row's shape. */
export const SETTINGS_ROW_VERSION = 1;

export interface LoadedSettings {
	settings: AppSettings;
	/** Why the stored settings were set aside and the defaults used; empty when they loaded or none were stored. */
	errors: string[];
}

/** The settings in a stored row, or what is wrong with it. */
function readSettingsRow(row: unknown): { errors: string[] } | { settings: AppSettings } {
	if (typeof row !== 'object' || row === null) return { errors: [m.projects_check_object()] };
	const { value, schemaVersion } = row as { value?: unknown; schemaVersion?: unknown };
	if (schemaVersion !== SETTINGS_ROW_VERSION) {
		return {
			errors: [
				`schemaVersion: ${m.projects_check_version({
					version: String(schemaVersion),
					current: String(SETTINGS_ROW_VERSION)
				})}`
			]
		};
	}
	const checked = settingsSchema.safeParse(value, { error: localizedIssues });
	return checked.success
		? { settings: checked.data }
		: { errors: describeProblems(checked.error, ['value']) };
}

/** The stored settings; the defaults when there are none, or when they fail their check (then set aside). */
export async function loadSettings(db: TunesheetDb): Promise<LoadedSettings> {
	return db.transaction('rw', db.settings, db.recovered, async (): Promise<LoadedSettings> => {
		const stored: unknown = await db.settings.get(SETTINGS_KEY);
		if (stored === undefined) return { settings: { ...DEFAULT_SETTINGS }, errors: [] };
		const read = readSettingsRow(stored);
		if ('settings' in read) return { settings: read.settings, errors: [] };
		await moveToRecovered(db, 'settings', SETTINGS_KEY, stored, read.errors);
		return { settings: { ...DEFAULT_SETTINGS }, errors: read.errors };
	});
}

/** Writes the settings; throws RecordCheckError, writing nothing, if they would not load again. */
export async function saveSettings(db: TunesheetDb, settings: AppSettings): Promise<void> {
	const checked = checkSettings(settings);
	if (!checked.ok) throw new RecordCheckError('settings', checked.errors);
	await db.settings.put({
		key: SETTINGS_KEY,
		value: checked.settings,
		schemaVersion: SETTINGS_ROW_VERSION
	});
}
