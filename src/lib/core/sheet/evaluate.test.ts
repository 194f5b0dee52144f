import { describe, expect, it } from 'vitest';
import { evaluateInput, MAX_INPUT_LENGTH, MAX_NESTING } from './evaluate';

function valueOf(text: string): number {
	const result = evaluateInput(text);
	if (!result.ok) throw new Error(`${JSON.stringify(text)} failed: ${result.error}`);
	return result.value;
}

function errorOf(text: string): { error: string; at?: number } {
	const result = evaluateInput(text);
	if (result.ok) throw new Error(`${JSON.stringify(text)} gave ${result.value}, expected an error`);
	return result.at === undefined ? { error: result.error } : { error: result.error, at: result.at };
}

describe('evaluateInput: plain values', () => {
	it.each([
		['1200', 1200],
		['0', 0],
		['007', 7],
		['1,200', 1200],
		['1,234,567', 1234567],
		['1,200.50', 1200.5],
		['0.5', 0.5],
		['.5', 0.5],
		['5.', 5],
		['2e6', 2e6],
		['2E6', 2e6],
		['2e+3', 2000],
		['2.5e-3', 0.0025],
		['1.5k', 1500],
		['1.5K', 1500],
		['2M', 2e6],
		['2m', 2e6],
		['3b', 3e9],
		['3B', 3e9],
		['1T', 1e12],
		['1t', 1e12],
		['2 M', 2e6],
		['1,500k', 1.5e6],
		['30%', 0.3],
		['7.5%', 0.075],
		['0.1%', 0.001],
		['100%', 1],
		['$3', 3],
		['$0.50', 0.5],
		['$1,200', 1200],
		['$.5', 0.5],
		['$ 3', 3],
		['$1.5k', 1500],
		['-$3', -3],
		['- $3', -3],
		['-3', -3],
		['+3', 3],
		['-30%', -0.3],
		['\u22125', -5],
		['  42  ', 42],
		['\t42\n', 42],
		['\u00a042', 42]
	])('%j is %d', (text, expected) => {
		expect(valueOf(text)).toBe(expected);
	});

	it('shifts the written digits for suffixes, so scaled decimals are the nearest double', () => {
		// 1.1 × 1e6 computed in floating point is 1100000.0000000002.
		expect(valueOf('1.1M')).toBe(1_100_000);
		expect(valueOf('0.7%')).toBe(0.007);
		expect(valueOf('2.3k')).toBe(2300);
	});

	it('gives 0 rather than -0', () => {
		expect(Object.is(valueOf('-0'), 0)).toBe(true);
		expect(Object.is(valueOf('=-0*5'), 0)).toBe(true);
	});

	it('rounds a tiny exponent to 0', () => {
		expect(valueOf('1e-999')).toBe(0);
	});
});

describe('evaluateInput: formulas after =', () => {
	it.each([
		['=1200*30', 36000],
		['=(2+3)*4', 20],
		['=2+3*4', 14],
		['=10-4-3', 3],
		['=100/10/5', 2],
		['=2^10', 1024],
		['=2*3^2', 18],
		['=2^-1', 0.5],
		['=2^(1/2)', Math.SQRT2],
		['=(-2)^2', 4],
		['=-(2^2)', -4],
		['=+2^2', 4],
		['=-3+5', 2],
		['=--5', 5],
		['=2*-3', -6],
		['=1.5k*12', 18000],
		['=30%*200', 60],
		['=(2+3)%', 0.05],
		['=$3*1M/1M', 3],
		['=1,200*2', 2400],
		['= 1 + 2 * 3 ', 7],
		['  =7', 7],
		['=5\u22122', 3],
		['=((((1))))', 1],
		['=0^0', 1]
	])('%j is %d', (text, expected) => {
		expect(valueOf(text)).toBe(expected);
	});

	it('matches a reference evaluation of random expressions with + - * / and parentheses', () => {
		let seed = 12345;
		const random = (): number => {
			// mulberry32: a small seeded generator, so a failure can be reproduced.
			seed = (seed + 0x6d2b79f5) | 0;
			let t = seed;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		type Tree = { value: number; text: string; precedence: number; divisionByZero: boolean };
		const spaces = (): string => (random() < 0.3 ? ' ' : '');
		const build = (depth: number): Tree => {
			if (depth === 0 || random() < 0.3) {
				const value = 1 + Math.floor(random() * 99);
				return { value, text: String(value), precedence: 3, divisionByZero: false };
			}
			const operator = '+-*/'[Math.floor(random() * 4)] ?? '+';
			const precedence = operator === '+' || operator === '-' ? 1 : 2;
			const left = build(depth - 1);
			const right = build(depth - 1);
			// Left-associative: a right operand of equal precedence needs parentheses to keep its order.
			const leftText = left.precedence < precedence ? `(${left.text})` : left.text;
			const rightText = right.precedence <= precedence ? `(${right.text})` : right.text;
			const value =
				operator === '+'
					? left.value + right.value
					: operator === '-'
						? left.value - right.value
						: operator === '*'
							? left.value * right.value
							: left.value / right.value;
			return {
				value,
				text: `${leftText}${spaces()}${operator}${spaces()}${rightText}`,
				precedence,
				divisionByZero:
					left.divisionByZero || right.divisionByZero || (operator === '/' && right.value === 0)
			};
		};
		let checked = 0;
		for (let i = 0; i < 500; i++) {
			const tree = build(4);
			const text = `=${tree.text}`;
			if (text.length > MAX_INPUT_LENGTH) continue;
			const result = evaluateInput(text);
			if (tree.divisionByZero) {
				expect(result, text).toMatchObject({ ok: false, error: 'Division by zero' });
			} else {
				expect(result, text).toEqual({ ok: true, value: tree.value === 0 ? 0 : tree.value });
			}
			checked++;
		}
		expect(checked).toBeGreaterThan(400);
	});
});

describe('evaluateInput: errors for a person', () => {
	it.each([
		['', 'Empty input', undefined],
		['   ', 'Empty input', undefined],
		['=', "Nothing after '='", 0],
		['=  ', "Nothing after '='", 0],
		['1_000', "Unexpected '_' at character 2", 1],
		['US$3', "Unexpected 'U' at character 1", 0],
		['$-3', "Unexpected '-' at character 2", 1],
		['12abc', "Unexpected 'a' at character 3", 2],
		['=5x+1', "Unexpected 'x' at character 3", 2],
		['=2(3)', "Unexpected '(' at character 3", 2],
		['1 200', "Unexpected '2' at character 3", 2],
		['1.2.3', "Unexpected '.' at character 4", 3],
		['.', "Unexpected '.' at character 1", 0],
		['1.5,000', "Unexpected ',' at character 4", 3],
		['2kk', "Unexpected 'k' at character 3", 2],
		['50%%', "Unexpected '%' at character 4", 3],
		['==1', "Unexpected '=' at character 2", 1],
		["'1'", `Unexpected "'" at character 1`, 0],
		['1\u00002', 'Unexpected U+0000 at character 2', 1],
		['2e', "Incomplete exponent at character 2: expected digits after 'e'", 1],
		['2e+', "Incomplete exponent at character 2: expected digits after 'e'", 1],
		['0,5', "Misplaced ',' at character 2: commas separate groups of three digits, as in 1,200", 1],
		[
			'1,2345',
			"Misplaced ',' at character 2: commas separate groups of three digits, as in 1,200",
			1
		],
		[
			'1234,567',
			"Misplaced ',' at character 5: commas separate groups of three digits, as in 1,200",
			4
		],
		[
			'1,200,',
			"Misplaced ',' at character 6: commas separate groups of three digits, as in 1,200",
			5
		],
		['$30%', "A value can't be both '$' and '%' (character 4)", 3],
		['$', "Unfinished: expected a number after '$'", 1],
		['-', "Unfinished: expected a number after '-'", 1],
		['=2+', "Unfinished: expected a number after '+'", 3],
		['=2* ', "Unfinished: expected a number after '*'", 3],
		['=()', "Unexpected ')' at character 3", 2],
		['=(2+3', "Missing ')' for the '(' at character 2", 5],
		['=2+3)', "Unexpected ')' at character 5", 4],
		['=1/0', 'Division by zero', 2],
		['=0/0', 'Division by zero', 2],
		['=5/(2-2)', 'Division by zero', 2],
		['=0^-1', 'Division by zero', 2],
		['=(-8)^(1/3)', 'No real result: a negative number to a fractional power', 5],
		['=-2^2', "Ambiguous minus before '^': add parentheses, as in (-2)^2 or -(2^2)", 1],
		['=3*-2^2', "Ambiguous minus before '^': add parentheses, as in (-2)^2 or -(2^2)", 3],
		['=2^3^2', "Ambiguous '^' after '^': add parentheses, as in (2^3)^2 or 2^(3^2)", 4],
		['=2^-3^2', "Ambiguous '^' after '^': add parentheses, as in (2^3)^2 or 2^(3^2)", 5],
		['1e999', 'Number too large', 0],
		['=1e200*1e200', 'Number too large', 6],
		['=1e308+1e308', 'Number too large', 6],
		['=10^400', 'Number too large', 3],
		['1e99999999999999999999', 'Number too large', 0]
	])('%j: %s', (text, error, at) => {
		expect(errorOf(text)).toEqual(at === undefined ? { error } : { error, at });
	});

	it('asks for = before arithmetic instead of working it out', () => {
		expect(errorOf('1200*30')).toEqual({
			error: "To calculate, start with '=', as in =1200*30",
			at: 0
		});
		// A pasted date or phone number must not become a number.
		expect(errorOf('2024-01-05').error).toBe("To calculate, start with '=', as in =2024-01-05");
		expect(errorOf('1-800-555').error).toBe("To calculate, start with '=', as in =1-800-555");
		expect(errorOf('(5)').error).toBe("To calculate, start with '=', as in =(5)");
		expect(errorOf('--5').error).toBe("To calculate, start with '=', as in =--5");
		expect(errorOf('  2^10 ').error).toBe("To calculate, start with '=', as in =2^10");
	});

	it('reports positions in the text as given, leading spaces included', () => {
		expect(errorOf('   12x')).toEqual({ error: "Unexpected 'x' at character 6", at: 5 });
	});

	it('refuses hostile and non-numeric strings as plain errors', () => {
		const hostile = [
			'constructor',
			'__proto__',
			'toString',
			'valueOf',
			'alert(1)',
			'=alert(1)',
			'1;2',
			'process.exit()',
			'=process.exit()',
			'0x10',
			'0b101',
			'0o17',
			'Infinity',
			'-Infinity',
			'NaN',
			'=a.b',
			'=[1]',
			'={}',
			'=`1`',
			'=1,2',
			'=1==1',
			'=1&&2',
			'<script>',
			'\u{1F600}'
		];
		for (const text of hostile) {
			const result = evaluateInput(text);
			expect(result.ok, text).toBe(false);
		}
		expect(errorOf('0x10')).toEqual({ error: "Unexpected 'x' at character 2", at: 1 });
		expect(errorOf('Infinity')).toEqual({ error: "Unexpected 'I' at character 1", at: 0 });
		expect(errorOf('__proto__')).toEqual({ error: "Unexpected '_' at character 1", at: 0 });
		expect(errorOf('\u{1F600}').error).toBe("Unexpected '\u{1F600}' at character 1");
	});
});

describe('evaluateInput: bounds', () => {
	it(`accepts ${MAX_INPUT_LENGTH} characters and refuses one more`, () => {
		const longest = `=${'1+'.repeat((MAX_INPUT_LENGTH - 2) / 2)}1`;
		expect(longest.length).toBe(MAX_INPUT_LENGTH);
		expect(valueOf(longest)).toBe(MAX_INPUT_LENGTH / 2);
		expect(errorOf(`${longest}0`)).toEqual({ error: 'Too long: at most 200 characters' });
	});

	it('does not count surrounding spaces', () => {
		expect(valueOf(`${' '.repeat(500)}5${' '.repeat(500)}`)).toBe(5);
	});

	it('refuses a 1 MB string', () => {
		expect(errorOf('9'.repeat(1_000_000))).toEqual({ error: 'Too long: at most 200 characters' });
		expect(errorOf(`=${'1+'.repeat(500_000)}1`).error).toBe('Too long: at most 200 characters');
	});

	it('refuses 10,000 nested parentheses without overflowing the stack', () => {
		const deep = `=${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
		expect(errorOf(deep)).toEqual({ error: 'Too long: at most 200 characters' });
	});

	it(`allows ${MAX_NESTING} nested parentheses and refuses ${MAX_NESTING + 1}`, () => {
		const nested = (depth: number): string => `=${'('.repeat(depth)}7${')'.repeat(depth)}`;
		expect(valueOf(nested(MAX_NESTING))).toBe(7);
		expect(errorOf(nested(MAX_NESTING + 1))).toEqual({
			error: 'Too deeply nested: at most 50 parentheses',
			at: MAX_NESTING + 1
		});
		// Unclosed: the depth is refused before the missing ')'.
		expect(errorOf(`=${'('.repeat(120)}`).error).toBe('Too deeply nested: at most 50 parentheses');
	});

	it('reads a long run of signs', () => {
		expect(valueOf(`=${'-'.repeat(150)}4`)).toBe(4);
		expect(valueOf(`=${'-'.repeat(151)}4`)).toBe(-4);
	});
});
