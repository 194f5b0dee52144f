import { numberFormat } from '../format';
import { m } from '../i18n/locale';
import { finish32, mix32 } from './hash32';
import type { LineEvent } from './lines';
import type { DatasetExample, DatasetFormat, RecordResult } from './types';
import { walkRecords, type BytesProgress, type RecordSink, type WalkOptions } from './walk';

export const DEFAULT_VALIDATION_SHARE = 0.1;
export const DEFAULT_SPLIT_SEED = 42;

/** Lines are gathered into chunks of about this many characters, so a big file becomes no one giant string. */
const CHUNK_CHARS = 1 << 20;

export interface SplitOptions {
	/** Share of the examples held out for validation, from 0 to 1. */
	validationShare?: number;
	/** Any safe integer: the same seed gives the same split of the same file. */
	seed?: number;
}

export interface DatasetSplit {
	/** JSONL, one example a line, in file order. */
	train: Blob;
	validation: Blob;
	trainCount: number;
	validationCount: number;
	/** Invalid records, written to neither part: a provider would refuse them. */
	leftOut: number;
}

/**
 * Where an example falls in [0, 1), from the seed and its line: below the validation share, it is held out.
 * Depends on nothing else, so an edit elsewhere in the file leaves every other example where it was.
 */
export function splitPosition(seed: number, line: number): number {
	// Both 32-bit halves of the seed count, so seeds differing only above bit 31 still differ.
	const high = Math.floor(seed / 2 ** 32);
	const hash = mix32(mix32(mix32(0x2545f491, seed >>> 0), high), line);
	// As MurmurHash3 ends: the input's length in bytes (three 32-bit values), then the finalizer.
	return finish32(hash ^ 12) / 2 ** 32;
}

/**
 * An example as an OpenAI chat JSONL line: `{"messages": [{role, content, name?, weight?}, …]}`. For the
 * formats converted to chat (prompt/completion, Alpaca, ShareGPT, CSV/TSV), which carry no tool calls or tool
 * definitions.
 */
export function exampleToJsonl(example: DatasetExample): string {
	const messages = example.messages.map((message) => {
		const out: { role: string; content: string; name?: string; weight?: 0 | 1 } = {
			role: message.role,
			content: message.content
		};
		if (message.name !== undefined) out.name = message.name;
		if (message.weight !== undefined) out.weight = message.weight;
		return out;
	});
	return JSON.stringify({ messages });
}

/**
 * Whether a format's records are written as read. OpenAI chat and preference records are what training takes
 * already, and they hold what a normalised example cannot give back exactly: tool definitions and calls (kept as
 * JSON text, `tools` and `functions` joined), tool call ids, image parts, and for preference records which
 * answer is preferred.
 */
function writtenAsRead(format: DatasetFormat): boolean {
	return format === 'chat' || format === 'preference';
}

/**
 * A JSON record's text on one line. A line break in valid JSON can only be white space between tokens (strings
 * cannot hold a raw one), so removing it with the white space around it changes nothing but the layout.
 */
function oneLine(text: string): string {
	const trimmed = text.trim();
	return trimmed.includes('\n') ? trimmed.replace(/[ \t\r]*\n[ \t\r]*/g, '') : trimmed;
}

/** One part of the split: lines gathered into chunks; the last line stays movable until the Blob is made. */
class JsonlPart {
	count = 0;
	readonly #chunks: string[] = [];
	#lines: string[] = [];
	#chars = 0;

	add(line: string): void {
		if (this.#chars + line.length > CHUNK_CHARS && this.#lines.length > 0) this.#flush();
		this.#lines.push(line);
		this.#chars += line.length + 1;
		this.count++;
	}

	/** Removes the last line added (always still among the unflushed lines). */
	takeLast(): string | undefined {
		const line = this.#lines.pop();
		if (line === undefined) return undefined;
		this.#chars -= line.length + 1;
		this.count--;
		return line;
	}

	toBlob(): Blob {
		this.#flush();
		return new Blob(this.#chunks, { type: 'application/jsonl' });
	}

	#flush(): void {
		if (this.#lines.length === 0) return;
		this.#chunks.push(this.#lines.join('\n') + '\n');
		this.#lines = [];
		this.#chars = 0;
	}
}

/** Writes each valid example to the train or the validation part as the walk reaches it. */
export class SplitWriter {
	readonly #format: DatasetFormat;
	readonly #share: number;
	readonly #seed: number;
	readonly #train = new JsonlPart();
	readonly #validation = new JsonlPart();
	#leftOut = 0;

	constructor(format: DatasetFormat, options: SplitOptions = {}) {
		const share = options.validationShare ?? DEFAULT_VALIDATION_SHARE;
		const seed = options.seed ?? DEFAULT_SPLIT_SEED;
		if (!(share >= 0 && share <= 1)) {
			throw new RangeError(
				m.dataset_split_bad_share({
					share: numberFormat({ maximumFractionDigits: 6 }).format(share)
				})
			);
		}
		if (!Number.isSafeInteger(seed)) {
			throw new RangeError(m.dataset_split_bad_seed({ seed: String(seed) }));
		}
		this.#format = format;
		this.#share = share;
		this.#seed = seed;
	}

	/** A record as the walk reports it: `text` is the record as read. */
	add(result: RecordResult, line: number, text: string): void {
		if (!result.example) {
			this.#leftOut++;
			return;
		}
		const jsonl = writtenAsRead(this.#format) ? oneLine(text) : exampleToJsonl(result.example);
		const part = splitPosition(this.#seed, line) < this.#share ? this.#validation : this.#train;
		part.add(jsonl);
	}

	/** A record that could not be read. */
	skip(): void {
		this.#leftOut++;
	}

	/** With two examples or more, each part gets at least one: the last example of the other part moves. */
	finish(): DatasetSplit {
		const train = this.#train;
		const validation = this.#validation;
		if (train.count + validation.count >= 2) {
			if (validation.count === 0) validation.add(train.takeLast()!);
			else if (train.count === 0) train.add(validation.takeLast()!);
		}
		return {
			train: train.toBlob(),
			validation: validation.toBlob(),
			trainCount: train.count,
			validationCount: validation.count,
			leftOut: this.#leftOut
		};
	}
}

/** Splits a file's valid examples into train and validation JSONL, read from its line events. */
export async function splitDataset(
	events: AsyncIterable<LineEvent>,
	options: WalkOptions & { jsonArray: boolean },
	split: SplitOptions = {},
	onProgress?: BytesProgress
): Promise<DatasetSplit> {
	const writer = new SplitWriter(options.format, split);
	const sink: RecordSink = {
		record: (result, line, text) => writer.add(result, line, text),
		unreadable: () => writer.skip(),
		fileIssue() {}
	};
	await walkRecords(events, options, sink, onProgress);
	return writer.finish();
}
