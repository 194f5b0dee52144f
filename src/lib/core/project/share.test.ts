import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLocale } from '../i18n/locale';
import { BUILTIN_CATALOG } from '../pricing/builtin';
import type { CatalogEntry } from '../pricing/types';
import { backupFile } from './backup';
import {
	decodeShare,
	encodeShare,
	inflateRawCapped,
	MAX_SHARE_JSON_BYTES,
	MAX_SHARE_URL_LENGTH,
	shareUrl
} from './share';
import { NOW, sampleProject } from './testing/fixtures';
import type { ProjectRecord } from './types';

/** A built-in entry with its input price changed: what a person's price override looks like. */
function override(id: string, inputPrice: number): CatalogEntry {
	const entry = structuredClone(BUILTIN_CATALOG.find((candidate) => candidate.id === id));
	if (entry?.kind !== 'api-model' || !entry.inference) throw new Error(`no API model ${id}`);
	entry.inference.input.value = inputPrice;
	return entry;
}

const USED = override('openai/gpt-4.1-2025-04-14', 1.75);
const UNUSED = override('openai/gpt-4o-2024-08-06', 9.99);

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A payload built independently of encodeShare (Node's own base64url), for hand-made contents. */
async function payloadOf(text: string): Promise<string> {
	const compressed = await deflate(new TextEncoder().encode(text));
	return `v1.${Buffer.from(compressed).toString('base64url')}`;
}

function shareJson(projects: unknown[], overrides: CatalogEntry[] = []): string {
	return JSON.stringify(backupFile(projects as ProjectRecord[], overrides, null, NOW));
}

async function refusal(payload: string): Promise<string> {
	const read = await decodeShare(payload);
	if (read.ok) throw new Error('expected the payload to be refused');
	return read.error;
}

/** Text that compresses poorly (seeded, so every run is the same): a big prompt as people paste it. */
function proseOf(length: number): string {
	const letters = 'abcdefghijklmnopqrstuvwxyz      ';
	let seed = 12345;
	let text = '';
	while (text.length < length) {
		seed = (seed * 1103515245 + 12345) % 2 ** 31;
		text += letters[seed % letters.length];
	}
	return text;
}

describe('encodeShare and decodeShare', () => {
	it('round-trips the project and the overrides its scenarios use, and no others', async () => {
		const project = sampleProject();
		const payload = await encodeShare(project, [UNUSED, USED]);
		expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]+$/);

		const read = await decodeShare(payload);
		expect(read).toEqual({ ok: true, project, overrides: [USED] });
	});

	it('gives the same payload for the same project', async () => {
		const project = sampleProject();
		expect(await encodeShare(project, [USED])).toBe(await encodeShare(project, [USED]));
	});

	it('takes only the used overrides from a link that carries more', async () => {
		const project = sampleProject();
		const read = await decodeShare(await payloadOf(shareJson([project], [UNUSED, USED])));
		expect(read.ok && read.overrides).toEqual([USED]);
	});

	it('round-trips through the link', async () => {
		const project = sampleProject();
		const link = shareUrl('https://tunesheet.example/sheet#old', await encodeShare(project, []));
		if (!link.ok) throw new Error(link.reason);
		const [page, fragment] = link.url.split('#');
		expect(page).toBe('https://tunesheet.example/sheet');
		expect(await decodeShare(fragment!)).toEqual({ ok: true, project, overrides: [] });
	});
});

describe('shareUrl', () => {
	it('keeps a usual project well within the limit', async () => {
		const link = shareUrl('https://tunesheet.example/', await encodeShare(sampleProject(), []));
		expect(link.ok).toBe(true);
		expect(link.ok && link.url.length).toBeLessThan(2_000);
	});

	it('refuses the link of a project with a 2 MB prompt and says to share the file', async () => {
		const project = sampleProject();
		project.prompt.system = proseOf(2 * 1024 * 1024);
		const link = shareUrl('https://tunesheet.example/', await encodeShare(project, []));
		expect(link.ok).toBe(false);
		if (link.ok) return;
		expect(link.reason).toContain(MAX_SHARE_URL_LENGTH.toLocaleString('en-US'));
		expect(link.reason).toContain('project file');
	});

	it('counts the whole URL against the limit', () => {
		const base = 'https://tunesheet.example/';
		const fits = 'v1.' + 'A'.repeat(MAX_SHARE_URL_LENGTH - base.length - 4);
		expect(shareUrl(base, fits)).toEqual({ ok: true, url: `${base}#${fits}` });
		expect(shareUrl(base, `${fits}A`).ok).toBe(false);
	});
});

describe('decodeShare refuses hostile or damaged payloads', () => {
	it('refuses another version and text that is not a share link', async () => {
		expect(await refusal('v2.xxx')).toContain('link format v2');
		expect(await refusal('!!!')).toBe('This is not a Tunesheet share link.');
		expect(await refusal('')).toBe('This is not a Tunesheet share link.');
	});

	it('refuses text that is not base64url', async () => {
		expect(await refusal('v1.!!!')).toMatch(/damaged.*characters a link cannot hold/);
		expect(await refusal('v1.abcde')).toMatch(/characters a link cannot hold/);
	});

	it('refuses valid base64url of bytes that are not compressed data', async () => {
		const garbage = Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x13, 0x37, 0x42]).toString('base64url');
		expect(await refusal(`v1.${garbage}`)).toMatch(/damaged.*does not decompress/);
	});

	it('refuses a payload cut short', async () => {
		const payload = await encodeShare(sampleProject(), []);
		expect(await refusal(payload.slice(0, payload.length / 2))).toContain('damaged');
	});

	it('refuses a deflate bomb as too large without expanding all of it', async () => {
		const zeros = await deflate(new Uint8Array(50 * 1024 * 1024));
		const payload = `v1.${Buffer.from(zeros).toString('base64url')}`;
		const error = await refusal(payload);
		expect(error).toContain('too large');
		expect(error).toContain('5 MB');

		const inflated = await inflateRawCapped(zeros, MAX_SHARE_JSON_BYTES);
		expect(inflated).toMatchObject({ ok: false, reason: 'too-large' });
		// Deflate expands at most ~1032:1, so 50 MB needs all ~50 KB; stopping at 5 MB reads far less.
		const read = !inflated.ok && inflated.reason === 'too-large' ? inflated.compressedBytesRead : 0;
		expect(read).toBeGreaterThan(0);
		expect(read).toBeLessThan(zeros.length / 2);
	});

	it('inflates data up to the cap', async () => {
		const text = 'tokens '.repeat(1000);
		const inflated = await inflateRawCapped(await deflate(new TextEncoder().encode(text)), 7000);
		expect(inflated.ok && new TextDecoder().decode(inflated.bytes)).toBe(text);
		const over = await inflateRawCapped(await deflate(new TextEncoder().encode(text)), 6999);
		expect(over).toMatchObject({ ok: false, reason: 'too-large' });
	});

	it('refuses contents that are not JSON or not UTF-8', async () => {
		expect(await refusal(await payloadOf('{"type": "tunesheet-backup",'))).toContain(
			'not a Tunesheet project'
		);
		const latin1 = await deflate(new Uint8Array([0x7b, 0xe9, 0x7d]));
		expect(await refusal(`v1.${Buffer.from(latin1).toString('base64url')}`)).toContain(
			'not a Tunesheet project'
		);
	});

	it('refuses JSON that is not a backup, and a price catalog', async () => {
		expect(await refusal(await payloadOf('[1, 2, 3]'))).toContain('not a Tunesheet backup');
		const catalog = JSON.stringify({ type: 'tunesheet-catalog', version: 1, entries: [] });
		expect(await refusal(await payloadOf(catalog))).toContain('price catalog');
	});

	it('names the key path of a field of the wrong type', async () => {
		const project = { ...sampleProject(), scenarios: 'all of them' };
		const error = await refusal(await payloadOf(shareJson([project])));
		expect(error).toMatch(/^This share link holds a project Tunesheet cannot read: /);
		expect(error).toContain('projects.0.scenarios');
	});

	it('refuses a bad price override', async () => {
		const bad = { ...USED, id: '' };
		const error = await refusal(await payloadOf(shareJson([sampleProject()], [bad])));
		expect(error).toContain('catalogOverrides.0.id');
	});

	it('expects exactly one project', async () => {
		const two = shareJson([sampleProject('a'), sampleProject('b')]);
		expect(await refusal(await payloadOf(two))).toContain('holds 2');
		expect(await refusal(await payloadOf(shareJson([])))).toContain('holds 0');
	});

	it('keeps __proto__ keys as plain data that is dropped', async () => {
		const project = sampleProject();
		const json = shareJson([project]).replace(
			'"projects":[{',
			'"__proto__":{"polluted":true},"projects":[{"__proto__":{"isExample":true,"polluted":true},'
		);
		expect(json).toContain('"__proto__":{"isExample":true');
		const read = await decodeShare(await payloadOf(json));
		expect(read).toEqual({ ok: true, project, overrides: [] });
		if (!read.ok) return;
		expect(Object.getPrototypeOf(read.project)).toBe(Object.prototype);
		expect(read.project.isExample).toBe(false);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('share links in French', () => {
	beforeEach(() => useLocale('fr'));
	afterEach(() => useLocale('en'));

	it('says why a link does not open, in French', async () => {
		expect(await refusal('hello')).toBe('Ce n’est pas un lien de partage Tunesheet.');
		expect(await refusal('v2.abc')).toBe(
			'Ce lien de partage a été créé par une autre version de Tunesheet (format de lien v2)\u00a0; celle-ci ouvre les liens v1.'
		);
		expect(await refusal('v1.a*b')).toBe(
			'Ce lien de partage est endommagé\u00a0: il contient des caractères qu’un lien ne peut pas contenir (a-t-il été modifié lors de la copie\u00a0?).'
		);
		expect(await refusal(await payloadOf(shareJson([])))).toBe(
			'Un lien de partage contient exactement un projet\u00a0; celui-ci en contient 0.'
		);
		const project = { ...sampleProject(), scenarios: 'all of them' };
		expect(await refusal(await payloadOf(shareJson([project])))).toBe(
			'Ce lien de partage contient un projet que Tunesheet ne sait pas lire\u00a0: projects.0.scenarios\u00a0: Entrée invalide\u00a0: tableau attendu, chaîne de caractères reçu'
		);
	});

	it('writes the length of a link too long to share the French way', () => {
		const made = shareUrl('https://tunesheet.example/share', 'v1.' + 'a'.repeat(40_000));
		expect(made).toEqual({
			ok: false,
			reason:
				'Le lien ferait 40\u202f035 caractères\u00a0; les messageries et les e-mails coupent les liens au-delà de 32\u202f000. Partagez plutôt le fichier du projet.'
		});
	});
});
