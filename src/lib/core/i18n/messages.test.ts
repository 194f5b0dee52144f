import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseLocale, locales } from './locale';

/** Message files are read as they are in the repository, as the compiler reads them. */
const MESSAGES = join(import.meta.dirname, '../../../../messages');
const SETTINGS = join(import.meta.dirname, '../../../../project.inlang/settings.json');

type Message = string | { declarations?: string[]; match: Record<string, string> }[];

function messagesOf(area: string, locale: string): Record<string, Message> {
	const messages = JSON.parse(
		readFileSync(join(MESSAGES, area, `${locale}.json`), 'utf8')
	) as Record<string, Message>;
	// The schema address is the file's, not a message.
	delete messages.$schema;
	return messages;
}

/** The texts a message can produce (one, or one per plural variant). */
function texts(message: Message): string[] {
	return typeof message === 'string' ? [message] : message.flatMap((m) => Object.values(m.match));
}

/** The placeholders a message takes: `{name}` in its texts and `input name` declarations. */
function placeholders(message: Message): string[] {
	const names = new Set<string>();
	for (const text of texts(message))
		for (const [, name] of text.matchAll(/\{(\w+)\}/g)) names.add(name!);
	if (typeof message !== 'string')
		for (const variant of message)
			for (const declaration of variant.declarations ?? [])
				if (declaration.startsWith('input ')) names.add(declaration.slice(6));
	return [...names].sort();
}

const areas = readdirSync(MESSAGES, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name)
	.sort();

describe('messages', () => {
	it('are all read by the compiler: every folder is in the project settings', () => {
		const settings = JSON.parse(readFileSync(SETTINGS, 'utf8')) as {
			'plugin.inlang.messageFormat': { pathPattern: string[] };
		};
		const listed = settings['plugin.inlang.messageFormat'].pathPattern
			.map((pattern) => /^\.\/messages\/([\w-]+)\/\{locale\}\.json$/.exec(pattern)?.[1])
			.sort();
		expect(listed).toEqual(areas);
	});

	it('name each key once across the areas', () => {
		const seen = new Map<string, string>();
		const repeated: string[] = [];
		for (const area of areas)
			for (const key of Object.keys(messagesOf(area, baseLocale))) {
				if (seen.has(key)) repeated.push(`${key} (${seen.get(key)} and ${area})`);
				seen.set(key, area);
			}
		expect(repeated).toEqual([]);
	});

	for (const area of areas)
		for (const locale of locales.filter((l) => l !== baseLocale))
			describe(`${area}, ${locale}`, () => {
				const base = messagesOf(area, baseLocale);
				const translated = messagesOf(area, locale);

				it('has every key of the base language, and no other', () => {
					const missing = Object.keys(base).filter((key) => !(key in translated));
					const extra = Object.keys(translated).filter((key) => !(key in base));
					expect({ missing, extra }).toEqual({ missing: [], extra: [] });
				});

				it('has no empty text, in either language', () => {
					const empty = [...Object.entries(base), ...Object.entries(translated)]
						.filter(([, message]) => texts(message).some((text) => text.trim() === ''))
						.map(([key]) => key);
					expect(empty).toEqual([]);
				});

				it('has a catch-all variant in every plural message', () => {
					// French says "many" for a million and more: without `=*` such a count would print the key.
					const open = [...Object.entries(base), ...Object.entries(translated)]
						.filter(([, message]) => typeof message !== 'string')
						.filter(([, message]) =>
							(message as Exclude<Message, string>).some(
								(variant) => !Object.keys(variant.match).some((key) => key.endsWith('=*'))
							)
						)
						.map(([key]) => key);
					expect(open).toEqual([]);
				});

				it('takes the same placeholders as the base language', () => {
					const differing = Object.keys(base)
						.filter((key) => key in translated)
						.filter(
							(key) => placeholders(base[key]!).join() !== placeholders(translated[key]!).join()
						);
					expect(differing).toEqual([]);
				});
			});
});
