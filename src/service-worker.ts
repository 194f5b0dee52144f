/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

import { base, build, files, version } from '$service-worker';
import type { ServiceWorkerMessage } from '$lib/service-worker-messages';

// `self` is typed for pages; in this file it is the service worker's global scope.
const sw = self as unknown as ServiceWorkerGlobalScope;

/** One cache per version of the app: the app shell, the worker code, and tokenizer data as it is used. */
const CACHE = `tunesheet-${version}`;
const CACHE_PREFIX = 'tunesheet-';

/** Every route is served by the same single-page app (adapter-static's fallback), kept under the site's root. */
const APP_PAGE = `${base}/`;

/** Written at build time (vite.config.ts): the chunks the workers import on demand, with their sizes. */
const WORKER_CHUNKS_LIST = `${base}/_app/worker-chunks.json`;

/**
 * Worker chunks up to this size are code (the tokenizing libraries, the database) and are kept at install. The
 * bigger ones are tokenizer data (rank tables and tokenizer.json files, about 1 to 15 MB each): they are cached the
 * first time a tokenizer is used, so nobody downloads every tokenizer to open the app.
 */
const PRECACHED_WORKER_CHUNK_MAX_BYTES = 512 * 1024;

/** Files with hashed names: a URL always holds the same content, so a cached copy is never stale. */
const IMMUTABLE_PREFIX = `${base}/_app/immutable/`;

interface WorkerChunk {
	file: string;
	bytes: number;
}

async function workerChunks(): Promise<WorkerChunk[]> {
	// The development server has no list: the workers load from source there.
	const response = await fetch(WORKER_CHUNKS_LIST, { cache: 'no-cache' });
	if (!response.ok) return [];
	return (await response.json()) as WorkerChunk[];
}

async function install(): Promise<void> {
	const cache = await caches.open(CACHE);
	const chunks = await workerChunks();
	const chunkUrls = (chunk: WorkerChunk) => `${base}/${chunk.file}`;
	const code = chunks.filter((chunk) => chunk.bytes <= PRECACHED_WORKER_CHUNK_MAX_BYTES);
	await cache.addAll([APP_PAGE, ...build, ...files, ...code.map(chunkUrls)]);
	// Tokenizer data already downloaded by the previous version is kept when this version still uses the same file.
	const data = chunks.filter((chunk) => chunk.bytes > PRECACHED_WORKER_CHUNK_MAX_BYTES);
	for (const url of data.map(chunkUrls)) {
		const kept = await caches.match(url);
		if (kept) await cache.put(url, kept);
	}
}

async function deleteOldCaches(): Promise<void> {
	for (const name of await caches.keys()) {
		if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
	}
}

sw.addEventListener('install', (event) => {
	// No skipWaiting here: a new version waits until every Tunesheet page is closed, or a person asks for it.
	event.waitUntil(install());
});

sw.addEventListener('activate', (event) => {
	// Claiming lets a first visit's pages use the cache at once (tokenizer data fetched then is kept for offline).
	event.waitUntil(deleteOldCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('message', (event) => {
	const message = event.data as ServiceWorkerMessage | null;
	if (message?.type === 'skip-waiting') void sw.skipWaiting();
});

/** The network, and the cached app page when the network cannot be reached. */
async function navigate(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const page = await caches.match(APP_PAGE, { cacheName: CACHE });
		if (page) return page;
		throw error;
	}
}

/** The cached copy, or the network's, kept for next time. */
async function cacheFirst(
	request: Request,
	keep: (promise: Promise<void>) => void
): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.status === 200 && response.type === 'basic') {
		// A full disk only means the file is fetched again next time.
		keep(cache.put(request, response.clone()).catch(() => {}));
	}
	return response;
}

const precached = new Set([...build, ...files]);

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate') {
		event.respondWith(navigate(request));
	} else if (url.pathname.startsWith(IMMUTABLE_PREFIX) || precached.has(url.pathname)) {
		event.respondWith(cacheFirst(request, (promise) => event.waitUntil(promise)));
	}
});
