import { getContext, setContext } from 'svelte';
import { datasetLinks } from '$lib/core/project/from-state';
import type { DatasetRecord } from '$lib/core/project/types';
import { displayFormatter, USD_DISPLAY, type DisplaySettings } from '$lib/core/scenario/money';
import type { LinkFigures } from '$lib/core/scenario/types';
import { database } from '$lib/db/db';
import { createTokenizerBridge } from '$lib/workers/tokenizer';
import { DatasetPool } from '$lib/workers/dataset-pool';
import { CatalogState } from './catalog.svelte';
import { DatasetAnalysis } from './dataset-analysis.svelte';
import { PromptCounter } from './prompt-counter.svelte';
import { PromptDraft } from './prompt-draft.svelte';
import { ProjectsState } from './projects.svelte';
import { SheetState } from './sheet.svelte';

/**
 * Everything the pages share: the catalog, the sample prompt and its counts, the analysed dataset, the sheet and how
 * money is shown. One instance for the app, so a dataset analysed on one page feeds the sheet on another.
 */
export class Workbench {
	readonly catalog = new CatalogState(database());
	readonly draft = new PromptDraft();
	readonly counter = new PromptCounter(createTokenizerBridge());
	readonly dataset = new DatasetAnalysis(new DatasetPool());
	/** The open project's latest dataset, when no analysis was run in this page. */
	storedDataset = $state.raw<DatasetRecord | null>(null);
	display = $state<DisplaySettings>({ ...USD_DISPLAY, locale: browserLocale() });
	readonly fmt = $derived(displayFormatter(this.display));
	readonly links: LinkFigures = $derived({
		prompt: this.counter.counts
			? {
					system: this.counter.counts.system.total,
					fewShot: this.counter.counts.fewShot.total,
					// The reply priming is billed with every request; it rides with the user message.
					user: this.counter.counts.user.total + this.counter.counts.replyPriming,
					output: this.counter.counts.output
				}
			: null,
		dataset: ((record) => (record ? datasetLinks(record) : null))(
			this.dataset.record ?? this.storedDataset
		)
	});
	readonly sheet = new SheetState(() => ({
		catalog: this.catalog.entries,
		links: this.links,
		fmt: this.fmt
	}));
	readonly projects = new ProjectsState(database(), this);
}

export function browserLocale(): string {
	return typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
}

const KEY = Symbol('workbench');

export function provideWorkbench(): Workbench {
	return setContext(KEY, new Workbench());
}

export function useWorkbench(): Workbench {
	const workbench = getContext<Workbench | undefined>(KEY);
	if (!workbench) throw new Error('useWorkbench() outside the app layout.');
	return workbench;
}
