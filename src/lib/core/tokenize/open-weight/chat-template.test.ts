import { describe, expect, it } from 'vitest';
import {
	ChatTemplate,
	ChatTemplateError,
	chatTemplateOf,
	specialTokenVariables
} from './chat-template';

describe('chatTemplateOf', () => {
	it('reads a template string, or none', () => {
		expect(chatTemplateOf({ chat_template: '{{ x }}' })).toEqual({ ok: true, source: '{{ x }}' });
		expect(chatTemplateOf({})).toEqual({ ok: true, source: null });
		expect(chatTemplateOf({ chat_template: null })).toEqual({ ok: true, source: null });
	});

	it("takes the 'default' entry of a list of named templates", () => {
		const config = {
			chat_template: [
				{ name: 'tool_use', template: 'TOOLS' },
				{ name: 'default', template: 'DEFAULT' }
			]
		};
		expect(chatTemplateOf(config)).toEqual({ ok: true, source: 'DEFAULT' });
	});

	it('refuses a list without a default and a template of another kind', () => {
		expect(chatTemplateOf({ chat_template: [{ name: 'rag', template: 'R' }] })).toEqual({
			ok: false,
			error: 'chat_template lists named templates but none named "default" with a template string.'
		});
		expect(chatTemplateOf({ chat_template: 42 })).toEqual({
			ok: false,
			error: 'chat_template must be a string or a list of named templates.'
		});
	});
});

describe('specialTokenVariables', () => {
	it('reads tokens written as strings or as AddedToken objects, and skips nulls', () => {
		expect(
			specialTokenVariables({
				bos_token: '<s>',
				eos_token: { __type: 'AddedToken', content: '</s>', special: true },
				pad_token: null,
				additional_special_tokens: ['<a>', { content: '<b>' }],
				chat_template: 'ignored'
			})
		).toEqual({ bos_token: '<s>', eos_token: '</s>', additional_special_tokens: ['<a>', '<b>'] });
	});
});

describe('ChatTemplate', () => {
	const source =
		'{{ bos_token }}{% for m in messages %}[{{ m.role }}:{{ m.content }}]{% endfor %}' +
		'{% if add_generation_prompt %}GEN{% endif %}{% if tools %}TOOLS{% endif %}';

	it('renders as apply_chat_template does for training: special tokens, no generation prompt, no tools', () => {
		const template = new ChatTemplate(source, { bos_token: '<s>' });
		expect(
			template.render([
				{ role: 'user', content: 'hi' },
				{ role: 'assistant', content: 'hello' }
			])
		).toBe('<s>[user:hi][assistant:hello]');
	});

	it('passes only role and content to the template', () => {
		const template = new ChatTemplate(
			'{{ messages[0].name is defined }}/{{ messages[0].role }}',
			{}
		);
		const message = { role: 'user', content: 'x', name: 'alice' };
		expect(template.render([message])).toBe('false/user');
	});

	it('applies whitespace control as Hugging Face does (trim_blocks, lstrip_blocks)', () => {
		const template = new ChatTemplate(
			'{% for m in messages %}\n    {{ m.content }}\n{% endfor %}\n',
			{}
		);
		expect(template.render([{ role: 'user', content: 'a' }])).toBe('    a\n');
	});

	it('reports a template that does not parse', () => {
		expect(() => new ChatTemplate('{% for m in messages %}', {})).toThrow(ChatTemplateError);
	});

	it("reports the template's own refusal", () => {
		const template = new ChatTemplate("{{ raise_exception('Only user turns') }}", {});
		expect(() => template.render([{ role: 'user', content: 'x' }])).toThrow(
			new ChatTemplateError('Only user turns')
		);
	});
});
