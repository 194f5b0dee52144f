import { describe, expect, it, vi } from 'vitest';
import { CountMemo } from './count-memo';

describe('CountMemo', () => {
	it('counts each distinct string once', () => {
		const memo = new CountMemo();
		const countFn = vi.fn((text: string) => text.length);
		expect(memo.count('abc', countFn)).toBe(3);
		expect(memo.count('abc', countFn)).toBe(3);
		expect(memo.count('de', countFn)).toBe(2);
		expect(countFn).toHaveBeenCalledTimes(2);
	});

	it('evicts the least recently used string past the entry limit', () => {
		const memo = new CountMemo(2, 1_000);
		const countFn = vi.fn((text: string) => text.length);
		memo.count('a', countFn);
		memo.count('bb', countFn);
		memo.count('a', countFn); // 'a' is now the most recent
		memo.count('ccc', countFn); // evicts 'bb'
		expect(memo.size).toBe(2);
		countFn.mockClear();
		memo.count('a', countFn);
		expect(countFn).not.toHaveBeenCalled();
		memo.count('bb', countFn);
		expect(countFn).toHaveBeenCalledTimes(1);
	});

	it('keeps its total characters within the limit', () => {
		const memo = new CountMemo(100, 10);
		const countFn = (text: string) => text.length;
		memo.count('aaaa', countFn);
		memo.count('bbbb', countFn);
		memo.count('cccc', countFn);
		expect(memo.chars).toBeLessThanOrEqual(10);
		expect(memo.size).toBe(2);
	});

	it('counts a string longer than the character limit without keeping it', () => {
		const memo = new CountMemo(100, 5);
		expect(memo.count('abcdefgh', (text) => text.length)).toBe(8);
		expect(memo.size).toBe(0);
		expect(memo.chars).toBe(0);
	});
});
