import { m } from '../i18n/locale';
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
	/** A fingerprint of each valid example's text, parallel to `perExample`: exact duplicates share one. */
	fingerprints: Float64Array;
	issueCounts: Partial<Record<IssueCode, number>>;
	/** In line order, at most MAX_KEPT_ISSUES. */
	issues: DatasetIssue[];
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

/** A typed array that grows by doubling, so per-example figures cost 4 or 8 bytes each. */
class Growing<T extends Uint32Array | Float64Array> {
	length = 0;

	constructor(
		private data: T,
		private readonly make: (size: number) => T
	) {}

	push(value: number): void {
		if (this.length === this.data.length) {
			const bigger = this.make(this.data.length * 2);
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}

	toArray(): T {
		return this.data.slice(0, this.length) as T;
	}
}

const growingUint32 = () => new Growing(new Uint32Array(1024), (size) => new Uint32Array(size));

/** Collects the figures of one part of a file as its records are read. */
export class StatsBuilder {
	lines = 0;
	bytes = 0;
	#records = 0;
	#messages = 0;
	#imageParts = 0;
	readonly #tokens = emptyTokenTotals();
	readonly #perExample = growingUint32();
	readonly #exampleLines = growingUint32();
	readonly #fingerprints = new Growing(new Float64Array(1024), (size) => new Float64Array(size));
	readonly #issueCounts: Partial<Record<IssueCode, number>> = {};
	readonly #issues: DatasetIssue[] = [];

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
		this.#fingerprints.push(fingerprint(text.trim()));
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
			fingerprints: this.#fingerprints.toArray(),
			issueCounts: this.#issueCounts,
			issues: this.#issues
		};
	}
}

function concat<T extends Uint32Array | Float64Array>(arrays: T[], make: (size: number) => T): T {
	const out = make(arrays.reduce((sum, a) => sum + a.length, 0));
	let at = 0;
	for (const array of arrays) {
		out.set(array, at);
		at += array.length;
	}
	return out;
}

/**
 * Joins the figures of consecutive parts of one file, in file order: sums add, arrays concatenate and line numbers
 * are offset by the lines of the parts before. Equal to reading the file in one pass.
 */
export function mergeStats(parts: readonly DatasetStats[]): DatasetStats {
	const tokens = emptyTokenTotals();
	const issueCounts: Partial<Record<IssueCode, number>> = {};
	const issues: DatasetIssue[] = [];
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
		exampleLines.push(part.exampleLines.map((line) => line + lineOffset));
		lineOffset += part.lines;
	}
	return {
		lines: lineOffset,
		bytes,
		records,
		examples: parts.reduce((sum, part) => sum + part.examples, 0),
		messages,
		imageParts,
		tokens,
		perExample: concat(
			parts.map((part) => part.perExample),
			(size) => new Uint32Array(size)
		),
		exampleLines: concat(exampleLines, (size) => new Uint32Array(size)),
		fingerprints: concat(
			parts.map((part) => part.fingerprints),
			(size) => new Float64Array(size)
		),
		issueCounts,
		issues
	};
}

/**
 * Duplicate warnings, each naming the line of the first copy. A sorted copy of the fingerprints finds the few that
 * repeat (8 bytes an example, where a map of every example would take several times that); one pass in file order
 * then names each repeat's first copy.
 */
export function duplicateIssues(stats: DatasetStats): DatasetIssue[] {
	const sorted = stats.fingerprints.slice().sort();
	const repeated = new Set<number>();
	for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
	if (repeated.size === 0) return [];
	const firstLine = new Map<number, number>();
	const issues: DatasetIssue[] = [];
	stats.fingerprints.forEach((print, i) => {
		if (!repeated.has(print)) return;
		const line = stats.exampleLines[i]!;
		const first = firstLine.get(print);
		if (first === undefined) firstLine.set(print, line);
		else
			issues.push({
				code: 'duplicate_example',
				line,
				message: m.dataset_msg_duplicate({ line: String(line), first: String(first) })
			});
	});
	return issues;
}
