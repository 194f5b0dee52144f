/** What a page asks of Tunesheet's service worker (src/service-worker.ts). */
export type ServiceWorkerMessage = { type: 'skip-waiting' };
