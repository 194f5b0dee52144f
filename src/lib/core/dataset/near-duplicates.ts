import { finish32, mix32 } from './hash32';
import type { LineEvent } from './lines';
import { fingerprint } from './stats';
import type { DatasetExample } from './types';
import { walkRecords, type BytesProgress, type RecordSink, type WalkOptions } from './walk';

/**
 * Answers sharing at least this share of their word 3-grams (estimated Jaccard similarity) are near-duplicates.
 * At 0.8 two answers are mostly the same text with a few words changed: training on both teaches little more
 * than training on one, while answers that only share a template or a topic stay well below it. Short answers
 * must be nearly identical: one word changed mid-way in 20 leaves 15 of 21 distinct 3-grams shared (0.71).
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** Minimum hashes per answer: the similarity estimate's standard error is about √(J(1−J)/64) ≈ 0.05 at 0.8. */
export const SIGNATURE_SIZE = 64;

/**
 * Locality-sensitive hashing: answers become candidates when all rows of one band agree. With 16 bands of 4
 * rows, a pair at similarity 0.8 becomes a candidate with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998, one at 0.3
 * with probability about 0.12, so few dissimilar pairs are compared.
 */
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;

/** Answers checked at most (the first ones): their signatures take 256 bytes each. */
export const MAX_CHECKED_EXAMPLES = 200_000;

/** Pairs returned at most, first by line. */
export const MAX_REPORTED_PAIRS = 200;

/**
 * Earlier answers a bucket's answer is compared with at most. Near-copies share most bands, so they meet in
 * small buckets too; the cap keeps a bucket shared by thousands of similar-looking answers from taking
 * quadratic time.
 */
const MAX_COMPARED_PER_BUCKET = 32;

/** Matching signature slots needed to reach the similarity threshold. */
const SLOTS_NEEDED = Math.ceil(NEAR_DUPLICATE_SIMILARITY * SIGNATURE_SIZE - 1e-9);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SHINGLE_SEED = 0x5bd1e995;
const EMPTY_SLOT = 0xffffffff;

/** One seed per hash function: hash function i maps a shingle hash h to seededHash(h, SEEDS[i]). */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) =>
	finish32(Math.imul(i + 1, 0x9e3779b9))
);

/**
 * One of the signature's hash functions: MurmurHash3's finalizer (a bijection) of the shingle hash with the
 * function's seed. Written here rather than imported so that the engine inlines it into the sketch's inner loop.
 */
function seededHash(shingle: number, seed: number): number {
	let h = shingle ^ seed;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export interface NearDuplicatePair {
	/** The line of the later example. */
	line: number;
	/** The line of the earliest example whose answer it nearly repeats. */
	ofLine: number;
	/** Estimated Jaccard similarity of the two answers' word 3-grams (a multiple of 1/64). */
	similarity: number;
}

export interface NearDuplicateReport {
	/** Valid examples with an assistant answer that were checked. */
	checked: number;
	/** Examples whose answer nearly repeats an earlier example's, each counted once. */
	nearDuplicates: number;
	/** The first MAX_REPORTED_PAIRS, by line. */
	pairs: NearDuplicatePair[];
	/** Only the first MAX_CHECKED_EXAMPLES answers were checked; the file holds more. */
	sampled: boolean;
}

/** An example's answer: its assistant messages' contents joined with a newline; null when there is no text. */
export function answerText(example: DatasetExample): string | null {
	let answer: string | null = null;
	for (const message of example.messages) {
		if (message.role !== 'assistant') continue;
		answer = answer === null ? message.content : `${answer}\n${message.content}`;
	}
	return answer === null || answer.trim() === '' ? null : answer;
}

/** JavaScript's `\s`: the separators between words. */
function isWhitespace(code: number): boolean {
	if (code > 32 && code < 160) return false;
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 160 ||
		code === 5760 ||
		(code >= 8192 && code <= 8202) ||
		code === 8232 ||
		code === 8233 ||
		code === 8239 ||
		code === 8287 ||
		code === 12288 ||
		code === 65279
	);
}

/** Computes MinHash signatures, reusing one buffer of word hashes. */
class Sketcher {
	#words = new Uint32Array(1024);

	/**
	 * Writes the signature of `text` at `offset` of `into`: for each hash function, the least hash of the text's
	 * shingles (word 3-grams of the lower-cased text, words split at white space; a text under 3 words is one
	 * shingle). Returns false, writing nothing, when the text has no words.
	 */
	sketch(text: string, into: Uint32Array, offset: number): boolean {
		const wordCount = this.#hashWords(text.toLowerCase());
		if (wordCount === 0) return false;
		const hashes = this.#words;
		const width = Math.min(3, wordCount);
		const shingleCount = wordCount - width + 1;
		// Each shingle's hash replaces its first word's, which no later shingle reads.
		for (let start = 0; start < shingleCount; start++) {
			let hash = SHINGLE_SEED;
			for (let w = start; w < start + width; w++) hash = mix32(hash, hashes[w]!);
			hashes[start] = finish32(hash ^ width);
		}
		for (let i = 0; i < SIGNATURE_SIZE; i++) {
			const seed = SEEDS[i]!;
			let least = EMPTY_SLOT;
			for (let s = 0; s < shingleCount; s++) {
				const value = seededHash(hashes[s]!, seed);
				if (value < least) least = value;
			}
			into[offset + i] = least;
		}
		return true;
	}

	/** FNV-1a of each word into the buffer; returns the number of words. */
	#hashWords(text: string): number {
		let count = 0;
		let hash = FNV_OFFSET;
		let inWord = false;
		for (let i = 0; i <= text.length; i++) {
			const code = i < text.length ? text.charCodeAt(i) : 32;
			if (!isWhitespace(code)) {
				hash = Math.imul(hash ^ code, FNV_PRIME);
				inWord = true;
				continue;
			}
			if (!inWord) continue;
			if (count === this.#words.length) {
				const bigger = new Uint32Array(count * 2);
				bigger.set(this.#words);
				this.#words = bigger;
			}
			this.#words[count++] = hash;
			hash = FNV_OFFSET;
			inWord = false;
		}
		return count;
	}
}

/** The MinHash signature of a text (SIGNATURE_SIZE values), or null when it has no words. */
export function minHashSignature(text: string): Uint32Array | null {
	const signature = new Uint32Array(SIGNATURE_SIZE);
	return new Sketcher().sketch(text, signature, 0) ? signature : null;
}

/** Estimated Jaccard similarity of two signatures: the share of slots that agree. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
	let equal = 0;
	for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
	return equal / SIGNATURE_SIZE;
}

/** The array, or a copy twice as long (at least `needed`) when it is too short. */
function grown<T extends Uint32Array | Float64Array>(
	array: T,
	needed: number,
	make: (length: number) => T
): T {
	if (needed <= array.length) return array;
	const bigger = make(Math.max(needed, array.length * 2));
	bigger.set(array);
	return bigger;
}

const makeUint32 = (length: number) => new Uint32Array(length);
const makeFloat64 = (length: number) => new Float64Array(length);

/**
 * Finds answers that nearly repeat an earlier one. Examples are added in file order; each keeps its line, a
 * fingerprint of its answer and its signature (268 bytes), so memory is bounded by the number checked.
 */
export class NearDuplicateFinder {
	readonly #maxExamples: number;
	readonly #sketcher = new Sketcher();
	#count = 0;
	#sampled = false;
	#lines = new Uint32Array(1024);
	#answerPrints = new Float64Array(1024);
	#signatures = new Uint32Array(1024 * SIGNATURE_SIZE);

	constructor(maxExamples = MAX_CHECKED_EXAMPLES) {
		// Sort keys put an example's index below a 32-bit band hash in one double: 2³² × 2²¹ = 2⁵³.
		if (!(maxExamples >= 0 && maxExamples <= 2 ** 21)) {
			// i18n-exempt: a programming error (the limit is a constant of the code), never shown
			throw new RangeError(`at most ${2 ** 21} examples can be checked, not ${maxExamples}`);
		}
		this.#maxExamples = maxExamples;
	}

	/**
	 * Adds the next valid example. Returns false once the limit is reached and this example has an answer (the
	 * report will say it is sampled): reading further is of no use.
	 */
	add(line: number, example: DatasetExample): boolean {
		const answer = answerText(example);
		if (answer === null) return true;
		if (this.#count >= this.#maxExamples) {
			this.#sampled = true;
			return false;
		}
		const index = this.#count;
		this.#signatures = grown(this.#signatures, (index + 1) * SIGNATURE_SIZE, makeUint32);
		if (!this.#sketcher.sketch(answer, this.#signatures, index * SIGNATURE_SIZE)) return true;
		this.#lines = grown(this.#lines, index + 1, makeUint32);
		this.#answerPrints = grown(this.#answerPrints, index + 1, makeFloat64);
		this.#lines[index] = line;
		this.#answerPrints[index] = fingerprint(answer);
		this.#count++;
		return true;
	}

	finish(): NearDuplicateReport {
		const count = this.#count;
		const repeatsAnswer = this.#answerRepeats();
		// The earliest earlier example each one nearly repeats (-1: none), and how many slots they share.
		const matchOf = new Int32Array(count).fill(-1);
		const matchSlots = new Uint8Array(count);
		const order = new Float64Array(count);
		const compared = new Int32Array(MAX_COMPARED_PER_BUCKET);
		for (let band = 0; band < BANDS; band++) {
			for (let i = 0; i < count; i++) order[i] = this.#bandHash(i, band) * count + i;
			order.sort();
			let start = 0;
			for (let end = 1; end <= count; end++) {
				if (end < count && Math.floor(order[end]! / count) === Math.floor(order[start]! / count))
					continue;
				if (end - start > 1) {
					this.#compareBucket(order, start, end, repeatsAnswer, matchOf, matchSlots, compared);
				}
				start = end;
			}
		}

		let nearDuplicates = 0;
		const pairs: NearDuplicatePair[] = [];
		for (let i = 0; i < count; i++) {
			const of = matchOf[i]!;
			if (of < 0) continue;
			nearDuplicates++;
			if (pairs.length < MAX_REPORTED_PAIRS) {
				pairs.push({
					line: this.#lines[i]!,
					ofLine: this.#lines[of]!,
					similarity: matchSlots[i]! / SIGNATURE_SIZE
				});
			}
		}
		return { checked: count, nearDuplicates, pairs, sampled: this.#sampled };
	}

	/**
	 * Marks the examples whose answer repeats an earlier one's exactly: exact repeats are not near-duplicates,
	 * and anything that nearly repeats one nearly repeats its first copy (same signature), which is earlier.
	 */
	#answerRepeats(): Uint8Array {
		const count = this.#count;
		const prints = this.#answerPrints.subarray(0, count);
		const sorted = prints.slice().sort();
		const repeated = new Set<number>();
		for (let i = 1; i < count; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
		const repeats = new Uint8Array(count);
		if (repeated.size === 0) return repeats;
		const seen = new Set<number>();
		for (let i = 0; i < count; i++) {
			const print = prints[i]!;
			if (!repeated.has(print)) continue;
			if (seen.has(print)) repeats[i] = 1;
			else seen.add(print);
		}
		return repeats;
	}

	#bandHash(index: number, band: number): number {
		const offset = index * SIGNATURE_SIZE + band * ROWS;
		let hash = band;
		for (let row = 0; row < ROWS; row++) hash = mix32(hash, this.#signatures[offset + row]!);
		return finish32(hash);
	}

	/** Compares each answer of one bucket (in file order) with the earlier ones, keeping the earliest match. */
	#compareBucket(
		order: Float64Array,
		start: number,
		end: number,
		repeatsAnswer: Uint8Array,
		matchOf: Int32Array,
		matchSlots: Uint8Array,
		compared: Int32Array
	): void {
		const count = this.#count;
		let candidates = 0;
		for (let k = start; k < end; k++) {
			const index = order[k]! % count;
			if (repeatsAnswer[index]) continue;
			for (let c = 0; c < candidates; c++) {
				const earlier = compared[c]!;
				const known = matchOf[index]!;
				if (known >= 0 && earlier >= known) break;
				const slots = this.#sharedSlots(earlier, index);
				if (slots >= SLOTS_NEEDED) {
					matchOf[index] = earlier;
					matchSlots[index] = slots;
					break;
				}
			}
			if (candidates < MAX_COMPARED_PER_BUCKET) compared[candidates++] = index;
		}
	}

	/** Signature slots two examples share; stops early once the threshold is out of reach. */
	#sharedSlots(a: number, b: number): number {
		const signatures = this.#signatures;
		const offsetA = a * SIGNATURE_SIZE;
		const offsetB = b * SIGNATURE_SIZE;
		const mismatchesAllowed = SIGNATURE_SIZE - SLOTS_NEEDED;
		let mismatches = 0;
		for (let i = 0; i < SIGNATURE_SIZE; i++) {
			if (signatures[offsetA + i] !== signatures[offsetB + i] && ++mismatches > mismatchesAllowed)
				return 0;
		}
		return SIGNATURE_SIZE - mismatches;
	}
}

/** Near-duplicate answers among a file's valid examples, read from its line events. */
export async function findNearDuplicates(
	events: AsyncIterable<LineEvent>,
	options: WalkOptions & { jsonArray: boolean },
	onProgress?: BytesProgress
): Promise<NearDuplicateReport> {
	const finder = new NearDuplicateFinder();
	const sink: RecordSink = {
		record(result, line) {
			if (result.example && !finder.add(line, result.example)) sink.stopped = true;
		},
		unreadable() {},
		fileIssue() {}
	};
	await walkRecords(events, options, sink, onProgress);
	return finder.finish();
}
