import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../i18n/locale';
import { MAX_TOKENIZER_JSON_CHARS, readTokenizerFiles } from './custom';
import { createReference } from './testing/reference';
import { specialToken, TINY_BPE, TINY_TEMPLATE } from './testing/tiny';
import { describeChatCountMethod } from './chat-method';
import { ESTIMATED_CHAT_OVERHEAD, type TokenizerJsonData } from './tokenizer';

function read(
	tokenizer: unknown = TINY_BPE,
	config?: unknown,
	template?: string
): ReturnType<typeof readTokenizerFiles> {
	return readTokenizerFiles(
		JSON.stringify(tokenizer),
		config === undefined ? undefined : JSON.stringify(config),
		template
	);
}

function readOk(tokenizer: unknown = TINY_BPE, config?: unknown, template?: string) {
	const result = read(tokenizer, config, template);
	if (!result.ok) throw new Error(result.error);
	return result;
}

function errorOf(result: ReturnType<typeof readTokenizerFiles>): string {
	return result.ok ? 'accepted' : result.error;
}

const withModel = (model: Record<string, unknown>) => ({
	...TINY_BPE,
	model: { ...TINY_BPE.model, ...model }
});

const EXAMPLE = [
	{ role: 'user', content: 'abc' },
	{ role: 'assistant', content: 'ab c' }
];

describe('readTokenizerFiles with a tiny BPE tokenizer', () => {
	it('summarises the file', () => {
		expect(readOk().summary).toEqual({
			modelType: 'BPE',
			vocabularySize: 12,
			hasChatTemplate: false
		});
		expect(readOk(TINY_BPE, { chat_template: TINY_TEMPLATE }).summary.hasChatTemplate).toBe(true);
	});

	it('counts by its merges, as worked out by hand', () => {
		const { tokenizer } = readOk();
		expect(tokenizer.encode('abc ab')).toEqual([5, 4]);
		expect(tokenizer.encode('abcab')).toEqual([5, 4]);
		expect(tokenizer.encode('cab')).toEqual([3, 4]);
		expect(tokenizer.encode('abc  abc\nab')).toEqual([5, 5, 4]);
		expect(tokenizer.count('x')).toBe(1);
		expect(tokenizer.count('user')).toBe(4);
		expect(tokenizer.count('')).toBe(0);
	});

	it("counts as Hugging Face's Rust tokenizer does on the same file", async () => {
		const { tokenizer } = readOk();
		const reference = createReference(TINY_BPE as TokenizerJsonData, { specialTokens: false });
		for (const text of ['abc ab', 'cabbage', '<s>ab</s>', 'a\tb\nc', 'zzz abcabc']) {
			expect(tokenizer.encode(text), text).toEqual(await reference.encode(text));
		}
	});

	it('counts special-token text in content as ordinary text', () => {
		const { tokenizer } = readOk();
		expect(tokenizer.encode('<s>')).toEqual([6, 8, 7]);
		expect(tokenizer.encode('ab</s>')).toEqual([4, 6, 11, 8, 7]);
	});

	it('renders with the chat template and counts its special tokens as one each', () => {
		const { tokenizer } = readOk(TINY_BPE, { chat_template: TINY_TEMPLATE });
		expect(tokenizer.renderChat(EXAMPLE)).toBe('<s>a abc</s><s>b ab c</s>');
		// <s> a abc </s> <s> b ab c </s>: 9 tokens, of which the contents 'abc' (1) and 'ab c' (2).
		expect(tokenizer.countChat(EXAMPLE)).toEqual({
			total: 9,
			content: 3,
			template: 6,
			estimated: false,
			method: { kind: 'rendered', template: { kind: 'file' } }
		});
		expect(describeChatCountMethod(tokenizer.countChat(EXAMPLE).method)).toBe(
			"Rendered with the file's chat template and tokenized; each special token counts as 1."
		);
	});

	it('prefers a chat_template.jinja over the config', () => {
		const { tokenizer } = readOk(
			TINY_BPE,
			{ chat_template: TINY_TEMPLATE },
			'{% for m in messages %}{{ m.content }} {% endfor %}'
		);
		expect(tokenizer.renderChat(EXAMPLE)).toBe('abc ab c ');
		expect(tokenizer.countChat(EXAMPLE).total).toBe(3);
	});

	it('estimates with the stated overhead when there is no chat template', () => {
		const { tokenizer } = readOk();
		expect(ESTIMATED_CHAT_OVERHEAD).toEqual({
			perMessage: 4,
			perConversation: 1,
			generationPrompt: 3
		});
		expect(tokenizer.renderChat(EXAMPLE)).toBeNull();
		// 1 per conversation + (4 + 'user' 4 tokens) + (4 + 'assistant' 9 tokens) = 22.
		expect(tokenizer.countChat(EXAMPLE)).toEqual({
			total: 25,
			content: 3,
			template: 22,
			estimated: true,
			method: { kind: 'estimated', refused: null, request: false }
		});
		expect(describeChatCountMethod(tokenizer.countChat(EXAMPLE).method)).toBe(
			'Estimate (no chat template): 4 tokens + the role per message, + 1 per conversation, as a ChatML-style template would add.'
		);
		// A request adds the opening of the reply: 3 more.
		expect(tokenizer.countChat(EXAMPLE, { addGenerationPrompt: true })).toMatchObject({
			total: 28,
			template: 25,
			estimated: true
		});
	});

	it('renders the opening of the reply for a request when the template writes one', () => {
		const withPrompt = `${TINY_TEMPLATE}{% if add_generation_prompt %}<s>b{% endif %}`;
		const { tokenizer } = readOk(TINY_BPE, { chat_template: withPrompt });
		expect(tokenizer.renderChat(EXAMPLE, { addGenerationPrompt: true })).toBe(
			'<s>a abc</s><s>b ab c</s><s>b'
		);
		expect(tokenizer.countChat(EXAMPLE, { addGenerationPrompt: true }).total).toBe(
			tokenizer.countChat(EXAMPLE).total + 2
		);
	});

	it("keeps the added tokens' strip flags", async () => {
		// No pre-tokenizer, so spaces reach the model: ' ' is a token of its own unless an added token strips it.
		const stripping = {
			...TINY_BPE,
			pre_tokenizer: null,
			added_tokens: [{ ...specialToken(12, '<x>'), special: false, rstrip: true }],
			model: { ...TINY_BPE.model, vocab: { ...TINY_BPE.model.vocab, ' ': 13 } }
		};
		const { tokenizer } = readOk(stripping);
		expect(tokenizer.encode('<x> ab')).toEqual([12, 4]);
		expect(tokenizer.encode('ab <x> ab')).toEqual([4, 13, 12, 4]);
		const reference = createReference(stripping as TokenizerJsonData, { specialTokens: true });
		expect(await reference.encode('ab <x> ab')).toEqual([4, 13, 12, 4]);
	});

	it('keeps __proto__ keys as data', () => {
		const text = JSON.stringify(TINY_BPE).replace('{', '{"__proto__":{"polluted":true},');
		const result = readTokenizerFiles(text);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('readTokenizerFiles with a tiny Unigram tokenizer', () => {
	/** Pieces with log-probabilities: 'ab' (−0.5) beats 'a' then 'b' (−1 − 2), and 'abc' is 'ab' + 'c'. */
	const TINY_UNIGRAM = {
		...TINY_BPE,
		added_tokens: [],
		pre_tokenizer: { type: 'WhitespaceSplit' },
		model: {
			type: 'Unigram',
			unk_id: 0,
			byte_fallback: false,
			vocab: [
				['<unk>', 0],
				['a', -1],
				['b', -2],
				['c', -2],
				['ab', -0.5]
			]
		}
	};

	it('summarises and counts by the most likely pieces', async () => {
		const { tokenizer, summary } = readOk(TINY_UNIGRAM);
		expect(summary).toEqual({ modelType: 'Unigram', vocabularySize: 5, hasChatTemplate: false });
		expect(tokenizer.encode('ab abc ba')).toEqual([4, 4, 3, 2, 1]);
		const reference = createReference(TINY_UNIGRAM as TokenizerJsonData, { specialTokens: true });
		expect(await reference.encode('ab abc ba')).toEqual([4, 4, 3, 2, 1]);
	});
});

describe('readTokenizerFiles refuses bad files', () => {
	it('text that is not JSON', () => {
		expect(errorOf(readTokenizerFiles('{"model": '))).toMatch(
			/^tokenizer\.json is not valid JSON: /
		);
	});

	it('a tokenizer_config.json given as the tokenizer', () => {
		expect(errorOf(read({ chat_template: 'x', tokenizer_class: 'LlamaTokenizer' }))).toBe(
			'This is a tokenizer_config.json, not a tokenizer.json: choose tokenizer.json for the tokenizer, and give tokenizer_config.json as the configuration.'
		);
	});

	it('JSON that is not a tokenizer', () => {
		expect(errorOf(read([1, 2, 3]))).toMatch(/^This is not a tokenizer\.json: it has no "model"/);
		expect(errorOf(read({ model: 'BPE' }))).toMatch(/^This is not a tokenizer\.json/);
	});

	it('an unsupported model type, naming the supported ones', () => {
		const wordLevel = withModel({ type: 'WordLevel', merges: undefined });
		expect(errorOf(read(wordLevel))).toBe(
			'The tokenizer model type "WordLevel" is not supported: supported types are BPE, Unigram, WordPiece.'
		);
		expect(errorOf(read(withModel({ type: undefined })))).toBe(
			'tokenizer.json does not say its model type (model.type).'
		);
	});

	it('a malformed model or added token, naming the key', () => {
		expect(errorOf(read(withModel({ merges: undefined })))).toMatch(
			/^tokenizer\.json is malformed: model\.merges: /
		);
		expect(errorOf(read(withModel({ vocab: { a: -1 } })))).toMatch(
			/^tokenizer\.json is malformed: model\.vocab\.a: /
		);
		expect(errorOf(read({ ...TINY_BPE, added_tokens: [{ id: 9, content: '' }] }))).toMatch(
			/^tokenizer\.json is malformed: added_tokens\.0\.content: /
		);
	});

	it('a file over the size limit', () => {
		const huge = ' '.repeat(MAX_TOKENIZER_JSON_CHARS + 1024 * 1024);
		expect(errorOf(readTokenizerFiles(huge))).toBe(
			'tokenizer.json is 65.0 MB; files over 64.0 MB are refused.'
		);
	});

	it('a pipeline part the engine does not know', () => {
		expect(errorOf(read({ ...TINY_BPE, pre_tokenizer: { type: 'Nonsense' } }))).toBe(
			'The tokenizer could not be built from tokenizer.json: Unknown PreTokenizer type: Nonsense'
		);
	});

	it('a config that is not JSON or not an object', () => {
		expect(errorOf(readTokenizerFiles(JSON.stringify(TINY_BPE), '{'))).toMatch(
			/^tokenizer_config\.json is not valid JSON: /
		);
		expect(errorOf(read(TINY_BPE, ['x']))).toBe('tokenizer_config.json must hold a JSON object.');
	});

	it('a malformed chat template', () => {
		expect(
			errorOf(read(TINY_BPE, { chat_template: '{% for m in messages %}{{ m.content }}' }))
		).toMatch(/^The chat template is malformed: /);
		expect(errorOf(read(TINY_BPE, { chat_template: '{{ messages | no_such_filter }}' }))).toMatch(
			/^The chat template is malformed: .*no_such_filter/
		);
		expect(errorOf(read(TINY_BPE, { chat_template: 7 }))).toBe(
			'tokenizer_config.json: chat_template must be a string or a list of named templates.'
		);
	});
});

describe('in French', () => {
	afterEach(() => useLocale('en'));

	it('refuses bad files with French reasons, sizes and typography', () => {
		useLocale('fr');
		expect(errorOf(read({ chat_template: 'x', tokenizer_class: 'LlamaTokenizer' }))).toBe(
			'Ce fichier est un tokenizer_config.json, pas un tokenizer.json\u00a0: choisissez tokenizer.json pour le tokenizer, et donnez tokenizer_config.json comme configuration.'
		);
		expect(errorOf(read(withModel({ type: 'WordLevel', merges: undefined })))).toBe(
			'Le type de modèle de tokenizer «\u00a0WordLevel\u00a0» n’est pas pris en charge\u00a0: les types pris en charge sont BPE, Unigram, WordPiece.'
		);
		const huge = ' '.repeat(MAX_TOKENIZER_JSON_CHARS + 1024 * 1024);
		expect(errorOf(readTokenizerFiles(huge))).toMatch(
			/^tokenizer\.json fait 65,0\sMo\u00a0; les fichiers de plus de 64,0\sMo sont refusés\.$/
		);
		expect(errorOf(read(TINY_BPE, { chat_template: 7 }))).toBe(
			'tokenizer_config.json\u00a0: chat_template doit être une chaîne ou une liste de modèles nommés.'
		);
	});

	it('says how a chat was counted in French', () => {
		const { tokenizer } = readOk();
		useLocale('fr');
		expect(
			describeChatCountMethod(tokenizer.countChat(EXAMPLE, { addGenerationPrompt: true }).method)
		).toBe(
			'Estimation (pas de modèle de chat)\u00a0: 4 tokens + le rôle par message, + 1 par conversation, + 3 pour ouvrir la réponse, comme les ajouterait un modèle de chat de type ChatML.'
		);
	});
});
