import type { AnalyzeOptions } from '$lib/core/dataset/types';
import { datasetLinks, datasetRecord, nowIso } from '$lib/core/project/from-state';
import type { DatasetLinkFigures } from '$lib/core/scenario/types';
import type { TokenizerRef } from '$lib/core/tokenize/tokenizers';
import type { DatasetPool } from '$lib/workers/dataset-pool';

export interface ComparisonRow {
	name: TokenizerRef;
	label: string;
	/** null while waiting or when that count failed. */
	total: number | null;
	billedPerEpoch: number | null;
	/** What the sheet's dataset links read for scenarios whose model uses this tokenizer. */
	figures: DatasetLinkFigures | null;
	error: string | null;
}

/**
 * The same dataset counted with every tokenizer, one after another on a pool of its own (so the page's analysis is
 * not disturbed), to show how much the choice of model changes the bill.
 */
export class TokenizerComparison {
	rows = $state.raw<ComparisonRow[]>([]);
	running = $state(false);
	/** The file the rows were counted from. */
	file = $state.raw<File | null>(null);

	constructor(private readonly pool: DatasetPool) {}

	async run(
		file: File,
		options: Omit<AnalyzeOptions, 'encoding'>,
		tokenizers: readonly { ref: TokenizerRef; label: string }[]
	): Promise<void> {
		this.running = true;
		this.file = file;
		this.rows = tokenizers.map(({ ref, label }) => ({
			name: ref,
			label,
			total: null,
			billedPerEpoch: null,
			figures: null,
			error: null
		}));
		for (const [index, { ref, label }] of tokenizers.entries()) {
			let row: ComparisonRow = this.rows[index]!;
			try {
				const outcome = await this.pool.analyze(file, { ...options, encoding: ref }, () => {});
				if (outcome.status === 'cancelled') break;
				if (outcome.status === 'done') {
					const view = outcome.value;
					const record = datasetRecord(
						view,
						file,
						options.maxTokensPerExample,
						'comparison',
						nowIso(),
						label
					);
					row = {
						...row,
						total: view.tokens.total,
						billedPerEpoch: view.billing.billedTokensPerEpoch,
						figures: datasetLinks(record).figures
					};
				}
			} catch (error) {
				row = { ...row, error: error instanceof Error ? error.message : String(error) };
			}
			this.rows = this.rows.map((r, i) => (i === index ? row : r));
		}
		this.running = false;
	}

	cancel(): void {
		this.pool.cancel();
		this.running = false;
	}
}
