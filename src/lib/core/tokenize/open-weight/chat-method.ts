/*
 * How an open-weight chat count was obtained, as data, and its description for a person. Kept apart from the
 * tokenizer engine (tokenizer.ts) so that pages and counting code can describe counts without loading it.
 */
import { formatCount } from '../../format';
import { m } from '../../i18n/locale';

/**
 * An assumption, not a measurement, used only when no chat template renders the conversation: each message is taken
 * to cost what a ChatML turn costs besides its role and content (`<|im_start|>`, `\n` after the role, `<|im_end|>`,
 * `\n`: 4 tokens), and the conversation 1 more for a beginning-of-sequence token.
 */
export const ESTIMATED_CHAT_OVERHEAD = {
	perMessage: 4,
	perConversation: 1,
	generationPrompt: 3
} as const;

/** Whose chat template rendered a conversation: a shipped model's, or the one in a person's files. */
export type ChatTemplateOrigin = { kind: 'shipped'; model: string } | { kind: 'file' };

/** How a chat count was obtained, as data, so that it is written in the language of the moment it is read. */
export type ChatCountMethod =
	| { kind: 'no-messages' }
	| { kind: 'rendered'; template: ChatTemplateOrigin }
	| {
			kind: 'estimated';
			/** Why there is no rendering: no template (null), or the template's refusal and its message. */
			refused: { template: ChatTemplateOrigin; error: string } | null;
			/** A request: the opening of the reply is estimated too. */
			request: boolean;
	  };

function templateText(origin: ChatTemplateOrigin): string {
	return origin.kind === 'shipped'
		? m.tokenizers_template_shipped({ model: origin.model })
		: m.tokenizers_template_file();
}

/** How a chat count was obtained, for a person to read, in the current language. */
export function describeChatCountMethod(method: ChatCountMethod): string {
	if (method.kind === 'no-messages') return m.tokenizers_method_no_messages();
	if (method.kind === 'rendered')
		return m.tokenizers_method_rendered({ template: templateText(method.template) });
	const reason =
		method.refused === null
			? m.tokenizers_reason_no_template()
			: m.tokenizers_reason_refused({
					template: templateText(method.refused.template),
					error: method.refused.error
				});
	const { perMessage, perConversation, generationPrompt } = ESTIMATED_CHAT_OVERHEAD;
	const figures = {
		reason,
		perMessage: formatCount(perMessage),
		perConversation: formatCount(perConversation)
	};
	return method.request
		? m.tokenizers_method_estimate_request({
				...figures,
				generationPrompt: formatCount(generationPrompt)
			})
		: m.tokenizers_method_estimate(figures);
}
