import { m } from '../i18n/locale';
import { newScenario } from './edit';
import type { EnteredValue, NumericField, Scenario } from './types';

function typed(
	values: Partial<Record<NumericField, number>>
): Partial<Record<NumericField, EnteredValue>> {
	return Object.fromEntries(
		Object.entries(values).map(([field, value]) => [field, { text: String(value), value }])
	);
}

const VOLUME = { requestsPerMonth: 100_000, months: 12 };

/**
 * What a first visit shows: a large model prompted with few-shot examples against a small fine-tuned one with a
 * short prompt, at 100,000 requests a month for a year. Prices come from the catalog. The names are in the language
 * of the moment: once made, they are the project's own, which the person may rename.
 */
export function exampleScenarios(): Scenario[] {
	const fewShot: Scenario = {
		...newScenario('prompted', m.sheet_example_few_shot_name(), 'example-few-shot'),
		modelId: 'openai/gpt-4.1-2025-04-14',
		values: typed({
			systemTokens: 800,
			fewShotTokens: 1200,
			userTokens: 150,
			outputTokens: 250,
			...VOLUME
		})
	};
	const fineTuned: Scenario = {
		...newScenario('fine-tuned-api', m.sheet_example_fine_tuned_name(), 'example-fine-tuned'),
		modelId: 'openai/gpt-4.1-mini-2025-04-14',
		values: typed({
			systemTokens: 100,
			userTokens: 150,
			outputTokens: 250,
			trainingTokensPerEpoch: 2_000_000,
			epochs: 3,
			...VOLUME
		})
	};
	return [fewShot, fineTuned];
}

export const EXAMPLE_BASELINE_ID = 'example-few-shot';
