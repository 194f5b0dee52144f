// Test-only: varied text for comparing encoders, from a seeded generator so a failure can be reproduced.

/** Mulberry32: a small seeded PRNG; the same seed gives the same sequence on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const SAMPLE_PIECES: Record<string, string[]> = {
	ascii: [
		'The quick brown fox',
		'jumps over',
		'the lazy dog.',
		"It's",
		"we'll",
		'HELLO',
		'x',
		'a1b2c3'
	],
	french: ['Ça déçoit', 'où êtes-vous ?', 'l’été à Noël', 'Œuvre naïve', 'élève', '« guillemets »'],
	emoji: ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇫🇷', '❤️', '🚲'],
	cjk: ['日本語のテキスト', '中文文本', '한국어 텍스트', '東京都', 'ｆｕｌｌｗｉｄｔｈ'],
	code: [
		'function add(a, b) { return a + b; }',
		'if (x !== null) {\n\treturn x?.y ?? 0;\n}',
		'SELECT * FROM users WHERE id = 42;',
		'def f(x):\n    return x ** 2\n',
		'{"key": [1, 2.5e-3, true, null]}'
	],
	whitespace: ['   ', '\n\n\n', '\t\t', ' \n \n', '        \n', '\r\n', '\u00a0', '\u3000'],
	numbers: ['1234567890', '3.14159', '-0.5', '1,000,000', '2026-11-25', '$5.00'],
	special: [
		'<|endoftext|>',
		'<|endofprompt|>',
		'<|im_start|>',
		'<|im_end|>',
		'<|im_sep|>',
		'<|fim_prefix|>',
		'<|fim_middle|>',
		'<|fim_suffix|>',
		'<|startoftext|>',
		'<|'
	],
	odd: [
		'\u0085',
		'a\u0085b',
		'\ufeff\ufeff\ufeff',
		'\u200b',
		'\ufeff',
		'e\u0301',
		'Ａ',
		'\u0000',
		'🏳️‍⚧️',
		'ß',
		'İ'
	]
};

/** A piece of text mixing the sample kinds at random, with long runs now and then. */
export function randomText(random: () => number, maxPieces = 40): string {
	const kinds = Object.values(SAMPLE_PIECES);
	const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
	let text = '';
	const pieces = 1 + Math.floor(random() * maxPieces);
	for (let i = 0; i < pieces; i++) {
		const piece = pick(pick(kinds));
		const repeat = random() < 0.05 ? 1 + Math.floor(random() * 200) : 1;
		text += piece.repeat(repeat) + (random() < 0.6 ? ' ' : '');
	}
	return text;
}
