import {
	CL100K_TOKEN_SPLIT_REGEX,
	O200K_TOKEN_SPLIT_REGEX
} from 'gpt-tokenizer/encodingParams/constants';
import { BytePairCounter, type RankTable } from './bpe';
import { CountMemo } from './count-memo';
import { loadOnce } from './load-once';
import type { EncodingName } from './encodings';

/** Counts tokens of plain text under one encoding. */
export interface Encoder {
	readonly encoding: EncodingName;
	count(text: string): number;
}

/**
 * tiktoken splits text with a Rust regex, where `\s` is Unicode White_Space; in a JavaScript regex `\s` also takes
 * U+FEFF (byte order mark) and leaves out U+0085 (next line). Text with either would split, and so count,
 * differently. Spelling the property out gives JavaScript tiktoken's exact split.
 */
export function withUnicodeWhitespace(split: RegExp): RegExp {
	const source = split.source
		.replaceAll('\\s', '\\p{White_Space}')
		.replaceAll('\\S', '\\P{White_Space}');
	return new RegExp(source, split.flags);
}

/**
 * Each encoding's ranks are a few megabytes of data from gpt-tokenizer: they load on first use only. Counting is our
 * own byte-pair counter, which the tokenizer benchmark (`npm run bench`) measured fastest among the exact engines
 * and the unit tests check against tiktoken. (gpt-tokenizer's own encoder miscounts text holding U+FEFF.)
 */
const loadRanks: Record<EncodingName, () => Promise<{ default: RankTable }>> = {
	o200k_base: () => import('gpt-tokenizer/bpeRanks/o200k_base'),
	cl100k_base: () => import('gpt-tokenizer/bpeRanks/cl100k_base')
};

/** Each encoding's split pattern, as tiktoken applies it. */
export const SPLIT_PATTERNS: Record<EncodingName, RegExp> = {
	o200k_base: withUnicodeWhitespace(O200K_TOKEN_SPLIT_REGEX),
	cl100k_base: withUnicodeWhitespace(CL100K_TOKEN_SPLIT_REGEX)
};

async function createEncoder(encoding: EncodingName): Promise<Encoder> {
	const { default: ranks } = await loadRanks[encoding]();
	const counter = new BytePairCounter(ranks, SPLIT_PATTERNS[encoding]);
	const memo = new CountMemo();
	const countFn = (text: string) => counter.count(text);
	return {
		encoding,
		count: (text) => (text === '' ? 0 : memo.count(text, countFn))
	};
}

/** The encoder for `encoding`, loaded once and shared; counts are memoised per distinct string. */
export const loadEncoder: (encoding: EncodingName) => Promise<Encoder> = loadOnce(createEncoder);
