/**
 * Byte-pair token counting, the algorithm of OpenAI's tiktoken: split text with the encoding's pattern, then merge
 * each piece's UTF-8 bytes, lowest rank first, until no adjacent pair is a token. Only counts are needed, so no token
 * ids are built.
 *
 * Bytes are held as "binary strings" (one char per byte, 0–255) so that rank look-ups are plain Map look-ups.
 */

/** A rank table as gpt-tokenizer ships it: index = rank; a string for a token that is valid UTF-8, else its bytes. */
export type RankTable = readonly (string | readonly number[])[];

/**
 * UTF-8 bytes of `text` as a binary string. Lone surrogates become U+FFFD, as tiktoken receives them. Written out
 * rather than through TextEncoder: for the short strings of rank tables and word pieces it is about 4× faster.
 */
export function toBinary(text: string): string {
	let binary = '';
	for (let i = 0; i < text.length; i++) {
		let code = text.charCodeAt(i);
		if (code < 0x80) {
			binary += text[i];
			continue;
		}
		if (code < 0x800) {
			binary += String.fromCharCode(0xc0 | (code >> 6), 0x80 | (code & 63));
			continue;
		}
		if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low < 0xe000) {
				i++;
				code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
				binary += String.fromCharCode(
					0xf0 | (code >> 18),
					0x80 | ((code >> 12) & 63),
					0x80 | ((code >> 6) & 63),
					0x80 | (code & 63)
				);
				continue;
			}
		}
		if (code >= 0xd800 && code < 0xe000) code = 0xfffd;
		binary += String.fromCharCode(
			0xe0 | (code >> 12),
			0x80 | ((code >> 6) & 63),
			0x80 | (code & 63)
		);
	}
	return binary;
}

/** Pair rank in the heap merge when two adjacent parts do not form a token. */
const NO_RANK = -1;

export interface BytePairCounterOptions {
	/** Distinct pieces whose counts are kept; the cache is cleared when full, which keeps it bounded. */
	pieceCacheSize?: number;
	/**
	 * Pieces of at least this many UTF-8 bytes merge with a heap, O(n log n); shorter ones with a scan, O(n²) but
	 * faster at the lengths of ordinary words. Both give the same count: 0 or Infinity forces one path (tests).
	 */
	heapMergeFromBytes?: number;
}

/**
 * Measured on o200k_base and cl100k_base (runs of one letter, random letters, CJK, emoji): the scan and the heap
 * cost about the same near 128 bytes; below, the scan wins (up to 2–4× on short words), above, the heap does, by
 * more the longer the piece. Ordinary words are far shorter, so they keep the scan.
 */
const DEFAULT_HEAP_MERGE_FROM_BYTES = 128;

export class BytePairCounter {
	/** Token bytes (binary string) → rank. */
	readonly #ranks = new Map<string, number>();
	/** Tokens that are whole UTF-8 text, so a piece that is one token is found without encoding it. */
	readonly #textTokens = new Set<string>();
	/** Counts of pieces that needed merging; cleared when full, which keeps it bounded. */
	readonly #pieceCounts = new Map<string, number>();
	readonly #pieceCacheSize: number;
	readonly #heapMergeFromBytes: number;

	constructor(
		ranks: RankTable,
		private readonly split: RegExp,
		options: BytePairCounterOptions = {}
	) {
		// i18n-exempt: a developer's error (the patterns are the code's own)
		if (!split.global) throw new Error('The split pattern needs the g flag.');
		this.#pieceCacheSize = options.pieceCacheSize ?? 100_000;
		this.#heapMergeFromBytes = options.heapMergeFromBytes ?? DEFAULT_HEAP_MERGE_FROM_BYTES;
		ranks.forEach((token, rank) => {
			if (typeof token === 'string') {
				this.#textTokens.add(token);
				this.#ranks.set(toBinary(token), rank);
			} else {
				this.#ranks.set(String.fromCharCode(...token), rank);
			}
		});
	}

	/** Number of tokens in `text`; special-token text is ordinary text here. */
	count(text: string): number {
		const split = this.split;
		split.lastIndex = 0;
		let tokens = 0;
		for (let match = split.exec(text); match !== null; match = split.exec(text)) {
			tokens += this.#countPiece(match[0]);
		}
		return tokens;
	}

	/**
	 * Tokens of one piece given as bytes (a binary string, as `toBinary` writes it), merged without splitting. Any
	 * bytes are accepted, valid UTF-8 or not.
	 */
	countBytes(bytes: string): number {
		if (bytes.length <= 1 || this.#ranks.has(bytes)) return 1;
		return bytes.length >= this.#heapMergeFromBytes
			? this.#heapMerge(bytes)
			: this.#scanMerge(bytes);
	}

	#countPiece(piece: string): number {
		if (this.#textTokens.has(piece)) return 1;
		const known = this.#pieceCounts.get(piece);
		if (known !== undefined) return known;
		const counted = this.countBytes(toBinary(piece));
		if (this.#pieceCounts.size >= this.#pieceCacheSize) this.#pieceCounts.clear();
		this.#pieceCounts.set(piece, counted);
		return counted;
	}

	/** tiktoken's byte-pair merge: scan for the lowest-ranked pair, leftmost on ties; O(n²). */
	#scanMerge(bytes: string): number {
		const starts: number[] = [];
		const ranks: number[] = [];
		for (let i = 0; i <= bytes.length; i++) starts.push(i);
		const rankAt = (i: number): number => {
			const end = starts[i + 2];
			if (end === undefined) return Infinity;
			return this.#ranks.get(bytes.slice(starts[i], end)) ?? Infinity;
		};
		for (let i = 0; i < bytes.length; i++) ranks.push(rankAt(i));

		while (starts.length > 2) {
			let lowest = Infinity;
			let at = -1;
			for (let i = 0; i < ranks.length; i++) {
				const rank = ranks[i]!;
				if (rank < lowest) {
					lowest = rank;
					at = i;
				}
			}
			if (at === -1) break;
			starts.splice(at + 1, 1);
			ranks.splice(at + 1, 1);
			ranks[at] = rankAt(at);
			if (at > 0) ranks[at - 1] = rankAt(at - 1);
		}
		return starts.length - 1;
	}

	/**
	 * The same merges as `#scanMerge` in O(n log n): the parts form a doubly linked list and every adjacent pair that
	 * is a token sits in a binary min-heap keyed by (rank, start), so the heap's top is the scan's choice: lowest
	 * rank, leftmost on ties.
	 *
	 * A part is named by the offset of its first byte, which never changes (a merge keeps the left part and drops the
	 * right one), so `next[part]` is also where the part ends. Merging changes at most two pairs; their new entries
	 * are pushed and the old ones are left in the heap, skipped when popped. An entry is current when its part is
	 * still alive and the part's pair still has the entry's rank: a rank names one byte string, so the same rank from
	 * the same start is the same pair.
	 */
	#heapMerge(bytes: string): number {
		const length = bytes.length;
		/** The next part's start (= this part's end); `length` for the last part; -1 once merged away. */
		const next = new Int32Array(length);
		/** The previous part's start; -1 for the first part. */
		const prev = new Int32Array(length);
		/** Rank of the token this part forms with the next one, or NO_RANK. */
		const pairRank = new Int32Array(length);
		const rankOf = (start: number, end: number): number =>
			this.#ranks.get(bytes.slice(start, end)) ?? NO_RANK;

		const heap = new PairHeap(length);
		for (let i = 0; i < length; i++) {
			next[i] = i + 1;
			prev[i] = i - 1;
			const rank = i + 2 <= length ? rankOf(i, i + 2) : NO_RANK;
			pairRank[i] = rank;
			if (rank !== NO_RANK) heap.add(rank, i);
		}
		heap.heapify();

		let parts = length;
		while (heap.size > 0) {
			const top = heap.pop();
			const start = top % length;
			const rank = (top - start) / length;
			if (next[start] === -1 || pairRank[start] !== rank) continue; // merged away or changed since

			const absorbed = next[start]!;
			const end = next[absorbed]!;
			next[start] = end;
			if (end < length) prev[end] = start;
			next[absorbed] = -1;
			pairRank[absorbed] = NO_RANK;
			parts--;

			const mergedRank = end < length ? rankOf(start, next[end]!) : NO_RANK;
			pairRank[start] = mergedRank;
			if (mergedRank !== NO_RANK) heap.push(mergedRank, start);

			const before = prev[start]!;
			if (before >= 0) {
				const beforeRank = rankOf(before, end);
				pairRank[before] = beforeRank;
				if (beforeRank !== NO_RANK) heap.push(beforeRank, before);
			}
		}
		return parts;
	}
}

/**
 * A binary min-heap of (rank, start) pairs for a piece of `length` bytes, each stored as the one number
 * rank × length + start: ordering those numbers orders by rank, then start. The tables hold fewer than 2¹⁸ ranks and
 * a JavaScript string fewer than 2³⁰ characters, so the numbers stay below 2⁵³, where doubles are exact.
 */
class PairHeap {
	#keys: Float64Array;
	size = 0;

	constructor(private readonly length: number) {
		this.#keys = new Float64Array(Math.max(16, length));
	}

	/** Appends without ordering; call `heapify` before the first `pop`. */
	add(rank: number, start: number): void {
		if (this.size === this.#keys.length) this.#grow();
		this.#keys[this.size++] = rank * this.length + start;
	}

	heapify(): void {
		for (let i = (this.size >> 1) - 1; i >= 0; i--) this.#siftDown(i);
	}

	push(rank: number, start: number): void {
		if (this.size === this.#keys.length) this.#grow();
		const keys = this.#keys;
		const key = rank * this.length + start;
		let i = this.size++;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			const parentKey = keys[parent]!;
			if (parentKey <= key) break;
			keys[i] = parentKey;
			i = parent;
		}
		keys[i] = key;
	}

	/** Removes and returns the smallest key; the heap must not be empty. */
	pop(): number {
		const keys = this.#keys;
		const top = keys[0]!;
		this.size--;
		if (this.size > 0) {
			keys[0] = keys[this.size]!;
			this.#siftDown(0);
		}
		return top;
	}

	#siftDown(from: number): void {
		const keys = this.#keys;
		const size = this.size;
		const key = keys[from]!;
		let i = from;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= size) break;
			const right = child + 1;
			if (right < size && keys[right]! < keys[child]!) child = right;
			const childKey = keys[child]!;
			if (childKey >= key) break;
			keys[i] = childKey;
			i = child;
		}
		keys[i] = key;
	}

	#grow(): void {
		const grown = new Float64Array(this.#keys.length * 2);
		grown.set(this.#keys);
		this.#keys = grown;
	}
}
