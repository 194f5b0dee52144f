import * as Comlink from 'comlink';
import { tokenizerApi } from '$lib/core/tokenize/api';

Comlink.expose(tokenizerApi);
