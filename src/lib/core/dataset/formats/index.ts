/**
 * Dataset formats: detection, parsing, validation (the OpenAI cookbook's checks) and normalisation of every
 * record to a chat example.
 */
export { detectFormat } from './detect';
export { parseJsonRecord } from './json-record';
export { readJsonArrayElements, type JsonArrayElement } from './json-array';
export {
	DelimitedReader,
	delimitedRecordToExample,
	suggestColumnMapping,
	type DelimitedRecord
} from './delimited';
