import type { AnalyzeOptions } from '$lib/core/dataset/types';
import { TOKENIZERS, type TokenizerName } from '$lib/core/tokenize/tokenizers';
import type { DatasetPool } from '$lib/workers/dataset-pool';

export interface ComparisonRow {
	name: TokenizerName;
	label: string;
	/** null while waiting or when that count failed. */
	total: number | null;
	billedPerEpoch: number | null;
	error: string | null;
}

/**
 * The same dataset counted with every tokenizer, one after another on a pool of its own (so the page's analysis is
 * not disturbed), to show how much the choice of model changes the bill.
 */
export class TokenizerComparison {
	rows = $state.raw<ComparisonRow[]>([]);
	running = $state(false);

	constructor(private readonly pool: DatasetPool) {}

	async run(file: File, options: Omit<AnalyzeOptions, 'encoding'>): Promise<void> {
		this.running = true;
		this.rows = TOKENIZERS.map(({ name, label }) => ({
			name,
			label,
			total: null,
			billedPerEpoch: null,
			error: null
		}));
		for (const [index, { name }] of TOKENIZERS.entries()) {
			let row: ComparisonRow = this.rows[index]!;
			try {
				const outcome = await this.pool.analyze(file, { ...options, encoding: name }, () => {});
				if (outcome.status === 'cancelled') break;
				if (outcome.status === 'done') {
					row = {
						...row,
						total: outcome.value.tokens.total,
						billedPerEpoch: outcome.value.billing.billedTokensPerEpoch
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
