/*
 * The share link: the open project (never its dataset file) as a single-project backup, compressed into the URL
 * fragment. Browsers do not send the fragment to any server, so the project stays between the two people.
 * Reading a link is reading untrusted input: every step refuses what it cannot vouch for, with a reason a person
 * can act on.
 */
import { formatCount } from '../format';
import { m } from '../i18n/locale';
import type { CatalogEntry } from '../pricing/types';
import { readBackup, singleProjectBackup } from './backup';
import { joinProblems } from './issues';
import type { ProjectRecord } from './types';

/** Starts every payload; another prefix is another format. */
export const SHARE_PREFIX = 'v1.';

/**
 * Longest link offered, in characters. Chromium keeps URLs up to 2 MB and Firefox more, but a link is shared
 * through chat and mail first: Slack truncates messages past 40,000 characters, so 32,000 leaves room for the words
 * around it. Over this the page offers the project file instead.
 */
export const MAX_SHARE_URL_LENGTH = 32_000;

/**
 * Longest payload read, in characters: Chromium's URL limit (2 MB), since no browser carries a longer link.
 * Larger text is refused before it is decoded.
 */
export const MAX_SHARE_PAYLOAD_LENGTH = 2 * 1024 * 1024;

/**
 * Most bytes a payload may decompress to. Far above any link Tunesheet writes (32,000 characters of a compressed
 * project), low enough that a crafted payload which expands a thousandfold cannot fill memory.
 */
export const MAX_SHARE_JSON_BYTES = 5 * 1024 * 1024;

/** Compressed input is fed this much at a time, so that decompression stops soon after the output cap. */
const INFLATE_INPUT_CHUNK = 1024;

export type ShareRead =
	{ ok: true; project: ProjectRecord; overrides: CatalogEntry[] } | { ok: false; error: string };

export type ShareUrl = { ok: true; url: string } | { ok: false; reason: string };

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// String.fromCharCode takes its bytes as arguments: in slices, to stay under the engine's argument limit.
	for (let start = 0; start < bytes.length; start += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	}
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** null when the text is not base64url without padding (a length of 4n + 1 can never be). */
function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const padded =
		text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4);
	let binary: string;
	try {
		binary = atob(padded);
	} catch {
		return null;
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let length = 0;
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		length += value.length;
	}
	return concat(chunks, length);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
	const joined = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.length;
	}
	return joined;
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
	const input = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
	return collect(input.pipeThrough(new CompressionStream('deflate-raw')));
}

export type InflateResult =
	| { ok: true; bytes: Uint8Array }
	| { ok: false; reason: 'corrupt' }
	/** `compressedBytesRead`: how much of the input was handed to the decompressor before it stopped. */
	| { ok: false; reason: 'too-large'; compressedBytesRead: number };

/**
 * Decompresses raw deflate data, refusing it as soon as the output passes `maxBytes`. The input is fed a slice at
 * a time, each slice only once the previous one has been taken, so a bomb is stopped after a few slices rather
 * than expanded whole.
 */
export async function inflateRawCapped(
	compressed: Uint8Array,
	maxBytes: number
): Promise<InflateResult> {
	const inflater = new DecompressionStream('deflate-raw');
	const writer = inflater.writable.getWriter();
	const reader = inflater.readable.getReader();
	let stopped = false;
	let compressedBytesRead = 0;
	const feeding = (async () => {
		for (let start = 0; start < compressed.length && !stopped; start += INFLATE_INPUT_CHUNK) {
			const slice = compressed.subarray(start, start + INFLATE_INPUT_CHUNK);
			compressedBytesRead += slice.length;
			await writer.write(slice as Uint8Array<ArrayBuffer>);
		}
		if (!stopped) await writer.close();
	})().catch(() => {
		// A corrupt stream fails the reading side too, which reports it; a cancelled one is refused already.
	});

	const chunks: Uint8Array[] = [];
	let length = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			length += value.length;
			if (length > maxBytes) {
				stopped = true;
				await reader.cancel();
				await feeding;
				return { ok: false, reason: 'too-large', compressedBytesRead };
			}
			chunks.push(value);
		}
	} catch {
		stopped = true;
		await feeding;
		return { ok: false, reason: 'corrupt' };
	}
	await feeding;
	return { ok: true, bytes: concat(chunks, length) };
}

/**
 * The payload of a share link for `project`: `v1.` and the base64url (no padding) of the deflate-raw compressed
 * single-project backup, with only the price overrides its scenarios use. No settings travel with it.
 */
export async function encodeShare(
	project: ProjectRecord,
	overrides: readonly CatalogEntry[]
): Promise<string> {
	// The project's own time stamps the file, so the same project always gives the same link.
	const file = singleProjectBackup(project, overrides, null, project.updatedAt);
	const compressed = await deflateRaw(new TextEncoder().encode(JSON.stringify(file)));
	return SHARE_PREFIX + toBase64Url(compressed);
}

/** Reads a share link's payload (the fragment without '#'): the project and its price overrides, or why not. */
export async function decodeShare(payload: string): Promise<ShareRead> {
	const text = payload.trim();
	if (!text.startsWith(SHARE_PREFIX)) {
		const version = /^v(\d+)\./.exec(text);
		return {
			ok: false,
			error: version
				? m.projects_share_other_format({ version: version[1] ?? '' })
				: m.projects_share_not_share_link()
		};
	}
	if (text.length > MAX_SHARE_PAYLOAD_LENGTH) {
		return { ok: false, error: m.projects_share_too_long() };
	}
	const compressed = fromBase64Url(text.slice(SHARE_PREFIX.length));
	if (!compressed) {
		return { ok: false, error: m.projects_share_bad_characters() };
	}

	const inflated = await inflateRawCapped(compressed, MAX_SHARE_JSON_BYTES);
	if (!inflated.ok) {
		return {
			ok: false,
			error:
				inflated.reason === 'too-large'
					? m.projects_share_too_large({ size: formatCount(MAX_SHARE_JSON_BYTES / (1024 * 1024)) })
					: m.projects_share_corrupt()
		};
	}

	let json: string;
	try {
		json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
		JSON.parse(json);
	} catch {
		return { ok: false, error: m.projects_share_not_project() };
	}

	const read = readBackup(json);
	if (!read.ok) {
		const problems = read.problems.length > 0 ? joinProblems(read.problems) : read.error;
		return { ok: false, error: m.projects_share_unreadable({ problems }) };
	}
	const [project, ...others] = read.file.projects;
	if (!project || others.length > 0) {
		return {
			ok: false,
			error: m.projects_share_project_count({ count: formatCount(read.file.projects.length) })
		};
	}
	// A crafted link may carry other entries: only the prices this project's figures depend on are taken.
	const used = usedCatalogIds(project);
	return {
		ok: true,
		project,
		overrides: read.file.catalogOverrides.filter((entry) => used.has(entry.id))
	};
}

/** The models and GPUs the project's scenarios use, as singleProjectBackup keeps them. */
function usedCatalogIds(project: ProjectRecord): Set<string> {
	const used = new Set<string>();
	for (const scenario of project.scenarios) {
		if (scenario.modelId !== null) used.add(scenario.modelId);
		if (scenario.gpuId !== null) used.add(scenario.gpuId);
	}
	return used;
}

/** The link to the page at `base` (its own fragment replaced) opening the shared project, unless it is too long. */
export function shareUrl(base: string, payload: string): ShareUrl {
	const hash = base.indexOf('#');
	const url = `${hash === -1 ? base : base.slice(0, hash)}#${payload}`;
	if (url.length > MAX_SHARE_URL_LENGTH) {
		return {
			ok: false,
			reason: m.projects_share_url_too_long({
				length: formatCount(url.length),
				max: formatCount(MAX_SHARE_URL_LENGTH)
			})
		};
	}
	return { ok: true, url };
}
