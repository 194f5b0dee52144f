import { describe, expect, it } from 'vitest';
import { excerptAround, ownValue, previewValue, shorten } from './values';

describe('ownValue', () => {
	it('reads own keys only, so prototype names are plain keys', () => {
		const parsed = JSON.parse('{"__proto__": {"role": "x"}, "a": 1}') as Record<string, unknown>;
		expect(ownValue(parsed, 'a')).toBe(1);
		expect(ownValue(parsed, 'role')).toBeUndefined();
		expect(ownValue(parsed, 'constructor')).toBeUndefined();
		expect(ownValue(parsed, 'toString')).toBeUndefined();
		expect(ownValue(parsed, '__proto__')).toEqual({ role: 'x' });
	});
});

describe('previewValue', () => {
	it('renders compact JSON for small values', () => {
		expect(previewValue({ role: 'user', content: ['a', 1, null, true] })).toBe(
			'{"role":"user","content":["a",1,null,true]}'
		);
	});

	it('stops at six levels and at about 120 characters', () => {
		const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`) as unknown;
		expect(previewValue(deep)).toBe('[[[[[[[…]]]]]]]');
		const wide = Array.from({ length: 100_000 }, (_, index) => index);
		const preview = previewValue(wide);
		expect(preview).toHaveLength(120);
		expect(preview.startsWith('[0,1,2,3,')).toBe(true);
		expect(preview.endsWith('…')).toBe(true);
	});

	it('cuts a long string early', () => {
		expect(previewValue('x'.repeat(1_000_000))).toBe(`"${'x'.repeat(118)}…`);
	});
});

describe('shorten', () => {
	it('keeps short text and cuts long text to the limit with an ellipsis', () => {
		expect(shorten('abc', 5)).toBe('abc');
		expect(shorten('abcdef', 5)).toBe('abcd…');
	});

	it('never splits a surrogate pair', () => {
		expect(shorten('abc😀def', 5)).toBe('abc…');
	});
});

describe('excerptAround', () => {
	it('centres on the offset and marks both cuts', () => {
		const text = `${'a'.repeat(100)}X${'b'.repeat(100)}`;
		expect(excerptAround(text, 100, 12)).toBe('…aaaaaXbbbb…');
		expect(excerptAround('short', 2)).toBe('short');
	});
});
