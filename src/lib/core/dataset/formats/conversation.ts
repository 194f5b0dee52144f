import { m } from '../../i18n/locale';
import type { DatasetIssue, DatasetMessage } from '../types';
import { issueAt } from './issues';

/** The checks every normalised example gets once its messages are read without error. */

export function missingAssistantIssue(
	messages: readonly DatasetMessage[],
	line: number
): DatasetIssue | null {
	if (messages.some((message) => message.role === 'assistant')) return null;
	return issueAt('example_missing_assistant_message', line, m.dataset_msg_no_assistant());
}

/** The cookbook's warnings for conversations: a system (or developer) message and a user message. */
export function conversationWarnings(
	messages: readonly DatasetMessage[],
	line: number
): DatasetIssue[] {
	const roles = new Set(messages.map((message) => message.role));
	const issues: DatasetIssue[] = [];
	if (!roles.has('system') && !roles.has('developer')) {
		issues.push(issueAt('missing_system_message', line, m.dataset_msg_no_system()));
	}
	if (!roles.has('user')) {
		issues.push(issueAt('missing_user_message', line, m.dataset_msg_no_user()));
	}
	return issues;
}

/**
 * A warning for each message with nothing to count: empty or whitespace-only content, no tool calls and no
 * images. `label` names the message from its 0-based index in `messages`.
 */
export function emptyContentWarnings(
	messages: readonly DatasetMessage[],
	line: number,
	label: (index: number) => string
): DatasetIssue[] {
	const issues: DatasetIssue[] = [];
	for (const [index, message] of messages.entries()) {
		if (message.content.trim() !== '' || message.toolCalls !== undefined) continue;
		if (message.imageParts !== undefined) continue;
		const text = m.dataset_msg_empty_content({ label: label(index), role: message.role });
		issues.push(issueAt('empty_content', line, text));
	}
	return issues;
}

/** All the checks of a conversation (chat, ShareGPT): an assistant message, then the warnings. */
export function conversationIssues(
	messages: readonly DatasetMessage[],
	line: number,
	label: (index: number) => string
): DatasetIssue[] {
	const noAssistant = missingAssistantIssue(messages, line);
	return [
		...(noAssistant ? [noAssistant] : []),
		...conversationWarnings(messages, line),
		...emptyContentWarnings(messages, line, label)
	];
}

/** Labels "Message 1", "Message 2"… for a list read as is. */
export function messageNumber(index: number): string {
	return m.dataset_label_message({ number: String(index + 1) });
}
