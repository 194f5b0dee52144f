import '$lib/zod-jitless';
import * as Comlink from 'comlink';
import { tokenizerApi } from '$lib/core/tokenize/api';
import { provideCustomTokenizers } from '$lib/core/tokenize/custom-source';
import { readStoredTokenizer } from '$lib/workers/stored-tokenizers';

provideCustomTokenizers(readStoredTokenizer);
Comlink.expose(tokenizerApi);
