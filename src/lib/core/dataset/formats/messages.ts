import { formatCount } from '../../format';
import { m } from '../../i18n/locale';
import type { DatasetIssue, DatasetMessage } from '../types';
import { issueAt } from './issues';
import {
	compactJson,
	describeValue,
	isGiven,
	isJsonObject,
	ownValue,
	previewValue,
	quoted,
	type JsonObject
} from './values';

/** The keys an OpenAI chat message may have. */
export const MESSAGE_KEYS: ReadonlySet<string> = new Set([
	'role',
	'content',
	'name',
	'weight',
	'function_call',
	'tool_calls',
	'tool_call_id',
	'refusal'
]);

export const CHAT_ROLES: ReadonlySet<string> = new Set([
	'system',
	'developer',
	'user',
	'assistant',
	'tool',
	'function'
]);

/** Content part types that carry an image: flagged, not counted. */
const IMAGE_PART_TYPES: ReadonlySet<string> = new Set(['image_url', 'input_image', 'image']);

/** The shape a tool call must have, as JSON shows it (the same in every language). */
// i18n-exempt: a JSON shape quoted in messages, not words
const TOOL_CALL_SHAPE = '{"id", "type": "function", "function": {"name", "arguments"}}';

export interface MessageListContext {
	line: number;
	/**
	 * Names a message in issue text from its 0-based index, in the current language: "Message 2", "Message 1 of
	 * preferred_output".
	 */
	label: (index: number) => string;
	/** Ids of the tool calls made by earlier assistant messages, which tool replies must answer. */
	toolCallIds: Set<string>;
}

export interface MessageListResult {
	/** The messages read without error (all of them when `issues` holds no error). */
	messages: DatasetMessage[];
	issues: DatasetIssue[];
}

/** Validates and normalises a list of OpenAI chat messages. */
export function readMessageList(
	list: readonly unknown[],
	context: MessageListContext
): MessageListResult {
	const messages: DatasetMessage[] = [];
	const issues: DatasetIssue[] = [];
	for (const [index, raw] of list.entries()) {
		const message = readMessage(raw, context.label(index), context, issues);
		if (message) messages.push(message);
	}
	return { messages, issues };
}

/** One message, or null after pushing its errors. */
function readMessage(
	raw: unknown,
	label: string,
	context: MessageListContext,
	issues: DatasetIssue[]
): DatasetMessage | null {
	const { line } = context;
	if (!isJsonObject(raw)) {
		const message = m.dataset_msg_not_message_object({ label, what: describeValue(raw) });
		issues.push(issueAt('message_missing_key', line, message, previewValue(raw)));
		return null;
	}
	const errorsBefore = issues.length;
	checkKeys(raw, label, line, issues);
	const role = readRole(raw, label, line, issues);
	const toolCalls = readToolCalls(raw, role, label, context, issues);
	const content = readContent(raw, role, label, line, issues);
	const weight = readWeight(raw, role, label, line, issues);
	const name = readName(raw, label, line, issues);
	if (role === 'tool') checkToolReply(raw, label, context, issues);
	if (issues.length > errorsBefore || role === undefined || content === undefined) return null;

	const message: DatasetMessage = { role, content: content.text };
	if (name !== undefined) message.name = name;
	if (weight !== undefined) message.weight = weight;
	if (toolCalls !== undefined) message.toolCalls = toolCalls;
	if (content.imageParts > 0) {
		message.imageParts = content.imageParts;
		const count = content.imageParts;
		const text = m.dataset_msg_image_parts({ label, count, shown: formatCount(count) });
		issues.push(issueAt('image_parts_not_counted', line, text));
	}
	return message;
}

function checkKeys(raw: JsonObject, label: string, line: number, issues: DatasetIssue[]): void {
	const unknown = Object.keys(raw).filter((key) => !MESSAGE_KEYS.has(key));
	if (unknown.length === 0) return;
	const keys = unknown
		.slice(0, 5)
		.map((key) => quoted(key))
		.join(', ');
	const accepted = m.dataset_chat_keys();
	const more = unknown.length - 5;
	const message =
		unknown.length === 1
			? m.dataset_msg_unknown_key({ label, key: keys, accepted })
			: more > 0
				? m.dataset_msg_unknown_keys_more({
						label,
						keys,
						count: more,
						more: formatCount(more),
						accepted
					})
				: m.dataset_msg_unknown_keys({ label, keys, accepted });
	issues.push(issueAt('message_unrecognized_key', line, message, previewValue(raw)));
}

function readRole(
	raw: JsonObject,
	label: string,
	line: number,
	issues: DatasetIssue[]
): string | undefined {
	if (!Object.hasOwn(raw, 'role')) {
		issues.push(
			issueAt('message_missing_key', line, m.dataset_msg_no_role({ label }), previewValue(raw))
		);
		return undefined;
	}
	const role = raw.role;
	if (typeof role === 'string' && CHAT_ROLES.has(role)) return role;
	const roles = m.dataset_chat_roles();
	const message =
		typeof role === 'string'
			? m.dataset_msg_unknown_role({ label, role: quoted(role), roles })
			: m.dataset_msg_role_not_text({ label, what: describeValue(role), roles });
	issues.push(issueAt('unrecognized_role', line, message, previewValue(role)));
	return undefined;
}

interface ContentText {
	text: string;
	imageParts: number;
}

/** An assistant message that makes tool calls may leave its content out or null. */
function mayOmitContent(raw: JsonObject, role: string | undefined): boolean {
	return (
		role === 'assistant' &&
		(isGiven(ownValue(raw, 'tool_calls')) || isGiven(ownValue(raw, 'function_call')))
	);
}

function readContent(
	raw: JsonObject,
	role: string | undefined,
	label: string,
	line: number,
	issues: DatasetIssue[]
): ContentText | undefined {
	const content = ownValue(raw, 'content');
	if (content === undefined || content === null) {
		if (mayOmitContent(raw, role)) return { text: '', imageParts: 0 };
		if (content === undefined) {
			const message = m.dataset_msg_no_content({ label });
			issues.push(issueAt('message_missing_key', line, message, previewValue(raw)));
		} else {
			issues.push(issueAt('missing_content', line, m.dataset_msg_null_content({ label })));
		}
		return undefined;
	}
	if (typeof content === 'string') return { text: content, imageParts: 0 };
	if (Array.isArray(content)) return readContentParts(content, label, line, issues);
	const message = m.dataset_msg_content_type({ label, what: describeValue(content) });
	issues.push(issueAt('missing_content', line, message, previewValue(content)));
	return undefined;
}

/** Text parts are joined with '\n'; image parts are counted apart; the first other part is an error. */
function readContentParts(
	parts: readonly unknown[],
	label: string,
	line: number,
	issues: DatasetIssue[]
): ContentText | undefined {
	const texts: string[] = [];
	let imageParts = 0;
	for (const [index, part] of parts.entries()) {
		const type = isJsonObject(part) ? ownValue(part, 'type') : undefined;
		const text = isJsonObject(part) ? ownValue(part, 'text') : undefined;
		if (type === 'text' && typeof text === 'string') {
			texts.push(text);
		} else if (typeof type === 'string' && IMAGE_PART_TYPES.has(type)) {
			imageParts += 1;
		} else {
			const message = contentPartProblem(part, type, label, index + 1);
			issues.push(issueAt('missing_content', line, message, previewValue(part)));
			return undefined;
		}
	}
	return { text: texts.join('\n'), imageParts };
}

/** What is wrong with a content part (numbered from 1), as a sentence. */
function contentPartProblem(part: unknown, type: unknown, label: string, number: number): string {
	const where = { label, part: String(number) };
	if (!isJsonObject(part))
		return m.dataset_msg_part_not_object({ ...where, what: describeValue(part) });
	if (type === 'text') return m.dataset_msg_part_no_text(where);
	if (typeof type !== 'string') return m.dataset_msg_part_no_type(where);
	return m.dataset_msg_part_unknown_type({ ...where, type: quoted(type) });
}

function readWeight(
	raw: JsonObject,
	role: string | undefined,
	label: string,
	line: number,
	issues: DatasetIssue[]
): 0 | 1 | undefined {
	if (!Object.hasOwn(raw, 'weight')) return undefined;
	const weight = raw.weight;
	if (role !== undefined && role !== 'assistant') {
		const message = m.dataset_msg_weight_not_assistant({ label, role });
		issues.push(issueAt('invalid_weight', line, message, previewValue(weight)));
		return undefined;
	}
	if (weight === 0 || weight === 1) return weight;
	const message = m.dataset_msg_bad_weight({ label, weight: previewValue(weight, 40) });
	issues.push(issueAt('invalid_weight', line, message, previewValue(weight)));
	return undefined;
}

/** A name is optional; null counts as absent. */
function readName(
	raw: JsonObject,
	label: string,
	line: number,
	issues: DatasetIssue[]
): string | undefined {
	const name = ownValue(raw, 'name');
	if (typeof name === 'string') return name;
	if (!isGiven(name)) return undefined;
	const message = m.dataset_msg_name_not_text({ label, what: describeValue(name) });
	issues.push(issueAt('missing_field', line, message, previewValue(name)));
	return undefined;
}

/** `tool_calls` or `function_call` as compact JSON, after checking their shape. Null counts as absent. */
function readToolCalls(
	raw: JsonObject,
	role: string | undefined,
	label: string,
	context: MessageListContext,
	issues: DatasetIssue[]
): string | undefined {
	const toolCalls = ownValue(raw, 'tool_calls');
	const functionCall = ownValue(raw, 'function_call');
	if (!isGiven(toolCalls) && !isGiven(functionCall)) return undefined;
	const value = isGiven(toolCalls) ? toolCalls : functionCall;
	const problem = toolCallProblem(toolCalls, functionCall, role, label);
	const json = problem === null ? compactJson(value) : null;
	if (json === null) {
		const message = problem ?? m.dataset_msg_tool_calls_too_deep({ label });
		issues.push(issueAt('invalid_tool_call', context.line, message, previewValue(value)));
		return undefined;
	}
	if (Array.isArray(toolCalls)) {
		for (const call of toolCalls)
			context.toolCallIds.add(String(ownValue(call as JsonObject, 'id')));
	}
	return json;
}

/** What is wrong with a message's tool calls, as a sentence, or null. */
function toolCallProblem(
	toolCalls: unknown,
	functionCall: unknown,
	role: string | undefined,
	label: string
): string | null {
	if (role !== undefined && role !== 'assistant') {
		return m.dataset_msg_tool_calls_not_assistant({ label, role });
	}
	if (isGiven(toolCalls) && isGiven(functionCall)) {
		return m.dataset_msg_tool_calls_both({ label });
	}
	if (isGiven(functionCall)) {
		return isFunctionCall(functionCall) ? null : m.dataset_msg_bad_function_call({ label });
	}
	if (!Array.isArray(toolCalls)) {
		return m.dataset_msg_tool_calls_not_list({ label, what: describeValue(toolCalls) });
	}
	if (toolCalls.length === 0) return m.dataset_msg_tool_calls_empty({ label });
	const badIndex = toolCalls.findIndex((call) => !isToolCall(call));
	if (badIndex < 0) return null;
	const index = String(badIndex + 1);
	return m.dataset_msg_bad_tool_call({ label, index, shape: TOOL_CALL_SHAPE });
}

function isFunctionCall(value: unknown): boolean {
	return (
		isJsonObject(value) &&
		typeof ownValue(value, 'name') === 'string' &&
		typeof ownValue(value, 'arguments') === 'string'
	);
}

function isToolCall(value: unknown): boolean {
	return (
		isJsonObject(value) &&
		typeof ownValue(value, 'id') === 'string' &&
		ownValue(value, 'type') === 'function' &&
		isFunctionCall(ownValue(value, 'function'))
	);
}

function checkToolReply(
	raw: JsonObject,
	label: string,
	context: MessageListContext,
	issues: DatasetIssue[]
): void {
	const id = ownValue(raw, 'tool_call_id');
	if (typeof id === 'string' && context.toolCallIds.has(id)) return;
	const message =
		typeof id === 'string'
			? m.dataset_msg_unknown_tool_call({ label, id: quoted(id) })
			: m.dataset_msg_tool_reply_no_id({ label });
	issues.push(issueAt('invalid_tool_call', context.line, message, previewValue(raw)));
}
