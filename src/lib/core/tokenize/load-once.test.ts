import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
	it('loads each key once, shares the result, and tries again after a failure', async () => {
		const calls: string[] = [];
		let fail = true;
		const load = loadOnce(async (key: string) => {
			calls.push(key);
			if (key === 'flaky' && fail) throw new Error('not yet');
			return key.toUpperCase();
		});
		const [first, second] = [load('a'), load('a')];
		expect(first).toBe(second);
		expect(await first).toBe('A');
		await expect(load('flaky')).rejects.toThrow('not yet');
		fail = false;
		expect(await load('flaky')).toBe('FLAKY');
		expect(calls).toEqual(['a', 'flaky', 'flaky']);
	});
});
