import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { TOKENIZERS } from './tokenizers';

const choice = (name: string) => TOKENIZERS.find((tokenizer) => tokenizer.name === name)!;

describe('TOKENIZERS', () => {
	afterEach(() => useLocale('en'));

	it('writes the models and the licence notices in the language of the moment they are read', () => {
		const o200k = choice('o200k_base');
		const qwen = choice('qwen3');
		expect(o200k.models).toBe('GPT-4o, GPT-4.1, o-series');
		expect(o200k.licence).toBeNull();
		expect(qwen.licence).toBe('Qwen3 tokenizer: Apache-2.0.');
		useLocale('fr');
		expect(o200k.models).toBe('GPT-4o, GPT-4.1, série o');
		expect(qwen.licence).toBe('Tokenizer de Qwen3\u00a0: Apache-2.0.');
		expect(choice('llama3').licence).toMatch(
			/^Built with Llama\. .*Llama 3\.1 Community License Agreement \(Meta\)\.$/
		);
	});
});
