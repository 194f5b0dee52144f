/**
 * Job ids per lane: each new job in a lane makes the ones before it stale, so a slow answer to an old question
 * (the text as it was three keystrokes ago) is dropped instead of overwriting a newer one.
 */
export class JobLanes {
	#nextId = 1;
	readonly #latest = new Map<string, number>();

	start(lane: string): number {
		const id = this.#nextId++;
		this.#latest.set(lane, id);
		return id;
	}

	isCurrent(lane: string, id: number): boolean {
		return this.#latest.get(lane) === id;
	}

	/** Makes every running job stale, as when the worker is terminated. */
	clear(): void {
		this.#latest.clear();
	}
}

export type JobOutcome<T> =
	{ status: 'done'; value: T } | { status: 'stale' } | { status: 'cancelled' };
