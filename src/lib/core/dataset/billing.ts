import { formatCount } from '../format';
import { m } from '../i18n/locale';

/**
 * OpenAI's default number of epochs ("auto"), with the constants of the OpenAI cookbook's data preparation notebook:
 * 3 epochs, raised so that small datasets see at least 100 examples (at most 25 epochs) and lowered so that large
 * ones see at most 25,000 (at least 1 epoch).
 */
export const EPOCH_DEFAULTS = {
	target: 3,
	minTargetExamples: 100,
	maxTargetExamples: 25_000,
	minEpochs: 1,
	maxEpochs: 25
} as const;

export function defaultEpochs(examples: number): number {
	const { target, minTargetExamples, maxTargetExamples, minEpochs, maxEpochs } = EPOCH_DEFAULTS;
	if (examples <= 0) return target;
	if (examples * target < minTargetExamples) {
		return Math.min(maxEpochs, Math.floor(minTargetExamples / examples));
	}
	if (examples * target > maxTargetExamples) {
		return Math.max(minEpochs, Math.floor(maxTargetExamples / examples));
	}
	return target;
}

/** How the default number of epochs follows from the number of examples, in the current language. */
export function explainDefaultEpochs(examples: number): string {
	const { target, minTargetExamples, maxTargetExamples, minEpochs, maxEpochs } = EPOCH_DEFAULTS;
	const epochs = defaultEpochs(examples);
	const figures = {
		examples: formatCount(examples),
		target: formatCount(target),
		epochs: formatCount(epochs)
	};
	if (examples * target < minTargetExamples) {
		return m.dataset_explain_epochs_raised({
			...figures,
			count: examples,
			min: formatCount(minTargetExamples),
			maxEpochs: formatCount(maxEpochs)
		});
	}
	if (examples * target > maxTargetExamples) {
		return m.dataset_explain_epochs_lowered({
			...figures,
			count: epochs,
			max: formatCount(maxTargetExamples),
			minEpochs: formatCount(minEpochs)
		});
	}
	return m.dataset_explain_epochs_default(figures);
}

export interface LimitBilling {
	/** Σ min(limit, tokens of each example): what one epoch bills. */
	billedTokensPerEpoch: number;
	examplesOverLimit: number;
	/** Tokens beyond the limit, truncated by the provider and not trained on. */
	tokensCut: number;
}

export function billAgainstLimit(perExample: ArrayLike<number>, limit: number): LimitBilling {
	let billedTokensPerEpoch = 0;
	let examplesOverLimit = 0;
	let tokensCut = 0;
	for (let i = 0; i < perExample.length; i++) {
		const tokens = perExample[i]!;
		if (tokens > limit) {
			examplesOverLimit++;
			tokensCut += tokens - limit;
			billedTokensPerEpoch += limit;
		} else {
			billedTokensPerEpoch += tokens;
		}
	}
	return { billedTokensPerEpoch, examplesOverLimit, tokensCut };
}
