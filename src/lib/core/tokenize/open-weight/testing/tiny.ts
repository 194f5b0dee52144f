/** A tokenizer.json and chat template small enough to count by hand, for tests. */
export function specialToken(id: number, content: string) {
	return {
		id,
		content,
		single_word: false,
		lstrip: false,
		rstrip: false,
		normalized: false,
		special: true
	};
}

/**
 * A byte-pair tokenizer small enough to count by hand: words split at whitespace, then `a b` → `ab` and
 * `ab c` → `abc` merge; any other character is [UNK]. `<s>` and `</s>` are special tokens.
 */
export const TINY_BPE = {
	version: '1.0',
	truncation: null,
	padding: null,
	added_tokens: [specialToken(9, '<s>'), specialToken(10, '</s>')],
	normalizer: null,
	pre_tokenizer: { type: 'WhitespaceSplit' },
	post_processor: null,
	decoder: null,
	model: {
		type: 'BPE',
		dropout: null,
		unk_token: '[UNK]',
		continuing_subword_prefix: null,
		end_of_word_suffix: null,
		fuse_unk: false,
		byte_fallback: false,
		ignore_merges: false,
		vocab: { '[UNK]': 0, a: 1, b: 2, c: 3, ab: 4, abc: 5, '<': 6, '>': 7, s: 8, '/': 11 },
		merges: ['a b', 'ab c']
	}
};

export const TINY_TEMPLATE =
	'{% for m in messages %}<s>{% if m.role == "user" %}a{% else %}b{% endif %} {{ m.content }}</s>{% endfor %}';
