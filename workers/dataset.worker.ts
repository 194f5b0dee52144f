import '$lib/zod-jitless';
import * as Comlink from 'comlink';
import { datasetApi } from '$lib/core/dataset/api';
import { provideCustomTokenizers } from '$lib/core/tokenize/custom-source';
import { readStoredTokenizer } from '$lib/workers/stored-tokenizers';

provideCustomTokenizers(readStoredTokenizer);
Comlink.expose(datasetApi);
