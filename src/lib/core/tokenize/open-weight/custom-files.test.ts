import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../i18n/locale';
import { readTokenizerBlobs } from './custom-files';
import { TINY_BPE, TINY_TEMPLATE } from './testing/tiny';

function file(name: string, content: string): File {
	return new File([content], name);
}

const tokenizerJson = JSON.stringify(TINY_BPE);
const config = JSON.stringify({ chat_template: TINY_TEMPLATE });

describe('readTokenizerBlobs', () => {
	it('tells the files apart by name, in any order, and keeps their text', async () => {
		const read = await readTokenizerBlobs([
			file('tokenizer_config.json', config),
			file('tokenizer.json', tokenizerJson)
		]);
		expect(read).toEqual({
			ok: true,
			files: { tokenizerJson, tokenizerConfig: config, chatTemplate: null },
			summary: { modelType: 'BPE', vocabularySize: 12, hasChatTemplate: true }
		});
	});

	it('takes a chat_template.jinja, and a tokenizer.json alone', async () => {
		const withTemplate = await readTokenizerBlobs([
			file('tokenizer.json', tokenizerJson),
			file('chat_template.jinja', TINY_TEMPLATE)
		]);
		expect(withTemplate.ok && withTemplate.files.chatTemplate).toBe(TINY_TEMPLATE);
		const alone = await readTokenizerBlobs([file('my-model.json', tokenizerJson)]);
		expect(alone.ok && alone.summary.hasChatTemplate).toBe(false);
	});

	it('refuses a missing tokenizer.json, two of a kind, other files, and a bad tokenizer', async () => {
		expect(await readTokenizerBlobs([])).toEqual({ ok: false, error: 'Choose a tokenizer.json.' });
		expect(await readTokenizerBlobs([file('tokenizer_config.json', config)])).toEqual({
			ok: false,
			error:
				'Add the tokenizer.json too: tokenizer_config.json and chat templates hold no vocabulary.'
		});
		expect(
			await readTokenizerBlobs([file('a.json', tokenizerJson), file('b.json', tokenizerJson)])
		).toEqual({
			ok: false,
			error: 'a.json and b.json both look like a tokenizer.json: choose one.'
		});
		expect(await readTokenizerBlobs([file('vocab.txt', 'a\nb')])).toEqual({
			ok: false,
			error:
				'vocab.txt: not a tokenizer file. Choose tokenizer.json, and optionally tokenizer_config.json and chat_template.jinja.'
		});
		const broken = await readTokenizerBlobs([file('tokenizer.json', '{"model": ')]);
		expect(broken.ok).toBe(false);
		expect(!broken.ok && broken.error).toMatch(/^tokenizer\.json is not valid JSON/);
	});
});

describe('readTokenizerBlobs in French', () => {
	afterEach(() => useLocale('en'));

	it('names the file it refuses, in French', async () => {
		useLocale('fr');
		expect(await readTokenizerBlobs([file('notes.txt', 'x')])).toEqual({
			ok: false,
			error:
				'notes.txt\u00a0: ce n’est pas un fichier de tokenizer. Choisissez tokenizer.json et, si vous le souhaitez, tokenizer_config.json et chat_template.jinja.'
		});
		expect(
			await readTokenizerBlobs([file('a.json', tokenizerJson), file('b.json', tokenizerJson)])
		).toEqual({
			ok: false,
			error: 'a.json et b.json ressemblent tous deux à un tokenizer.json\u00a0: choisissez-en un.'
		});
	});
});
