// The command line's dataset worker (a Node worker thread). A file-backed Blob cannot cross threads in Node, so each
// call takes the file's path and opens it here.
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { openAsBlob } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readTokenizerFilesFromDisk } from '../src/cli/tokenizer-files';
import type { BytesProgress } from '../src/lib/core/dataset/analyze';
import {
	datasetApi,
	type AnalyzePartOptions,
	type ByteRange,
	type DatasetSniff
} from '../src/lib/core/dataset/api';
import { isLocale, useLocale } from '../src/lib/core/i18n/locale';
import { provideCustomTokenizers } from '../src/lib/core/tokenize/custom-source';

// Messages in the command line's language (--lang), which starts the thread with it.
const { locale } = workerData as { locale?: string };
if (locale && isLocale(locale)) useLocale(locale);

// A tokenizer brought with --tokenizer-file is read from disk: its key is the tokenizer.json's absolute path.
provideCustomTokenizers(readTokenizerFilesFromDisk);

const nodeDatasetApi = {
	prepare: datasetApi.prepare,
	sniff: async (path: string, name: string) => datasetApi.sniff(await openAsBlob(path), name),
	analyzeRange: async (
		path: string,
		range: ByteRange,
		options: AnalyzePartOptions,
		onProgress?: BytesProgress
	) => datasetApi.analyzeRange(await openAsBlob(path), range, options, onProgress),
	analyzeWhole: async (
		path: string,
		sniffed: Pick<DatasetSniff, 'gzip' | 'jsonArray'>,
		options: AnalyzePartOptions,
		onProgress?: BytesProgress
	) => datasetApi.analyzeWhole(await openAsBlob(path), sniffed, options, onProgress)
};

export type NodeDatasetApi = typeof nodeDatasetApi;

if (!parentPort) throw new Error('dataset.node-worker runs as a worker thread.');
Comlink.expose(nodeDatasetApi, nodeEndpoint(parentPort));
