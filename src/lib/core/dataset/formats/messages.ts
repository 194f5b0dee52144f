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

const KEY_LIST = 'role, content, name, weight, function_call, tool_calls, tool_call_id and refusal';
const ROLE_LIST = 'system, developer, user, assistant, tool and function';

export interface MessageListContext {
	line: number;
	/** Names a message in issue text from its 0-based index: "Message 2", "Message 1 of preferred_output". */
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
		const what = describeValue(raw);
		const message = `${label} is ${what}, not an object with a role and content.`;
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
		const parts = content.imageParts === 1 ? '1 image part' : `${content.imageParts} image parts`;
		const text = `${label} has ${parts}; images are billed too, but they are not counted here.`;
		issues.push(issueAt('image_parts_not_counted', line, text));
	}
	return message;
}

function checkKeys(raw: JsonObject, label: string, line: number, issues: DatasetIssue[]): void {
	const unknown = Object.keys(raw).filter((key) => !MESSAGE_KEYS.has(key));
	if (unknown.length === 0) return;
	const named = unknown.slice(0, 5).map((key) => quoted(key));
	const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
	const keys = unknown.length === 1 ? `the key ${named[0]}` : `the keys ${named.join(', ')}${more}`;
	const message = `${label} has ${keys}, which chat messages do not take (they take ${KEY_LIST}).`;
	issues.push(issueAt('message_unrecognized_key', line, message, previewValue(raw)));
}

function readRole(
	raw: JsonObject,
	label: string,
	line: number,
	issues: DatasetIssue[]
): string | undefined {
	if (!Object.hasOwn(raw, 'role')) {
		issues.push(issueAt('message_missing_key', line, `${label} has no role.`, previewValue(raw)));
		return undefined;
	}
	const role = raw.role;
	if (typeof role === 'string' && CHAT_ROLES.has(role)) return role;
	const what =
		typeof role === 'string' ? `the role ${quoted(role)}` : `a role that is ${describeValue(role)}`;
	const message = `${label} has ${what}; the roles are ${ROLE_LIST}.`;
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
			issues.push(
				issueAt('message_missing_key', line, `${label} has no content.`, previewValue(raw))
			);
		} else {
			const message = `${label} has null content; only an assistant message that makes tool calls may have none.`;
			issues.push(issueAt('missing_content', line, message));
		}
		return undefined;
	}
	if (typeof content === 'string') return { text: content, imageParts: 0 };
	if (Array.isArray(content)) return readContentParts(content, label, line, issues);
	const message = `${label} has content that is ${describeValue(content)}; content must be text or a list of content parts.`;
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
			const problem = contentPartProblem(part, type);
			const message = `${label}'s content part ${index + 1} ${problem}.`;
			issues.push(issueAt('missing_content', line, message, previewValue(part)));
			return undefined;
		}
	}
	return { text: texts.join('\n'), imageParts };
}

function contentPartProblem(part: unknown, type: unknown): string {
	if (!isJsonObject(part)) return `is ${describeValue(part)}, not a content part object`;
	if (type === 'text') return 'is a text part without a text string';
	if (typeof type !== 'string') return 'has no type';
	return `has the type ${quoted(type)}, which is neither a text part nor an image part`;
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
		const message = `${label} (${role}) has a weight; only assistant messages take one.`;
		issues.push(issueAt('invalid_weight', line, message, previewValue(weight)));
		return undefined;
	}
	if (weight === 0 || weight === 1) return weight;
	const message = `${label} has the weight ${previewValue(weight, 40)}; a weight must be 0 or 1.`;
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
	const message = `${label} has a name that is ${describeValue(name)}; a name must be text.`;
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
		const message = problem ?? `${label}'s tool calls are nested too deeply to read.`;
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
		return `${label} (${role}) makes tool calls; only assistant messages make them.`;
	}
	if (isGiven(toolCalls) && isGiven(functionCall)) {
		return `${label} has both tool_calls and function_call; a message uses one or the other.`;
	}
	if (isGiven(functionCall)) {
		return isFunctionCall(functionCall)
			? null
			: `${label}'s function_call must be an object with a name and arguments, both text.`;
	}
	if (!Array.isArray(toolCalls)) {
		return `${label}'s tool_calls is ${describeValue(toolCalls)}; it must be a list of tool calls.`;
	}
	if (toolCalls.length === 0) return `${label}'s tool_calls list is empty.`;
	const badIndex = toolCalls.findIndex((call) => !isToolCall(call));
	if (badIndex < 0) return null;
	return (
		`${label}'s tool call ${badIndex + 1} is not of the form ` +
		'{"id", "type": "function", "function": {"name", "arguments"}} with text values.'
	);
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
			? `${label} answers the tool call ${quoted(id)}, which no earlier assistant message made.`
			: `${label} is a tool reply without a tool_call_id naming the call it answers.`;
	issues.push(issueAt('invalid_tool_call', context.line, message, previewValue(raw)));
}
