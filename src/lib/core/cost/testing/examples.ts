import { defaultInputs, type ScenarioInputs } from '../types';

/**
 * The worked examples of the cost model, as inputs: prompting GPT-4.1, fine-tuning GPT-4.1 mini through the API,
 * the same deployed on Azure, and a self-hosted LoRA of Llama 3.1 8B on one H100 SXM.
 */
export const WORKED_EXAMPLES = {
	promptedGpt41: {
		...defaultInputs('prompted'),
		inputPrice: 2,
		cachedInputPrice: 0.5,
		outputPrice: 8,
		systemTokens: 800,
		fewShotTokens: 1200,
		userTokens: 150,
		outputTokens: 250,
		requestsPerMonth: 100_000
	},
	fineTunedGpt41Mini: {
		...defaultInputs('fine-tuned-api'),
		inputPrice: 0.8,
		cachedInputPrice: 0.2,
		outputPrice: 3.2,
		systemTokens: 100,
		userTokens: 150,
		outputTokens: 250,
		requestsPerMonth: 100_000,
		trainingPricePerMillion: 5,
		trainingTokensPerEpoch: 2_000_000,
		epochs: 3
	},
	fineTunedOnAzure: {
		...defaultInputs('fine-tuned-api'),
		inputPrice: 0.8,
		cachedInputPrice: 0.2,
		outputPrice: 3.2,
		systemTokens: 100,
		userTokens: 150,
		outputTokens: 250,
		requestsPerMonth: 100_000,
		trainingPricePerMillion: 5,
		trainingTokensPerEpoch: 2_000_000,
		epochs: 3,
		hostingPerHour: 1.7
	},
	selfHostedLlama8b: {
		...defaultInputs('self-hosted'),
		systemTokens: 100,
		userTokens: 150,
		outputTokens: 250,
		requestsPerMonth: 100_000,
		parameters: 8.03e9,
		trainingMethod: 'lora',
		trainingTokensPerEpoch: 2_000_000,
		epochs: 3,
		gpuPeakFlops: 989e12,
		mfu: 0.4,
		gpuPricePerHour: 3.99,
		servingReplicas: 1,
		servingGpuPricePerHour: 3.99
	}
} satisfies Record<string, ScenarioInputs>;
