import { DEFAULT_ENCODING } from '$lib/core/tokenize/encodings';
import type { PromptParts } from '$lib/core/tokenize/prompt';
import type { TokenizerRef } from '$lib/core/tokenize/tokenizers';

export interface FewShotDraft {
	/** Stable key for the list, so removing one example keeps the others' fields and focus. */
	id: number;
	user: string;
	assistant: string;
}

/** What a person has typed into the prompt panel. */
export class PromptDraft {
	system = $state('');
	fewShot = $state<FewShotDraft[]>([]);
	user = $state('');
	answer = $state('');
	/** An OpenAI encoding, an open-weight tokenizer, or one the person added. */
	encoding = $state<TokenizerRef>(DEFAULT_ENCODING);
	#nextId = 1;

	/** A plain copy of the parts (no reactive proxies), safe to send to a worker. */
	get parts(): PromptParts {
		return {
			system: this.system,
			fewShot: this.fewShot.map(({ user, assistant }) => ({ user, assistant })),
			user: this.user,
			answer: this.answer
		};
	}

	/** Replaces everything typed, e.g. when another project opens. */
	load(parts: PromptParts, encoding: TokenizerRef): void {
		this.system = parts.system;
		this.user = parts.user;
		this.answer = parts.answer;
		this.encoding = encoding;
		this.fewShot = parts.fewShot.map((pair) => ({ id: this.#nextId++, ...pair }));
	}

	addExample(): FewShotDraft {
		const example = { id: this.#nextId++, user: '', assistant: '' };
		this.fewShot.push(example);
		return example;
	}

	removeExample(id: number): void {
		this.fewShot = this.fewShot.filter((example) => example.id !== id);
	}
}
