import { describe, expect, it } from 'vitest';
import { readLines } from './lines';
import {
	answerText,
	findNearDuplicates,
	minHashSignature,
	NearDuplicateFinder,
	signatureSimilarity,
	SIGNATURE_SIZE
} from './near-duplicates';
import type { DatasetExample } from './types';

/** A seeded generator of numbers in [0, 1) (mulberry32), so random texts are the same on every run. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ne',
	'ru',
	'sa',
	'ti',
	'vo',
	'ze',
	'pu',
	'da',
	'fe',
	'gi',
	'ho'
];

/** `count` made-up words: from a vocabulary of about 2,700, so two random texts share almost no 3-grams. */
function randomWords(next: () => number, count: number): string[] {
	const pick = () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
	return Array.from({ length: count }, () => pick() + pick() + pick());
}

function chat(answer: string, user = 'A question'): DatasetExample {
	return {
		messages: [
			{ role: 'user', content: user },
			{ role: 'assistant', content: answer }
		]
	};
}

function findAmong(answers: readonly string[]) {
	const finder = new NearDuplicateFinder();
	answers.forEach((answer, i) => finder.add(i + 1, chat(answer)));
	return finder.finish();
}

const next = random(7);
const twenty = randomWords(next, 20).join(' ');
const sixty = randomWords(next, 60);
const hundredTwenty = randomWords(next, 120);
const unrelated = randomWords(next, 40).join(' ');

function replaced(words: readonly string[], at: readonly number[]): string {
	return words.map((word, i) => (at.includes(i) ? 'changed' : word)).join(' ');
}

describe('near-duplicate answers', () => {
	it('finds near-copies with the lines of the copy and of the earliest original', () => {
		const answers = [
			twenty + '.', // 1
			sixty.join(' '), // 2
			unrelated, // 3
			twenty.toUpperCase().replaceAll(' ', '  \n ') + '.', // 4: case and white space
			replaced(sixty, [30]), // 5: one word of 60
			twenty + '!', // 6: punctuation
			replaced(hundredTwenty, []), // 7
			replaced(hundredTwenty, [40, 80]) // 8: two words of 120
		];
		const report = findAmong(answers);
		expect(report.checked).toBe(8);
		expect(report.sampled).toBe(false);
		expect(report.pairs.map(({ line, ofLine }) => [line, ofLine])).toEqual([
			[4, 1],
			[5, 2],
			[6, 1],
			[8, 7]
		]);
		expect(report.nearDuplicates).toBe(4);
		expect(report.pairs[0]!.similarity).toBe(1);
		for (const pair of report.pairs) {
			expect(pair.similarity).toBeGreaterThanOrEqual(0.8);
			expect(pair.similarity).toBeLessThanOrEqual(1);
		}
	});

	it('does not flag answers that only share some words', () => {
		const words = randomWords(random(11), 80);
		// The same first half, then different text: about a third of the 3-grams in common.
		const other = [...words.slice(0, 40), ...randomWords(random(12), 40)];
		const report = findAmong([words.join(' '), other.join(' '), unrelated]);
		expect(report.nearDuplicates).toBe(0);
		expect(report.pairs).toEqual([]);
	});

	it('does not report identical answers, nor count an exact copy as near', () => {
		const original = sixty.join(' ');
		const near = replaced(sixty, [10]);
		// Line 3 repeats line 1 exactly: it is an exact repeat, though it also nearly repeats line 2.
		const report = findAmong([original, near, original, 'Yes.', 'Yes.']);
		expect(report.pairs.map(({ line, ofLine }) => [line, ofLine])).toEqual([[2, 1]]);
		expect(report.nearDuplicates).toBe(1);
	});

	it('skips examples without an answer text', () => {
		const finder = new NearDuplicateFinder();
		finder.add(1, { messages: [{ role: 'user', content: 'only a question' }] });
		finder.add(2, chat('  \n '));
		finder.add(3, chat(twenty));
		finder.add(4, chat(twenty + ' again'));
		const report = finder.finish();
		expect(report.checked).toBe(2);
		expect(report.pairs.map(({ line, ofLine }) => [line, ofLine])).toEqual([[4, 3]]);
	});

	it('finds no pairs among 5,000 random answers', () => {
		const generate = random(2024);
		const answers = Array.from({ length: 5000 }, () =>
			randomWords(generate, 10 + Math.floor(generate() * 40)).join(' ')
		);
		const report = findAmong(answers);
		expect(report.checked).toBe(5000);
		expect(report.nearDuplicates).toBe(0);
	});

	it('counts every near copy but returns the first 200 pairs, by line', () => {
		const generate = random(5);
		const answers: string[] = [];
		for (let i = 0; i < 250; i++) {
			const answer = randomWords(generate, 25).join(' ');
			answers.push(answer, answer.toUpperCase());
		}
		const report = findAmong(answers);
		expect(report.nearDuplicates).toBe(250);
		expect(report.pairs).toHaveLength(200);
		expect(report.pairs[0]).toEqual({ line: 2, ofLine: 1, similarity: 1 });
		expect(report.pairs[199]).toEqual({ line: 400, ofLine: 399, similarity: 1 });
	});

	it('checks only the first answers past its limit, and says so', () => {
		const finder = new NearDuplicateFinder(3);
		expect(finder.add(1, chat('one two three'))).toBe(true);
		expect(finder.add(2, { messages: [{ role: 'user', content: 'no answer' }] })).toBe(true);
		expect(finder.add(3, chat('ONE two three'))).toBe(true);
		expect(finder.add(4, chat('four five six'))).toBe(true);
		expect(finder.add(5, chat('one two three!'))).toBe(false);
		const report = finder.finish();
		expect(report).toMatchObject({ checked: 3, nearDuplicates: 1, sampled: true });
	});
});

describe('the MinHash sketch', () => {
	it('is the same on every run for the same text', () => {
		const signature = minHashSignature('The quick brown fox jumps over the lazy dog')!;
		expect(signature).toHaveLength(SIGNATURE_SIZE);
		expect(minHashSignature('The quick brown fox jumps over the lazy dog')).toEqual(signature);
		// Pinned: the hash functions' seeds are constants, not drawn at run time.
		expect([...signature.subarray(0, 4)]).toEqual([...PINNED_START]);
	});

	it('reads words lower-cased, split at any white space', () => {
		const a = minHashSignature('Hello   World,\tfriend\nof mine')!;
		const b = minHashSignature(' hello world, FRIEND of\u00a0mine ')!;
		expect(b).toEqual(a);
		expect(minHashSignature('world hello, friend of mine')).not.toEqual(a);
	});

	it('is null for a text without words, and one shingle for a short text', () => {
		expect(minHashSignature(' \n\t')).toBeNull();
		expect(signatureSimilarity(minHashSignature('Yes')!, minHashSignature('yes ')!)).toBe(1);
		expect(signatureSimilarity(minHashSignature('yes')!, minHashSignature('no')!)).toBe(0);
	});

	it('estimates the Jaccard similarity of the 3-gram sets', () => {
		// 42 words give 40 shingles; sharing 22 words shares 20 shingles of 60: J = 1/3.
		const generate = random(99);
		let total = 0;
		const pairs = 50;
		for (let i = 0; i < pairs; i++) {
			const words = randomWords(generate, 62);
			const a = minHashSignature(words.slice(0, 42).join(' '))!;
			const b = minHashSignature(words.slice(20).join(' '))!;
			total += signatureSimilarity(a, b);
		}
		expect(total / pairs).toBeGreaterThan(1 / 3 - 0.05);
		expect(total / pairs).toBeLessThan(1 / 3 + 0.05);
	});
});

describe('answerText', () => {
	it('joins every assistant message with a newline', () => {
		const example: DatasetExample = {
			messages: [
				{ role: 'system', content: 'Be brief.' },
				{ role: 'user', content: 'Hi' },
				{ role: 'assistant', content: 'Hello.' },
				{ role: 'user', content: 'Bye' },
				{ role: 'assistant', content: 'Goodbye.' }
			]
		};
		expect(answerText(example)).toBe('Hello.\nGoodbye.');
		expect(answerText({ messages: [{ role: 'user', content: 'Hi' }] })).toBeNull();
	});
});

describe('findNearDuplicates over a file', () => {
	it('names file lines, past blank and invalid lines', async () => {
		const line = (answer: string) =>
			JSON.stringify({
				messages: [
					{ role: 'user', content: 'Q' },
					{ role: 'assistant', content: answer }
				]
			});
		const text = [line(twenty), '', '{"messages": [', line(unrelated), line(twenty + '!')].join(
			'\n'
		);
		const events = readLines(new Blob([text]).stream(), { streamOffset: 0 });
		const report = await findNearDuplicates(events, { format: 'chat', jsonArray: false });
		expect(report).toMatchObject({ checked: 3, nearDuplicates: 1, sampled: false });
		expect(report.pairs.map(({ line, ofLine }) => [line, ofLine])).toEqual([[5, 1]]);
	});
});

const PINNED_START = Uint32Array.from([1212717886, 61203010, 119479453, 821743164]);
