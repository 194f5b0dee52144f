/** Undo and redo over whole snapshots: the sheet's state is small, so a copy per edit is simple and exact. */
export class History<T> {
	#past: T[] = [];
	#future: T[] = [];

	constructor(private readonly limit = 200) {}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}

	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	/** Records the state before an edit; a new edit forgets what was undone. */
	record(before: T): void {
		this.#past.push(before);
		if (this.#past.length > this.limit) this.#past.shift();
		this.#future = [];
	}

	/** The state to go back to, given the current one (kept for redo); null when there is nothing to undo. */
	undo(current: T): T | null {
		const previous = this.#past.pop();
		if (previous === undefined) return null;
		this.#future.push(current);
		return previous;
	}

	redo(current: T): T | null {
		const next = this.#future.pop();
		if (next === undefined) return null;
		this.#past.push(current);
		return next;
	}
}
