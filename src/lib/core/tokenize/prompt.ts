import { countMessage, CHAT_OVERHEAD, type ChatMessage } from './chat';
import { formatCount } from '../format';
import type { EncodingName } from './encodings';
import type { Encoder } from './registry';

export interface FewShotPair {
	user: string;
	assistant: string;
}

/** A sample request as a person pastes it: the parts a per-request cost is built from. */
export interface PromptParts {
	system: string;
	fewShot: FewShotPair[];
	user: string;
	/** The expected answer: the output tokens of a request, the assistant turn of a training example. */
	answer: string;
}

/** Tokens of one part of a prompt: its contents, and the chat overhead of its messages. */
export interface PartCount {
	content: number;
	overhead: number;
	total: number;
}

export interface PromptCount {
	encoding: EncodingName;
	system: PartCount;
	/** All few-shot examples together. */
	fewShot: PartCount;
	/** Each few-shot example's user and assistant messages, in order. */
	fewShotPairs: { user: PartCount; assistant: PartCount }[];
	user: PartCount;
	/** The answer's message as it stands in a training example. */
	answer: PartCount;
	replyPriming: number;
	/** Prompt tokens of one request: system + few-shot + user messages + reply priming. */
	input: number;
	/** Completion tokens of one request: the answer's content. */
	output: number;
	/** The whole chat as one fine-tuning example: the input plus the answer's message. */
	trainingExample: number;
	explanation: { input: string; trainingExample: string };
}

/** An empty part sends no message, so it is left out of the chat. */
function message(role: string, content: string): ChatMessage[] {
	return content === '' ? [] : [{ role, content }];
}

function pairMessages(pair: FewShotPair): ChatMessage[] {
	return [...message('user', pair.user), ...message('assistant', pair.assistant)];
}

function countPart(encoder: Encoder, messages: readonly ChatMessage[]): PartCount {
	return sumParts(messages.map((m) => countMessage(encoder, m)));
}

function sumParts(counts: readonly PartCount[]): PartCount {
	return counts.reduce(
		(sum, count) => ({
			content: sum.content + count.content,
			overhead: sum.overhead + count.overhead,
			total: sum.total + count.total
		}),
		{ content: 0, overhead: 0, total: 0 }
	);
}

export function countPrompt(encoder: Encoder, parts: PromptParts): PromptCount {
	const system = countPart(encoder, message('system', parts.system));
	const fewShotPairs = parts.fewShot.map((pair) => ({
		user: countPart(encoder, message('user', pair.user)),
		assistant: countPart(encoder, message('assistant', pair.assistant))
	}));
	const fewShot = sumParts(fewShotPairs.flatMap((pair) => [pair.user, pair.assistant]));
	const user = countPart(encoder, message('user', parts.user));
	const answer = countPart(encoder, message('assistant', parts.answer));
	const replyPriming = CHAT_OVERHEAD.replyPriming;
	const input = system.total + fewShot.total + user.total + replyPriming;
	const trainingExample = input + answer.total;
	return {
		encoding: encoder.encoding,
		system,
		fewShot,
		fewShotPairs,
		user,
		answer,
		replyPriming,
		input,
		output: answer.content,
		trainingExample,
		explanation: {
			input: `system ${formatCount(system.total)} + few-shot ${formatCount(fewShot.total)} + user ${formatCount(user.total)} + reply priming ${replyPriming} = ${formatCount(input)}`,
			trainingExample: `input ${formatCount(input)} + answer message ${formatCount(answer.total)} = ${formatCount(trainingExample)}`
		}
	};
}

/** The request and its answer as one chat, in order: what a fine-tuning example built from this prompt holds. */
export function promptChat(parts: PromptParts): ChatMessage[] {
	return [
		...message('system', parts.system),
		...parts.fewShot.flatMap(pairMessages),
		...message('user', parts.user),
		...message('assistant', parts.answer)
	];
}
