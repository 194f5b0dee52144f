import * as Comlink from 'comlink';
import { datasetApi } from '$lib/core/dataset/api';

Comlink.expose(datasetApi);
