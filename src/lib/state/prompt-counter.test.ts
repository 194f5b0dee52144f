import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenizerApi } from '$lib/core/tokenize/api';
import type { PromptCount } from '$lib/core/tokenize/prompt';
import type { WorkerBridge } from '$lib/workers/bridge';
import type { JobOutcome } from '$lib/workers/jobs';
import { COUNT_DEBOUNCE_MS, PromptCounter } from './prompt-counter.svelte';

/** A bridge whose jobs finish when the test says: the worker itself is covered by the end-to-end tests. */
function controlledBridge() {
	const pending: ((outcome: JobOutcome<(PromptCount | null)[]>) => void)[] = [];
	const bridge = {
		runs: 0,
		cancels: 0,
		run: () => {
			bridge.runs++;
			return new Promise<JobOutcome<(PromptCount | null)[]>>((resolve) => pending.push(resolve));
		},
		cancel: () => {
			bridge.cancels++;
			for (const resolve of pending.splice(0)) resolve({ status: 'cancelled' });
		},
		finish: (...value: (PromptCount | null)[]) => pending.shift()?.({ status: 'done', value })
	};
	// Only run() and cancel() are used by PromptCounter.
	return bridge as typeof bridge & WorkerBridge<TokenizerApi>;
}

const parts = { system: 'Be brief.', fewShot: [], user: 'Hi', answer: '' };
const counted = { input: 12 } as PromptCount;

describe('PromptCounter', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('waits for a pause in typing, then counts once', async () => {
		const bridge = controlledBridge();
		const counter = new PromptCounter(bridge);
		counter.schedule(['o200k_base'], parts);
		counter.schedule(['o200k_base'], { ...parts, user: 'Hi!' });
		expect(counter.status).toBe('pending');
		await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
		expect(bridge.runs).toBe(1);
		expect(counter.status).toBe('counting');
		bridge.finish(counted);
		await vi.runAllTimersAsync();
		expect(counter.counts).toBe(counted);
		expect(counter.status).toBe('idle');
	});

	it('cancel stops the count in progress, keeps the old counts, and the next edit counts again', async () => {
		const bridge = controlledBridge();
		const counter = new PromptCounter(bridge);
		counter.schedule(['o200k_base'], parts);
		await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
		bridge.finish(counted);
		await vi.runAllTimersAsync();

		counter.schedule(['o200k_base'], { ...parts, system: 'x'.repeat(1000) });
		await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
		expect(counter.status).toBe('counting');
		counter.cancel();
		await vi.runAllTimersAsync();
		expect(bridge.cancels).toBe(1);
		expect(counter.status).toBe('cancelled');
		expect(counter.counts).toBe(counted);

		counter.schedule(['o200k_base'], parts);
		await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
		expect(counter.status).toBe('counting');
	});

	it('cancel during the pause drops the count before it starts', async () => {
		const bridge = controlledBridge();
		const counter = new PromptCounter(bridge);
		counter.schedule(['o200k_base'], parts);
		counter.cancel();
		await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS * 2);
		expect(bridge.runs).toBe(0);
		expect(counter.status).toBe('cancelled');
	});

	it('keeps the panel tokenizer counts apart from the others, leaving out one that failed', async () => {
		const bridge = controlledBridge();
		const counter = new PromptCounter(bridge);
		counter.schedule(['llama3', 'o200k_base', 'custom:gone'], parts);
		await vi.advanceTimersByTimeAsync(COUNT_DEBOUNCE_MS);
		const llama = { input: 20, tokenizer: 'llama3' } as PromptCount;
		const o200k = { input: 12, tokenizer: 'o200k_base' } as PromptCount;
		bridge.finish(llama, o200k, null);
		await vi.runAllTimersAsync();
		expect(counter.counts).toBe(llama);
		expect(counter.all).toEqual([llama, o200k]);
	});
});
