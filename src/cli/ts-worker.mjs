// Boots a TypeScript worker thread: worker threads do not run the main thread's tsx hooks, so each registers its own.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
