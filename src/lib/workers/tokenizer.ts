import type { TokenizerApi } from '$lib/core/tokenize/api';
import TokenizerWorker from '$workers/tokenizer.worker.ts?worker';
import { WorkerBridge } from './bridge';

/** A bridge to a tokenizer worker; the worker (and the ranks it loads) starts on the first count. */
export function createTokenizerBridge(): WorkerBridge<TokenizerApi> {
	return new WorkerBridge<TokenizerApi>(() => new TokenizerWorker({ name: 'tokenizer' }));
}
