import { m } from '../../i18n/locale';
import type { DatasetExample, DatasetIssue, RecordResult } from '../types';
import { conversationIssues, messageNumber } from './conversation';
import { failed, isError, issueAt, recordResult } from './issues';
import { readMessageList } from './messages';
import {
	compactJson,
	describeValue,
	isGiven,
	isJsonObject,
	ownValue,
	previewValue
} from './values';
import type { JsonObject } from './values';

/** The top-level keys that define tools, in the order their texts are joined. */
const TOOL_DEFINITION_KEYS = ['tools', 'functions'] as const;

/** An OpenAI chat record: `{"messages": [...], "tools"?: [...]}`. Unknown top-level keys are ignored. */
export function chatRecordToExample(value: unknown, line: number): RecordResult {
	if (!isJsonObject(value)) return failed(notAnObjectIssue(value, line));
	const list = ownValue(value, 'messages');
	if (!Array.isArray(list) || list.length === 0) {
		const message = missingListMessage('messages', list);
		return failed(issueAt('missing_messages_list', line, message, previewValue(value)));
	}
	const read = readMessageList(list, { line, label: messageNumber, toolCallIds: new Set() });
	const tools = readToolDefinitions(value, line);
	const issues = [...read.issues, ...tools.issues];
	const example: DatasetExample = { messages: read.messages };
	if (tools.text !== undefined) example.toolDefinitions = tools.text;
	if (issues.some(isError)) return recordResult(example, issues);

	issues.push(...conversationIssues(read.messages, line, messageNumber));
	return recordResult(example, issues);
}

export function notAnObjectIssue(value: unknown, line: number): DatasetIssue {
	const message = m.dataset_msg_record_not_object({ what: describeValue(value) });
	return issueAt('data_type', line, message, previewValue(value));
}

/** Why a list field cannot be used: absent, of another type, or empty. */
export function missingListMessage(key: string, list: unknown): string {
	if (list === undefined) return m.dataset_msg_record_no_list({ key });
	if (!Array.isArray(list))
		return m.dataset_msg_record_list_type({ key, what: describeValue(list) });
	return m.dataset_msg_record_list_empty({ key });
}

/** `tools` and `functions` (each a list) as compact JSON texts joined with '\n'. Null counts as absent. */
export function readToolDefinitions(
	record: JsonObject,
	line: number
): { text?: string; issues: DatasetIssue[] } {
	const texts: string[] = [];
	const issues: DatasetIssue[] = [];
	for (const key of TOOL_DEFINITION_KEYS) {
		const value = ownValue(record, key);
		if (!isGiven(value)) continue;
		const json = Array.isArray(value) ? compactJson(value) : null;
		if (json !== null) {
			texts.push(json);
			continue;
		}
		const message = Array.isArray(value)
			? m.dataset_msg_tools_too_deep({ key })
			: m.dataset_msg_tools_not_list({ key, what: describeValue(value) });
		issues.push(issueAt('invalid_tool_call', line, message, previewValue(value)));
	}
	return texts.length > 0 ? { text: texts.join('\n'), issues } : { issues };
}
