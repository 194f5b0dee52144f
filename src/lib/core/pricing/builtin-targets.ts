import type { EncodingName } from '../tokenize/encodings';
import { RULES } from './builtin-data';
import type { Confidence } from './types';

/** A figure stated in the rules rather than in a row. */
export interface RuleFigure {
	value: number;
	source: string;
	confidence: Confidence;
}

/** Which catalog entry the rows of one provider and model names build. */
export interface ApiTarget {
	provider: string;
	modelId: string;
	aliases?: string[];
	displayName: string;
	scope: 'model' | 'group';
	/** The `model` texts of the rows that fill this entry. */
	rows: string[];
	encoding?: EncodingName | string;
	method?: string;
	maxTokensPerExample?: RuleFigure;
	notes: string[];
}

export interface GpuTarget {
	id: string;
	name: string;
	memoryGb: number;
	peakDenseBf16TeraFlops: number;
	/** provider → the `model` texts of its rows for this GPU. */
	rows: { provider: string; model: string }[];
	notes: string[];
}

const O200K: EncodingName = 'o200k_base';
const CL100K: EncodingName = 'cl100k_base';

const OPENAI_LIMIT =
	'Azure OpenAI fine-tuning docs (per-example token limits, via the gathered rules)';
const openAiLimit = (value: number): RuleFigure => ({
	value,
	source: OPENAI_LIMIT,
	confidence: 'medium'
});
const OPENAI_SFT_NOTES = [
	RULES.openAiWindDown,
	RULES.openAiTraining,
	RULES.openAiMaxTokens,
	RULES.openAiCaching,
	RULES.openAiBatch
];

function openAi(
	modelId: string,
	alias: string,
	displayName: string,
	encoding: EncodingName,
	limit: number
): ApiTarget {
	return {
		provider: 'OpenAI',
		modelId,
		aliases: [alias],
		displayName,
		scope: 'model',
		rows: [modelId, alias],
		encoding,
		method: 'supervised',
		maxTokensPerExample: openAiLimit(limit),
		notes: OPENAI_SFT_NOTES
	};
}

function group(
	provider: string,
	modelId: string,
	row: string,
	notes: string[],
	method?: string
): ApiTarget {
	return { provider, modelId, displayName: row, scope: 'group', rows: [row], method, notes };
}

function model(provider: string, modelId: string, rows: string[], notes: string[]): ApiTarget {
	return { provider, modelId, displayName: rows[0] ?? modelId, scope: 'model', rows, notes };
}

const VERTEX_LIMIT: RuleFigure = {
	value: 131_072,
	source: 'Google Vertex AI tuning docs (via the gathered rules)',
	confidence: 'medium'
};

function vertex(modelId: string, limit?: RuleFigure): ApiTarget {
	return {
		...model('Google Vertex AI', modelId, [modelId], [RULES.vertex]),
		method: 'supervised',
		maxTokensPerExample: limit
	};
}

export const API_TARGETS: ApiTarget[] = [
	openAi('gpt-4.1-2025-04-14', 'gpt-4.1', 'GPT-4.1', O200K, 65_536),
	openAi('gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini', 'GPT-4.1 mini', O200K, 65_536),
	openAi('gpt-4.1-nano-2025-04-14', 'gpt-4.1-nano', 'GPT-4.1 nano', O200K, 32_768),
	openAi('gpt-4o-2024-08-06', 'gpt-4o', 'GPT-4o', O200K, 65_536),
	openAi('gpt-4o-mini-2024-07-18', 'gpt-4o-mini', 'GPT-4o mini', O200K, 65_536),
	openAi('gpt-3.5-turbo-0125', 'gpt-3.5-turbo', 'GPT-3.5 Turbo', CL100K, 16_385),
	{
		provider: 'OpenAI',
		modelId: 'o4-mini-2025-04-16',
		aliases: ['o4-mini'],
		displayName: 'o4-mini',
		scope: 'model',
		rows: ['o4-mini-2025-04-16 (reinforcement fine-tuning)', 'o4-mini'],
		encoding: O200K,
		method: 'reinforcement',
		notes: [RULES.openAiReinforcement, RULES.openAiWindDown, RULES.openAiCaching]
	},
	group(
		'Azure OpenAI',
		'fine-tuned-deployment',
		'fine-tuned deployment (Standard / Global Standard)',
		[RULES.azureHosting]
	),
	{
		...model('Azure OpenAI', 'o4-mini', ['o4-mini (reinforcement fine-tuning)'], []),
		displayName: 'o4-mini (reinforcement fine-tuning)',
		encoding: O200K,
		method: 'reinforcement',
		notes: [RULES.openAiReinforcement, RULES.azureHosting]
	},
	vertex('gemini-2.0-flash'),
	vertex('gemini-2.0-flash-lite'),
	vertex('gemini-2.5-pro'),
	vertex('gemini-2.5-flash', VERTEX_LIMIT),
	vertex('gemini-2.5-flash-lite', VERTEX_LIMIT),
	model('Google', 'gemini-2.5-flash', ['gemini-2.5-flash'], []),
	model('Google', 'gemini-2.5-pro', ['gemini-2.5-pro (prompts <= 200k tokens)'], []),
	model('Google', 'gemini-2.5-flash-lite', ['gemini-2.5-flash-lite'], []),
	{
		...group('Mistral', 'fine-tuning', 'any fine-tuning job', [RULES.mistral]),
		displayName: 'Fine-tuning (any model)',
		rows: ['any fine-tuning job', 'any fine-tuned model', 'per-model training rate']
	},
	model('Mistral', 'mistral-large-latest', ['mistral-large-latest'], []),
	model('Mistral', 'open-mistral-nemo', ['open-mistral-nemo'], []),
	group('Together AI', 'sft-up-to-16b', 'SFT, models up to 16B', [RULES.together], 'SFT (LoRA)'),
	group('Together AI', 'sft-17b-69b', 'SFT, models 17B-69B', [RULES.together], 'SFT (LoRA)'),
	group('Together AI', 'sft-70b-100b', 'SFT, models 70B-100B', [RULES.together], 'SFT (LoRA)'),
	group('Together AI', 'dpo-up-to-16b', 'DPO, models up to 16B', [RULES.together], 'DPO (LoRA)'),
	group('Together AI', 'dpo-17b-69b', 'DPO, models 17B-69B', [RULES.together], 'DPO (LoRA)'),
	group('Together AI', 'dpo-70b-100b', 'DPO, models 70B-100B', [RULES.together], 'DPO (LoRA)'),
	{
		...model('Together AI', 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', [], []),
		aliases: ['Meta-Llama-3.1-8B-Instruct-Turbo'],
		displayName: 'Meta-Llama-3.1-8B-Instruct-Turbo',
		rows: ['Meta-Llama-3.1-8B-Instruct-Turbo']
	},
	{
		...model('Together AI', 'meta-llama/Llama-3.3-70B-Instruct-Turbo', [], []),
		aliases: ['Llama-3.3-70B-Instruct-Turbo'],
		displayName: 'Llama-3.3-70B-Instruct-Turbo',
		rows: ['Llama-3.3-70B-Instruct-Turbo']
	},
	group('Fireworks AI', 'sft-up-to-16b', 'SFT, models up to 16B', [RULES.fireworks], 'SFT'),
	group('Fireworks AI', 'sft-16b-80b', 'SFT, models 16.1B-80B', [RULES.fireworks], 'SFT'),
	group('Fireworks AI', 'sft-deepseek-r1-v3', 'SFT, DeepSeek R1 / V3', [RULES.fireworks], 'SFT'),
	group('Fireworks AI', 'serverless-4b-16b', 'serverless base, models 4B-16B', [RULES.fireworks]),
	group('Fireworks AI', 'serverless-over-16b', 'serverless base, models > 16B', [RULES.fireworks]),
	{
		...model('AWS Bedrock', 'amazon.nova-micro-v1:0', [], [RULES.bedrock]),
		aliases: ['Amazon Nova Micro'],
		displayName: 'Amazon Nova Micro',
		rows: ['Amazon Nova Micro', 'custom Nova Micro (on-demand)']
	},
	{
		...model('AWS Bedrock', 'anthropic.claude-3-haiku-20240307-v1:0', [], [RULES.bedrock]),
		aliases: ['Claude 3 Haiku'],
		displayName: 'Claude 3 Haiku',
		rows: ['Claude 3 Haiku', 'Claude 3 Haiku fine-tuning'],
		// The rules say "32K"; 32,000 is the smaller reading.
		maxTokensPerExample: {
			value: 32_000,
			source: 'AWS Bedrock docs (via the gathered rules: "up to 32K tokens per example")',
			confidence: 'low'
		}
	},
	{
		...group('AWS Bedrock', 'custom-models', 'any custom model', [RULES.bedrock]),
		displayName: 'Any custom model',
		rows: ['any custom model', 'Provisioned Throughput for custom models']
	},
	anthropic('claude-3-haiku-20240307', 'Claude Haiku 3'),
	anthropic('claude-3-5-haiku-20241022', 'Claude Haiku 3.5', 'claude-3-5-haiku-latest'),
	anthropic('claude-haiku-4-5-20251001', 'Claude Haiku 4.5', 'claude-haiku-4-5'),
	anthropic('claude-sonnet-4-5-20250929', 'Claude Sonnet 4.5', 'claude-sonnet-4-5')
];

function anthropic(modelId: string, row: string, alias?: string): ApiTarget {
	return {
		...model('Anthropic', modelId, [row], [RULES.anthropicCaching]),
		aliases: alias ? [alias] : []
	};
}

const RUNPOD_SECURE = 'RunPod (secure cloud)';
const RUNPOD_COMMUNITY = 'RunPod (community cloud)';

export const GPU_TARGETS: GpuTarget[] = [
	{
		id: 'h100-sxm-80gb',
		name: 'NVIDIA H100 SXM 80GB',
		memoryGb: 80,
		peakDenseBf16TeraFlops: 989,
		rows: [
			{ provider: RUNPOD_SECURE, model: 'H100 SXM 80GB' },
			{ provider: RUNPOD_COMMUNITY, model: 'H100 SXM 80GB' },
			{ provider: 'Lambda', model: 'H100 SXM (8x instance)' },
			{ provider: 'AWS EC2', model: 'p5.48xlarge, 8x H100 (us-east-1)' }
		],
		notes: []
	},
	{
		id: 'h100-pcie-80gb',
		name: 'NVIDIA H100 PCIe 80GB',
		memoryGb: 80,
		peakDenseBf16TeraFlops: 756,
		rows: [{ provider: RUNPOD_SECURE, model: 'H100 PCIe 80GB' }],
		notes: []
	},
	{
		id: 'a100-80gb',
		name: 'NVIDIA A100 80GB',
		memoryGb: 80,
		peakDenseBf16TeraFlops: 312,
		rows: [
			{ provider: RUNPOD_SECURE, model: 'A100 80GB' },
			{ provider: RUNPOD_COMMUNITY, model: 'A100 80GB PCIe' },
			{ provider: 'Lambda', model: 'A100 SXM 80GB (8x instance)' },
			{ provider: 'AWS EC2', model: 'p4de.24xlarge, 8x A100 80GB (us-east-1)' }
		],
		notes: ['SXM and PCIe variants have the same peak dense BF16; each offer names its variant.']
	},
	{
		id: 'l40s-48gb',
		name: 'NVIDIA L40S 48GB',
		memoryGb: 48,
		peakDenseBf16TeraFlops: 362,
		rows: [{ provider: RUNPOD_SECURE, model: 'L40S 48GB' }],
		notes: []
	},
	{
		id: 'l4-24gb',
		name: 'NVIDIA L4 24GB',
		memoryGb: 24,
		peakDenseBf16TeraFlops: 121,
		rows: [{ provider: RUNPOD_SECURE, model: 'L4 24GB' }],
		notes: []
	}
];

export const GPU_PEAK_SOURCE = 'NVIDIA spec sheets (peak dense BF16, via the gathered rules)';
