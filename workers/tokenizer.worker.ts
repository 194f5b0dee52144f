import '$lib/zod-jitless';
import { exposeWithLocale } from '$lib/workers/locale';
import { tokenizerApi } from '$lib/core/tokenize/api';
import { provideCustomTokenizers } from '$lib/core/tokenize/custom-source';
import { readStoredTokenizer } from '$lib/workers/stored-tokenizers';

provideCustomTokenizers(readStoredTokenizer);
exposeWithLocale(tokenizerApi);
