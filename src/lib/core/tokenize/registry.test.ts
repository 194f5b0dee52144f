import { afterAll, describe, expect, it } from 'vitest';
import { ENCODINGS } from './encodings';
import { loadEncoder } from './registry';
import { createOracle } from './testing/oracle';
import { randomText, SAMPLE_PIECES, seededRandom } from './testing/text-samples';

describe.each(ENCODINGS.map((e) => e.name))('%s encoder against tiktoken', (encoding) => {
	const oracle = createOracle(encoding);
	afterAll(() => oracle.free());

	it('counts every sample piece exactly as tiktoken does', async () => {
		const encoder = await loadEncoder(encoding);
		for (const piece of Object.values(SAMPLE_PIECES).flat()) {
			expect(encoder.count(piece), JSON.stringify(piece)).toBe(oracle.count(piece));
		}
	});

	it('counts 2,000 random mixed texts exactly as tiktoken does', async () => {
		const encoder = await loadEncoder(encoding);
		const random = seededRandom(encoding === 'o200k_base' ? 2026 : 1125);
		for (let i = 0; i < 2000; i++) {
			const text = randomText(random);
			expect(encoder.count(text), `sample ${i}: ${JSON.stringify(text)}`).toBe(oracle.count(text));
		}
	});

	it('counts special-token text as ordinary text instead of throwing', async () => {
		const encoder = await loadEncoder(encoding);
		const text = 'before <|endoftext|> middle <|im_start|>user<|im_end|> after';
		expect(() => encoder.count(text)).not.toThrow();
		// As ordinary text the marker splits into several tokens; as a special token it would be one.
		expect(encoder.count('<|endoftext|>')).toBeGreaterThan(1);
		expect(encoder.count(text)).toBe(oracle.count(text));
	});

	it('counts long whitespace runs and a long single line exactly', async () => {
		const encoder = await loadEncoder(encoding);
		for (const text of [
			' '.repeat(10_000),
			'\n'.repeat(5_000),
			'ab '.repeat(50_000),
			'日本'.repeat(2_000)
		]) {
			expect(encoder.count(text)).toBe(oracle.count(text));
		}
	});
});

describe('loadEncoder', () => {
	it('returns the same encoder for repeated loads', async () => {
		expect(await loadEncoder('o200k_base')).toBe(await loadEncoder('o200k_base'));
	});

	it('gives different counts for the two encodings where their vocabularies differ', async () => {
		const text = 'Ça déçoit, 日本語のテキスト';
		const [o200k, cl100k] = await Promise.all([
			loadEncoder('o200k_base'),
			loadEncoder('cl100k_base')
		]);
		expect(o200k.count(text)).not.toBe(cl100k.count(text));
	});

	it('counts the empty string as zero tokens', async () => {
		expect((await loadEncoder('cl100k_base')).count('')).toBe(0);
	});
});
