/**
 * Byte-pair token counting, the algorithm of OpenAI's tiktoken: split text with the encoding's pattern, then merge
 * each piece's UTF-8 bytes, lowest rank first, until no adjacent pair is a token. Only counts are needed, so no token
 * ids are built.
 *
 * Bytes are held as "binary strings" (one char per byte, 0–255) so that rank look-ups are plain Map look-ups.
 */

/** A rank table as gpt-tokenizer ships it: index = rank; a string for a token that is valid UTF-8, else its bytes. */
export type RankTable = readonly (string | readonly number[])[];

const utf8 = new TextEncoder();

function isAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
	return true;
}

/** UTF-8 bytes of `text` as a binary string. Lone surrogates become U+FFFD, as tiktoken receives them. */
export function toBinary(text: string): string {
	if (isAscii(text)) return text;
	const bytes = utf8.encode(text);
	let binary = '';
	const CHUNK = 8192;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	}
	return binary;
}

export class BytePairCounter {
	/** Token bytes (binary string) → rank. */
	readonly #ranks = new Map<string, number>();
	/** Tokens that are whole UTF-8 text, so a piece that is one token is found without encoding it. */
	readonly #textTokens = new Set<string>();
	/** Counts of pieces that needed merging; cleared when full, which keeps it bounded. */
	readonly #pieceCounts = new Map<string, number>();

	constructor(
		ranks: RankTable,
		private readonly split: RegExp,
		private readonly pieceCacheSize = 100_000
	) {
		if (!split.global) throw new Error('The split pattern needs the g flag.');
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

	#countPiece(piece: string): number {
		if (this.#textTokens.has(piece)) return 1;
		const known = this.#pieceCounts.get(piece);
		if (known !== undefined) return known;
		const counted = this.#merge(toBinary(piece));
		if (this.#pieceCounts.size >= this.pieceCacheSize) this.#pieceCounts.clear();
		this.#pieceCounts.set(piece, counted);
		return counted;
	}

	/** tiktoken's byte-pair merge over one piece; returns how many tokens remain. */
	#merge(bytes: string): number {
		if (bytes.length <= 1 || this.#ranks.has(bytes)) return 1;
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
}
