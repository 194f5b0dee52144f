/*
 * The files a person picks for a tokenizer, in any order: which is the tokenizer.json, which the
 * tokenizer_config.json and which the chat_template.jinja, told apart by name; then read and checked.
 */
import { m } from '../../i18n/locale';
import type { CustomTokenizerFiles } from '../custom-source';
import {
	MAX_TOKENIZER_CONFIG_CHARS,
	MAX_TOKENIZER_JSON_CHARS,
	readTokenizerFiles,
	type CustomTokenizerSummary
} from './custom';

/** A picked file: a browser File, or a Blob with a name in Node. */
export interface NamedBlob {
	readonly name: string;
	readonly size: number;
	text(): Promise<string>;
}

export type TokenizerBlobsRead =
	| { ok: true; files: Omit<CustomTokenizerFiles, 'name'>; summary: CustomTokenizerSummary }
	| { ok: false; error: string };

type Role = 'tokenizer' | 'config' | 'template';

function roleOf(name: string): Role | null {
	const lower = name.toLowerCase();
	if (lower.endsWith('.jinja') || lower.endsWith('.j2')) return 'template';
	if (!lower.endsWith('.json')) return null;
	return lower.includes('config') ? 'config' : 'tokenizer';
}

/** Bytes a UTF-8 file of at most `chars` characters can take. */
const MAX_BYTES: Record<Role, number> = {
	tokenizer: MAX_TOKENIZER_JSON_CHARS * 4,
	config: MAX_TOKENIZER_CONFIG_CHARS * 4,
	template: MAX_TOKENIZER_CONFIG_CHARS * 4
};

/** What a file of `role` is, as refusals name it ("a tokenizer.json"), in the current language. */
function describeRole(role: Role): string {
	switch (role) {
		case 'tokenizer':
			return m.tokenizers_role_tokenizer();
		case 'config':
			return m.tokenizers_role_config();
		case 'template':
			return m.tokenizers_role_template();
	}
}

/**
 * Reads the picked files: one tokenizer.json (required), at most one tokenizer_config.json (a .json with "config" in
 * its name) and one chat template (.jinja). Every refusal names the file.
 */
export async function readTokenizerBlobs(
	picked: readonly NamedBlob[]
): Promise<TokenizerBlobsRead> {
	if (picked.length === 0) return { ok: false, error: m.tokenizers_choose_tokenizer_json() };
	const byRole = new Map<Role, NamedBlob>();
	for (const file of picked) {
		const role = roleOf(file.name);
		if (role === null) {
			return {
				ok: false,
				error: m.tokenizers_not_tokenizer_file({ file: file.name })
			};
		}
		const taken = byRole.get(role);
		if (taken) {
			return {
				ok: false,
				error: m.tokenizers_both_look_like({
					first: taken.name,
					second: file.name,
					role: describeRole(role)
				})
			};
		}
		if (file.size > MAX_BYTES[role]) {
			return {
				ok: false,
				error: m.tokenizers_too_large_for_role({ file: file.name, role: describeRole(role) })
			};
		}
		byRole.set(role, file);
	}
	const tokenizer = byRole.get('tokenizer');
	if (!tokenizer) {
		return {
			ok: false,
			error: m.tokenizers_no_vocabulary_file()
		};
	}
	const [tokenizerJson, tokenizerConfig, chatTemplate] = await Promise.all(
		(['tokenizer', 'config', 'template'] as const).map((role) => byRole.get(role)?.text() ?? null)
	);
	const read = readTokenizerFiles(
		tokenizerJson!,
		tokenizerConfig ?? undefined,
		chatTemplate ?? undefined
	);
	if (!read.ok) return read;
	return {
		ok: true,
		files: {
			tokenizerJson: tokenizerJson!,
			tokenizerConfig: tokenizerConfig ?? null,
			chatTemplate: chatTemplate ?? null
		},
		summary: read.summary
	};
}
