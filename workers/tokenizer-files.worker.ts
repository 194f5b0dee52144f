import '$lib/zod-jitless';
import { exposeWithLocale } from '$lib/workers/locale';
import { database } from '$lib/db/db';
import { addTokenizerFromFiles, type TokenizerFilesApi } from '$lib/workers/tokenizer-files';

const api: TokenizerFilesApi = { add: (input) => addTokenizerFromFiles(database(), input) };
exposeWithLocale(api);
