import type { ExampleCount } from '../tokenize/example';
import type { DatasetIssue, IssueCode } from './types';

/** Issues kept for display and export; the counts per code stay exact beyond it. */
export const MAX_KEPT_ISSUES = 100_000;

export interface TokenTotals {
	total: number;
	assistant: number;
	trainable: number;
	toolCalls: number;
	toolDefinitions: number;
	overhead: number;
	/** Content tokens per role (a null-prototype object: roles come from the data). */
	byRole: Record<string, number>;
}

/** An example that repeats an earlier one exactly: its line and its text's fingerprint. */
interface Repeat {
	line: number;
	fingerprint: number;
}

/**
 * Figures of one part of a file (a byte range read by one worker), or of a whole file once parts are merged. Every
 * field adds up across parts; line numbers are relative to the part until `mergeStats` offsets them.
 */
export interface DatasetStats {
	/** Lines read, blank ones included: the next part's line numbers start after these. */
	lines: number;
	bytes: number;
	/** Non-blank records seen. */
	records: number;
	/** Valid examples: the only ones the token figures cover. */
	examples: number;
	messages: number;
	imageParts: number;
	tokens: TokenTotals;
	/** Tokens of each valid example, in file order (4 bytes an example). */
	perExample: Uint32Array;
	/** The line of each valid example, parallel to `perExample`. */
	exampleLines: Uint32Array;
	issueCounts: Partial<Record<IssueCode, number>>;
	/** In line order, at most MAX_KEPT_ISSUES. */
	issues: DatasetIssue[];
	/** Fingerprint of each distinct valid example → the line of its first copy. */
	firstCopies: Map<number, number>;
	repeats: Repeat[];
}

export function emptyTokenTotals(): TokenTotals {
	return {
		total: 0,
		assistant: 0,
		trainable: 0,
		toolCalls: 0,
		toolDefinitions: 0,
		overhead: 0,
		byRole: Object.create(null) as Record<string, number>
	};
}

/** A 53-bit hash of a string (cyrb53): collisions are negligible at any dataset size. */
export function fingerprint(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function addTokens(into: TokenTotals, from: TokenTotals | ExampleCount): void {
	into.total += from.total;
	into.assistant += from.assistant;
	into.trainable += from.trainable;
	into.toolCalls += from.toolCalls;
	into.toolDefinitions += from.toolDefinitions;
	into.overhead += from.overhead;
	for (const role of Object.keys(from.byRole)) {
		into.byRole[role] = (into.byRole[role] ?? 0) + from.byRole[role]!;
	}
}

/** A Uint32Array that grows by doubling, so per-example counts cost 4 bytes each. */
class GrowingUint32 {
	#data = new Uint32Array(1024);
	length = 0;

	push(value: number): void {
		if (this.length === this.#data.length) {
			const bigger = new Uint32Array(this.#data.length * 2);
			bigger.set(this.#data);
			this.#data = bigger;
		}
		this.#data[this.length++] = value;
	}

	toArray(): Uint32Array {
		return this.#data.slice(0, this.length);
	}
}

/** Collects the figures of one part of a file as its records are read. */
export class StatsBuilder {
	lines = 0;
	bytes = 0;
	#records = 0;
	#messages = 0;
	#imageParts = 0;
	readonly #tokens = emptyTokenTotals();
	readonly #perExample = new GrowingUint32();
	readonly #exampleLines = new GrowingUint32();
	readonly #issueCounts: Partial<Record<IssueCode, number>> = {};
	readonly #issues: DatasetIssue[] = [];
	readonly #firstCopies = new Map<number, number>();
	readonly #repeats: Repeat[] = [];

	addIssue(issue: DatasetIssue): void {
		this.#issueCounts[issue.code] = (this.#issueCounts[issue.code] ?? 0) + 1;
		if (this.#issues.length < MAX_KEPT_ISSUES) this.#issues.push(issue);
	}

	/** A non-blank record, valid or not. */
	addRecord(): void {
		this.#records++;
	}

	/** A valid example: `text` is its record as read, for finding exact duplicates. */
	addExample(line: number, text: string, count: ExampleCount): void {
		addTokens(this.#tokens, count);
		this.#messages += count.messages;
		this.#imageParts += count.imageParts;
		this.#perExample.push(count.total);
		this.#exampleLines.push(line);
		const print = fingerprint(text.trim());
		if (this.#firstCopies.has(print)) this.#repeats.push({ line, fingerprint: print });
		else this.#firstCopies.set(print, line);
	}

	finish(): DatasetStats {
		return {
			lines: this.lines,
			bytes: this.bytes,
			records: this.#records,
			examples: this.#perExample.length,
			messages: this.#messages,
			imageParts: this.#imageParts,
			tokens: this.#tokens,
			perExample: this.#perExample.toArray(),
			exampleLines: this.#exampleLines.toArray(),
			issueCounts: this.#issueCounts,
			issues: this.#issues,
			firstCopies: this.#firstCopies,
			repeats: this.#repeats
		};
	}
}

function concat(arrays: Uint32Array[]): Uint32Array {
	const out = new Uint32Array(arrays.reduce((sum, a) => sum + a.length, 0));
	let at = 0;
	for (const array of arrays) {
		out.set(array, at);
		at += array.length;
	}
	return out;
}

/**
 * Joins the figures of consecutive parts of one file, in file order: sums add, arrays concatenate, line numbers are
 * offset by the lines of the parts before, and an example whose first copy is in an earlier part becomes a repeat of
 * it. Equal to reading the file in one pass.
 */
export function mergeStats(parts: readonly DatasetStats[]): DatasetStats {
	const tokens = emptyTokenTotals();
	const issueCounts: Partial<Record<IssueCode, number>> = {};
	const issues: DatasetIssue[] = [];
	const firstCopies = new Map<number, number>();
	const repeats: Repeat[] = [];
	const exampleLines: Uint32Array[] = [];
	let lineOffset = 0;
	let bytes = 0;
	let records = 0;
	let messages = 0;
	let imageParts = 0;
	for (const part of parts) {
		addTokens(tokens, part.tokens);
		bytes += part.bytes;
		records += part.records;
		messages += part.messages;
		imageParts += part.imageParts;
		for (const code of Object.keys(part.issueCounts) as IssueCode[]) {
			issueCounts[code] = (issueCounts[code] ?? 0) + part.issueCounts[code]!;
		}
		for (const issue of part.issues) {
			if (issues.length >= MAX_KEPT_ISSUES) break;
			issues.push(issue.line === undefined ? issue : { ...issue, line: issue.line + lineOffset });
		}
		// First copies in line order, so an earlier part's copy wins.
		for (const [print, line] of part.firstCopies) {
			if (firstCopies.has(print)) repeats.push({ line: line + lineOffset, fingerprint: print });
			else firstCopies.set(print, line + lineOffset);
		}
		for (const repeat of part.repeats) repeats.push({ ...repeat, line: repeat.line + lineOffset });
		exampleLines.push(part.exampleLines.map((line) => line + lineOffset));
		lineOffset += part.lines;
	}
	repeats.sort((a, b) => a.line - b.line);
	return {
		lines: lineOffset,
		bytes,
		records,
		examples: parts.reduce((sum, part) => sum + part.examples, 0),
		messages,
		imageParts,
		tokens,
		perExample: concat(parts.map((part) => part.perExample)),
		exampleLines: concat(exampleLines),
		issueCounts,
		issues,
		firstCopies,
		repeats
	};
}

/** Duplicate warnings, each naming the line of the first copy. */
export function duplicateIssues(stats: DatasetStats): DatasetIssue[] {
	return stats.repeats.map(({ line, fingerprint: print }) => {
		const first = stats.firstCopies.get(print)!;
		return {
			code: 'duplicate_example',
			line,
			message: `Line ${line} repeats line ${first} exactly.`
		};
	});
}
