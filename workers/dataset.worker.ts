import '$lib/zod-jitless';
import { exposeWithLocale } from '$lib/workers/locale';
import { datasetApi } from '$lib/core/dataset/api';
import { provideCustomTokenizers } from '$lib/core/tokenize/custom-source';
import { readStoredTokenizer } from '$lib/workers/stored-tokenizers';

provideCustomTokenizers(readStoredTokenizer);
exposeWithLocale(datasetApi);
