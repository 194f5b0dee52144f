import { describe, expect, it } from 'vitest';
import { BytePairCounter, toBinary } from './bpe';
import { withUnicodeWhitespace } from './registry';

describe('withUnicodeWhitespace', () => {
	const split = withUnicodeWhitespace(/\s+|\S+/gu);
	const pieces = (text: string) => [...text.matchAll(split)].map(([piece]) => piece);

	it('treats U+FEFF as text and U+0085 as white space, as tiktoken does', () => {
		expect(pieces('a\ufeffb')).toEqual(['a\ufeffb']);
		expect(pieces('a\u0085b')).toEqual(['a', '\u0085', 'b']);
		expect(pieces('a \tb')).toEqual(['a', ' \t', 'b']);
	});
});

describe('BytePairCounter', () => {
	// A toy vocabulary: single bytes, then merges "ab" (rank 3) and "abc" (rank 4); "é" is two bytes.
	const ranks = ['a', 'b', 'c', 'ab', 'abc', [0xc3], [0xa9]];
	const counter = new BytePairCounter(ranks, /\S+|\s+/gu);

	it('merges the lowest-ranked pairs first', () => {
		expect(counter.count('abc')).toBe(1);
		expect(counter.count('abab')).toBe(2);
		expect(counter.count('cab')).toBe(2);
	});

	it('counts each piece of the split separately', () => {
		expect(counter.count('abc abc')).toBe(3); // "abc", " " (one byte), "abc"
	});

	it('falls back to single bytes for text outside the vocabulary', () => {
		expect(counter.count('é')).toBe(2);
	});

	it('writes UTF-8 bytes as one character per byte', () => {
		expect(toBinary('aé')).toBe('a\u00c3\u00a9');
		expect(toBinary('\ud800')).toBe('\u00ef\u00bf\u00bd'); // a lone surrogate is sent as U+FFFD
	});
});
