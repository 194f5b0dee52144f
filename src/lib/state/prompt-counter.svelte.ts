import type { Progress, TokenizerApi } from '$lib/core/tokenize/api';
import type { PromptCount, PromptParts } from '$lib/core/tokenize/prompt';
import type { TokenizerRef } from '$lib/core/tokenize/tokenizers';
import type { WorkerBridge } from '$lib/workers/bridge';

/** Typing pauses this long before a count starts, so a burst of keystrokes costs one count. */
export const COUNT_DEBOUNCE_MS = 150;

type Status = 'idle' | 'pending' | 'counting' | 'error' | 'cancelled';

/**
 * Live token counts of a prompt draft, computed in the tokenizer worker: with the panel's tokenizer, and with each
 * other tokenizer the sheet's scenarios need.
 */
export class PromptCounter {
	/** Under the panel's tokenizer. */
	counts = $state.raw<PromptCount | null>(null);
	/** Under every tokenizer counted, the panel's first; a tokenizer that failed to load is left out. */
	all = $state.raw<PromptCount[]>([]);
	status = $state<Status>('idle');
	progress = $state<Progress | null>(null);
	error = $state<string | null>(null);
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(private readonly bridge: WorkerBridge<TokenizerApi>) {}

	/** True while the shown counts are older than the text. */
	get outdated(): boolean {
		return this.status === 'pending' || this.status === 'counting';
	}

	schedule(tokenizers: readonly [TokenizerRef, ...TokenizerRef[]], parts: PromptParts): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.status = 'pending';
		const refs: [TokenizerRef, ...TokenizerRef[]] = [...tokenizers];
		this.#timer = setTimeout(() => void this.#count(refs, parts), COUNT_DEBOUNCE_MS);
	}

	/** Stops the count in progress (terminating the worker); the counts shown stay, marked outdated. */
	cancel(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (this.outdated) this.status = 'cancelled';
		this.bridge.cancel();
	}

	dispose(): void {
		this.cancel();
	}

	async #count(refs: [TokenizerRef, ...TokenizerRef[]], parts: PromptParts): Promise<void> {
		this.#timer = null;
		this.status = 'counting';
		this.progress = null;
		try {
			const outcome = await this.bridge.run(
				'prompt',
				(api, onProgress) => api.countPrompts(refs, parts, onProgress),
				(progress) => (this.progress = progress)
			);
			if (outcome.status === 'stale') return;
			if (outcome.status === 'cancelled') {
				this.status = 'cancelled';
				return;
			}
			const [first] = outcome.value;
			this.counts = first;
			this.all = outcome.value.filter((count): count is PromptCount => count !== null);
			this.error = null;
			this.status = 'idle';
		} catch (error) {
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}
}
