/**
 * A bounded least-recently-used memo of token counts per distinct string. Datasets and prompts repeat the same text
 * (one system prompt on every line, an unchanged part while another is edited), so counting each distinct string
 * once saves most of the work. Bounded by entries and by total characters so a stream of unique text cannot grow it.
 */
export class CountMemo {
	readonly #counts = new Map<string, number>();
	#chars = 0;

	constructor(
		readonly maxEntries = 20_000,
		readonly maxChars = 16_000_000
	) {}

	get size(): number {
		return this.#counts.size;
	}

	get chars(): number {
		return this.#chars;
	}

	count(text: string, countFn: (text: string) => number): number {
		const known = this.#counts.get(text);
		if (known !== undefined) {
			// Re-insert so the Map's insertion order doubles as recency order.
			this.#counts.delete(text);
			this.#counts.set(text, known);
			return known;
		}
		const counted = countFn(text);
		if (text.length <= this.maxChars) {
			this.#counts.set(text, counted);
			this.#chars += text.length;
			this.#evict();
		}
		return counted;
	}

	#evict(): void {
		for (const oldest of this.#counts.keys()) {
			if (this.#counts.size <= this.maxEntries && this.#chars <= this.maxChars) return;
			this.#counts.delete(oldest);
			this.#chars -= oldest.length;
		}
	}
}
