import { getContext, setContext, untrack } from 'svelte';
import { datasetLinks, promptLinks } from '$lib/core/project/from-state';
import type { DatasetRecord } from '$lib/core/project/types';
import { displayFormatter, USD_DISPLAY, type DisplaySettings } from '$lib/core/scenario/money';
import { scenarioTokenizers } from '$lib/core/scenario/resolve';
import type { CountedFigures, DatasetLinkFigures, LinkFigures } from '$lib/core/scenario/types';
import type { TokenizerRef } from '$lib/core/tokenize/tokenizers';
import { database } from '$lib/db/db';
import { createTokenizerBridge } from '$lib/workers/tokenizer';
import { DatasetPool } from '$lib/workers/dataset-pool';
import { dataFacts, sheetFacts } from '$lib/core/guide/facts';
import { recommend } from '$lib/core/guide/recommend';
import type { DataFacts, Recommendation, SheetFacts } from '$lib/core/guide/types';
import { CatalogState } from './catalog.svelte';
import { CustomTokenizersState } from './custom-tokenizers.svelte';
import { DatasetAnalysis } from './dataset-analysis.svelte';
import { GuideState } from './guide.svelte';
import { PromptCounter } from './prompt-counter.svelte';
import { PromptDraft } from './prompt-draft.svelte';
import { ProjectsState } from './projects.svelte';
import { SheetState } from './sheet.svelte';
import { TokenizerComparison } from './tokenizer-comparison.svelte';

/**
 * Everything the pages share: the catalog, the sample prompt and its counts, the analysed dataset, the sheet and how
 * money is shown. One instance for the app, so a dataset analysed on one page feeds the sheet on another.
 */
export class Workbench {
	readonly catalog = new CatalogState(database());
	readonly customTokenizers = new CustomTokenizersState(database());
	readonly draft = new PromptDraft();
	readonly counter = new PromptCounter(createTokenizerBridge());
	readonly dataset = new DatasetAnalysis(new DatasetPool(), (ref) =>
		this.customTokenizers.labelOf(ref)
	);
	/** The analysed file under every tokenizer, when asked for on the dataset page. */
	readonly comparison = new TokenizerComparison(new DatasetPool());
	/** The open project's latest dataset, when no analysis was run in this page. */
	storedDataset = $state.raw<DatasetRecord | null>(null);
	/** Until settings are read (and for a first visit): US dollars, in the interface language's number format. */
	display = $state<DisplaySettings>({ ...USD_DISPLAY });
	readonly fmt = $derived(displayFormatter(this.display));
	/** The prompt panel's tokenizer, then each one the sheet's scenarios count with. */
	readonly promptTokenizers: [TokenizerRef, ...TokenizerRef[]] = $derived.by(() => {
		const needed = scenarioTokenizers(
			this.sheet.scenarios,
			this.catalog.entries,
			this.customTokenizers.list
		).map((tokenizer) => tokenizer.ref);
		return [this.draft.encoding, ...needed.filter((ref) => ref !== this.draft.encoding)];
	});
	/** Changes only when the list does, so a sheet edit that keeps it does not recount the prompt. */
	readonly #promptTokenizersKey = $derived(this.promptTokenizers.join('\n'));
	readonly links: LinkFigures = $derived({
		prompt: this.counter.all.map(promptLinks),
		dataset: this.#datasetLinks(),
		customTokenizers: this.customTokenizers.list
	});
	readonly sheet = new SheetState(() => ({
		catalog: this.catalog.entries,
		links: this.links,
		fmt: this.fmt
	}));
	readonly guide = new GuideState();
	/** The dataset as the guide reads it: the analysis, or the project's stored one. */
	readonly dataFacts: DataFacts | null = $derived.by(() => {
		const record = this.dataset.record ?? this.storedDataset;
		return dataFacts(record, {
			exactDuplicates: record?.readiness?.exactDuplicates ?? 0,
			nearDuplicates: record?.readiness?.nearDuplicates ?? null,
			lengthOutliers: record?.readiness?.lengthOutliers ?? 0
		});
	});
	readonly sheetFacts: SheetFacts | null = $derived(
		sheetFacts(this.sheet.columns, this.sheet.baselineId)
	);
	readonly recommendation: Recommendation = $derived(
		recommend(this.guide.answers, this.dataFacts, this.sheetFacts, this.fmt)
	);
	readonly projects = new ProjectsState(database(), this);

	/**
	 * Counts the sample prompt again when its text or the tokenizers it is needed under change (call from an
	 * effect). Nothing is counted until something is typed, so no tokenizer loads before it is needed.
	 */
	countPrompt(): void {
		const parts = this.draft.parts;
		void this.#promptTokenizersKey;
		const typed =
			parts.system ||
			parts.user ||
			parts.answer ||
			parts.fewShot.some((pair) => pair.user || pair.assistant);
		untrack(() => {
			if (typed || this.counter.counts !== null)
				this.counter.schedule(this.promptTokenizers, parts);
		});
	}

	/** The dataset's figures: the analysis (or the project's stored one), then the comparison's other tokenizers. */
	#datasetLinks(): CountedFigures<DatasetLinkFigures>[] {
		const record = this.dataset.record ?? this.storedDataset;
		if (!record) return [];
		const primary = datasetLinks(record);
		const compared =
			this.dataset.record && this.comparison.file === this.dataset.file
				? this.comparison.rows.flatMap((row) =>
						row.figures && row.name !== primary.tokenizer
							? [{ tokenizer: row.name, tokenizerLabel: row.label, figures: row.figures }]
							: []
					)
				: [];
		return [primary, ...compared];
	}
}

/** The browser's own locale, offered among the number formats. */
export function browserLocale(): string {
	return typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';
}

const KEY = Symbol('workbench');

export function provideWorkbench(): Workbench {
	return setContext(KEY, new Workbench());
}

export function useWorkbench(): Workbench {
	const workbench = getContext<Workbench | undefined>(KEY);
	// i18n-exempt: a programming error, caught in development; no person ever sees it.
	if (!workbench) throw new Error('useWorkbench() outside the app layout.');
	return workbench;
}
