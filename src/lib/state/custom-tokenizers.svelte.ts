import { liveQuery, type Subscription } from 'dexie';
import { m } from '$lib/core/i18n/locale';
import {
	customTokenizerRef,
	isCustomTokenizerRef,
	shippedTokenizerLabel,
	type TokenizerRef
} from '$lib/core/tokenize/tokenizers';
import {
	customTokenizerNameProblem,
	deleteCustomTokenizer,
	listCustomTokenizers,
	renameCustomTokenizer,
	type CustomTokenizerListing
} from '$lib/db/custom-tokenizers';
import type { TunesheetDb } from '$lib/db/db';
import { storageErrorMessage } from '$lib/db/errors';
import { WorkerBridge } from '$lib/workers/bridge';
import type { AddTokenizerOutcome, TokenizerFilesApi } from '$lib/workers/tokenizer-files';
import TokenizerFilesWorker from '$workers/tokenizer-files.worker.ts?worker';

/** The tokenizers the person added, as every tokenizer choice lists them; kept in IndexedDB. */
export class CustomTokenizersState {
	list = $state.raw<CustomTokenizerListing[]>([]);
	adding = $state(false);
	#watch: Subscription | null = null;
	readonly #files = new WorkerBridge<TokenizerFilesApi>(
		() => new TokenizerFilesWorker({ name: 'tokenizer-files' })
	);

	constructor(private readonly db: TunesheetDb) {}

	/** Follows the stored list, this tab's changes and other tabs' alike. */
	watch(): void {
		this.#watch?.unsubscribe();
		this.#watch = liveQuery(() => listCustomTokenizers(this.db)).subscribe({
			next: (list) => (this.list = list),
			error: () => {}
		});
	}

	/** Why `name` cannot be used for a new tokenizer (or for `renaming`), or null. */
	nameProblem(name: string, renaming?: string): string | null {
		return customTokenizerNameProblem(
			name,
			this.list.filter((tokenizer) => tokenizer.id !== renaming).map(({ name }) => name)
		);
	}

	/** Reads, checks and stores the picked files in a worker. */
	async add(name: string, files: File[]): Promise<AddTokenizerOutcome> {
		const problem = this.nameProblem(name);
		if (problem) return { ok: false, error: problem };
		this.adding = true;
		try {
			const outcome = await this.#files.run<AddTokenizerOutcome>(
				'add',
				// Comlink's Remote type distributes over the union the call returns; the value is that union.
				(api) =>
					api.add({
						id: crypto.randomUUID(),
						name: name.trim(),
						files
					}) as Promise<AddTokenizerOutcome>
			);
			if (outcome.status !== 'done') return { ok: false, error: m.tokenizers_adding_stopped() };
			if (outcome.value.ok) this.list = [...this.list, outcome.value.tokenizer];
			return outcome.value;
		} catch (error) {
			return { ok: false, error: error instanceof Error ? error.message : String(error) };
		} finally {
			this.adding = false;
		}
	}

	cancelAdding(): void {
		this.#files.cancel();
	}

	/** Returns why it failed, or null. */
	async rename(id: string, name: string): Promise<string | null> {
		const problem = this.nameProblem(name, id);
		if (problem) return problem;
		try {
			await renameCustomTokenizer(this.db, id, name);
			return null;
		} catch (error) {
			return error instanceof Error ? error.message : storageErrorMessage(error);
		}
	}

	/** Returns why it failed, or null. Counts already made with it stay; new counts with it fail and say why. */
	async remove(id: string): Promise<string | null> {
		try {
			await deleteCustomTokenizer(this.db, id);
			this.list = this.list.filter((tokenizer) => tokenizer.id !== id);
			return null;
		} catch (error) {
			return storageErrorMessage(error);
		}
	}

	/** A tokenizer's name for people, shipped or added. */
	labelOf(ref: TokenizerRef): string {
		const shipped = shippedTokenizerLabel(ref);
		if (shipped !== null) return shipped;
		const added = this.list.find((tokenizer) => customTokenizerRef(tokenizer.id) === ref);
		return added?.name ?? m.tokenizers_not_stored_label();
	}

	/** Whether `ref` can count here: a shipped tokenizer, or an added one still stored. */
	has(ref: TokenizerRef): boolean {
		return (
			!isCustomTokenizerRef(ref) ||
			this.list.some((tokenizer) => customTokenizerRef(tokenizer.id) === ref)
		);
	}

	dispose(): void {
		this.#watch?.unsubscribe();
		this.#files.dispose();
	}
}
