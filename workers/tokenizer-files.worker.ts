import '$lib/zod-jitless';
import * as Comlink from 'comlink';
import { database } from '$lib/db/db';
import { addTokenizerFromFiles, type TokenizerFilesApi } from '$lib/workers/tokenizer-files';

const api: TokenizerFilesApi = { add: (input) => addTokenizerFromFiles(database(), input) };
Comlink.expose(api);
