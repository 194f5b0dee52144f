import * as Comlink from 'comlink';
import { useLocale, type Locale } from '$lib/core/i18n/locale';

/** What every worker answers besides its own calls: the page tells it which language to write messages in. */
export interface LocaleAware {
	useLocale(locale: Locale): void;
}

/** Exposes a worker's calls, plus `useLocale`, which WorkerBridge calls before a job when the language changed. */
export function exposeWithLocale<Api extends object>(api: Api): void {
	const localised: Api & LocaleAware = { ...api, useLocale };
	Comlink.expose(localised);
}
