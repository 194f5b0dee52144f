import { m } from '../../i18n/locale';
import type { DatasetExample, DatasetIssue, DatasetMessage, RecordResult } from '../types';
import { missingListMessage, notAnObjectIssue, readToolDefinitions } from './chat';
import { conversationIssues, conversationWarnings, emptyContentWarnings } from './conversation';
import { failed, isError, issueAt, recordResult } from './issues';
import { readMessageList } from './messages';
import {
	describeValue,
	isGiven,
	isJsonObject,
	ownValue,
	previewValue,
	quoted,
	type JsonObject
} from './values';

// ---------------------------------------------------------------------------------------------------------
// Preference (DPO): {"input": {"messages": [...], "tools"?}, "preferred_output": [...], "non_preferred_output": [...]}

const PREFERENCE_OUTPUTS = ['preferred_output', 'non_preferred_output'] as const;

/** A list of raw messages and the name it goes by in issue text. */
interface NamedList {
	key: string;
	list: unknown[];
}

/**
 * The normalised messages are the input messages followed by both outputs. Both outputs are counted: preference
 * training reads the prompt with each answer, so the sum is an estimate of what it bills.
 */
export function preferenceRecordToExample(value: unknown, line: number): RecordResult {
	if (!isJsonObject(value)) return failed(notAnObjectIssue(value, line));
	const parts = preferenceParts(value, line);
	if ('code' in parts) return failed(parts);
	const read = readPreferenceMessages(parts.lists, line);
	const tools = readToolDefinitions(parts.input, line);
	const issues = [...read.issues, ...tools.issues];
	const example: DatasetExample = { messages: read.messages };
	if (tools.text !== undefined) example.toolDefinitions = tools.text;
	if (issues.some(isError)) return recordResult(example, issues);

	const inputCount = parts.lists[0]?.list.length ?? 0;
	issues.push(...conversationWarnings(read.messages.slice(0, inputCount), line));
	issues.push(...emptyContentWarnings(read.messages, line, (index) => read.labels[index] ?? ''));
	return recordResult(example, issues);
}

/** The input object and the three message lists (input first), or the issue naming what is missing. */
function preferenceParts(
	record: JsonObject,
	line: number
): { input: JsonObject; lists: NamedList[] } | DatasetIssue {
	const input = ownValue(record, 'input');
	const inputList = isJsonObject(input) ? ownValue(input, 'messages') : undefined;
	if (!isJsonObject(input) || !isNonEmptyList(inputList)) {
		const message = m.dataset_msg_preference_no_input();
		return issueAt('missing_field', line, message, previewValue(record));
	}
	const lists: NamedList[] = [{ key: 'input.messages', list: inputList }];
	const missing: string[] = [];
	for (const key of PREFERENCE_OUTPUTS) {
		const list = ownValue(record, key);
		if (isNonEmptyList(list)) lists.push({ key, list });
		else missing.push(key);
	}
	return missing.length > 0 ? missingOutputsIssue(missing, record, line) : { input, lists };
}

/** The lists read by the chat rules, in order, with a label for each message read. */
function readPreferenceMessages(lists: readonly NamedList[], line: number) {
	const toolCallIds = new Set<string>();
	const messages: DatasetMessage[] = [];
	const labels: string[] = [];
	const issues: DatasetIssue[] = [];
	for (const { key, list } of lists) {
		const label = (index: number) => messageOf(index, key);
		const read = readMessageList(list, { line, label, toolCallIds });
		issues.push(...read.issues);
		const isOutput = key !== 'input.messages';
		if (isOutput && !read.issues.some(isError)) {
			issues.push(...nonAssistantIssues(read.messages, key, line));
		}
		messages.push(...read.messages);
		labels.push(...read.messages.map((_, index) => label(index)));
	}
	return { messages, labels, issues };
}

/** Labels "Message 1 of preferred_output"… for a message of a named list. */
function messageOf(index: number, list: string): string {
	return m.dataset_label_message_of({ number: String(index + 1), list });
}

function isNonEmptyList(value: unknown): value is unknown[] {
	return Array.isArray(value) && value.length > 0;
}

function missingOutputsIssue(
	keys: readonly string[],
	record: JsonObject,
	line: number
): DatasetIssue {
	const [first = '', second] = keys;
	const message =
		second === undefined
			? m.dataset_msg_preference_missing_output({ key: first })
			: m.dataset_msg_preference_missing_outputs({ first, second });
	return issueAt('missing_field', line, message, previewValue(record));
}

/** Outputs hold assistant messages only. */
function nonAssistantIssues(
	messages: readonly DatasetMessage[],
	key: string,
	line: number
): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	for (const [index, { role }] of messages.entries()) {
		if (role === 'assistant') continue;
		const label = messageOf(index, key);
		const message = m.dataset_msg_preference_output_role({ label, role: quoted(role), list: key });
		issues.push(issueAt('missing_field', line, message));
	}
	return issues;
}

// ---------------------------------------------------------------------------------------------------------
// Prompt/completion (legacy): {"prompt": "...", "completion": "..."}

export function promptCompletionRecordToExample(value: unknown, line: number): RecordResult {
	if (!isJsonObject(value)) return failed(notAnObjectIssue(value, line));
	const issues: DatasetIssue[] = [];
	const prompt = requiredText(value, 'prompt', line, issues);
	const completion = requiredText(value, 'completion', line, issues);
	if (prompt === undefined || completion === undefined) return { example: null, issues };
	const messages: DatasetMessage[] = [
		{ role: 'user', content: prompt },
		{ role: 'assistant', content: completion }
	];
	const labels = [m.dataset_label_prompt(), m.dataset_label_completion()];
	issues.push(...emptyContentWarnings(messages, line, (index) => labels[index] ?? ''));
	return recordResult({ messages }, issues);
}

// ---------------------------------------------------------------------------------------------------------
// Alpaca: {"instruction": "...", "input"?: "...", "output": "...", "system"?: "..."}

export function alpacaRecordToExample(value: unknown, line: number): RecordResult {
	if (!isJsonObject(value)) return failed(notAnObjectIssue(value, line));
	const issues: DatasetIssue[] = [];
	const instruction = requiredText(value, 'instruction', line, issues);
	const input = optionalText(value, 'input', line, issues);
	const output = requiredText(value, 'output', line, issues);
	const system = optionalText(value, 'system', line, issues);
	if (instruction === undefined || output === undefined || issues.length > 0) {
		return { example: null, issues };
	}
	const messages: DatasetMessage[] = [];
	const labels: string[] = [];
	// An empty system text sends no system message.
	if (system) {
		messages.push({ role: 'system', content: system });
		labels.push(m.dataset_label_system_text());
	}
	const user = input ? `${instruction}\n\n${input}` : instruction;
	messages.push({ role: 'user', content: user }, { role: 'assistant', content: output });
	labels.push(
		input ? m.dataset_label_instruction_input() : m.dataset_label_instruction(),
		m.dataset_label_output()
	);
	issues.push(...emptyContentWarnings(messages, line, (index) => labels[index] ?? ''));
	return recordResult({ messages }, issues);
}

/** A string field that must be there; pushes `missing_field` otherwise. */
function requiredText(
	record: JsonObject,
	key: string,
	line: number,
	issues: DatasetIssue[]
): string | undefined {
	const value = ownValue(record, key);
	if (typeof value === 'string') return value;
	const message =
		value === undefined
			? m.dataset_msg_no_field({ key })
			: m.dataset_msg_field_not_text({ key, what: describeValue(value) });
	issues.push(issueAt('missing_field', line, message, previewValue(record)));
	return undefined;
}

/** A string field that may be absent or null; pushes `missing_field` when it is something else. */
function optionalText(
	record: JsonObject,
	key: string,
	line: number,
	issues: DatasetIssue[]
): string | undefined {
	const value = ownValue(record, key);
	if (!isGiven(value)) return undefined;
	return requiredText(record, key, line, issues);
}

// ---------------------------------------------------------------------------------------------------------
// ShareGPT: {"system"?: "...", "conversations": [{"from": "human", "value": "..."}, ...]}

/** Speaker names (lower case) and the chat roles they become. A Map: a `constructor` speaker finds nothing. */
const SHAREGPT_ROLES: ReadonlyMap<string, string> = new Map([
	['system', 'system'],
	['human', 'user'],
	['user', 'user'],
	['gpt', 'assistant'],
	['assistant', 'assistant'],
	['model', 'assistant'],
	['chatgpt', 'assistant'],
	['bard', 'assistant'],
	['tool', 'tool'],
	['function', 'tool'],
	['observation', 'tool'],
	['function_call', 'tool']
]);

export function sharegptRecordToExample(value: unknown, line: number): RecordResult {
	if (!isJsonObject(value)) return failed(notAnObjectIssue(value, line));
	const turns = ownValue(value, 'conversations');
	if (!Array.isArray(turns) || turns.length === 0) {
		const message = missingListMessage('conversations', turns);
		return failed(issueAt('missing_messages_list', line, message, previewValue(value)));
	}
	const issues: DatasetIssue[] = [];
	const system = optionalText(value, 'system', line, issues);
	const messages: DatasetMessage[] = [];
	const labels: string[] = [];
	if (system) {
		messages.push({ role: 'system', content: system });
		labels.push(m.dataset_label_system_text());
	}
	for (const [index, turn] of turns.entries()) {
		const label = messageOf(index, 'conversations');
		const message = readTurn(turn, label, line, issues);
		if (message) {
			messages.push(message);
			labels.push(label);
		}
	}
	if (issues.some(isError)) return recordResult({ messages }, issues);

	issues.push(...conversationIssues(messages, line, (index) => labels[index] ?? ''));
	return recordResult({ messages }, issues);
}

/** One `{from, value}` turn as a chat message, or null after pushing its error. Other keys are ignored. */
function readTurn(
	turn: unknown,
	label: string,
	line: number,
	issues: DatasetIssue[]
): DatasetMessage | null {
	if (!isJsonObject(turn)) {
		const message = m.dataset_msg_turn_not_object({ label, what: describeValue(turn) });
		issues.push(issueAt('message_missing_key', line, message, previewValue(turn)));
		return null;
	}
	const from = ownValue(turn, 'from');
	const text = ownValue(turn, 'value');
	const noFrom = !Object.hasOwn(turn, 'from');
	const noValue = !Object.hasOwn(turn, 'value');
	if (noFrom || noValue) {
		const message =
			noFrom && noValue
				? m.dataset_msg_turn_no_from_value({ label })
				: noFrom
					? m.dataset_msg_turn_no_from({ label })
					: m.dataset_msg_turn_no_value({ label });
		issues.push(issueAt('message_missing_key', line, message, previewValue(turn)));
		return null;
	}
	const role = typeof from === 'string' ? SHAREGPT_ROLES.get(from.toLowerCase()) : undefined;
	if (role === undefined) {
		const speakers = m.dataset_sharegpt_speakers();
		const message =
			typeof from === 'string'
				? m.dataset_msg_turn_unknown_speaker({ label, speaker: quoted(from), speakers })
				: m.dataset_msg_turn_speaker_not_text({ label, what: describeValue(from), speakers });
		issues.push(issueAt('unrecognized_role', line, message, previewValue(from)));
		return null;
	}
	if (typeof text !== 'string') {
		const message = m.dataset_msg_turn_value_not_text({ label, what: describeValue(text) });
		issues.push(issueAt('missing_content', line, message, previewValue(text)));
		return null;
	}
	return { role, content: text };
}
