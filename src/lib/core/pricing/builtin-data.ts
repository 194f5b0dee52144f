/*
 * Price facts copied from prices-2026-11.json (../shared/pricing/), gathered on 2026-11-25. Each row names
 * its own source, date and confidence; the file is not read at run time.
 */

/** One sourced row. Token prices are USD per 1M tokens unless `unit` says otherwise. */
export interface PriceRow {
	provider: string;
	model: string;
	kind: 'training' | 'ft_inference' | 'base_inference' | 'hosting' | 'gpu';
	price?: number | null;
	unit?: string;
	input?: number;
	cachedInput?: number | null;
	cacheWrite5m?: number;
	cacheWrite1h?: number;
	output?: number;
	batch?: { input: number; cachedInput?: number | null; output: number };
	contextTokens?: number;
	note?: string;
	/** YYYY, YYYY-MM or YYYY-MM-DD; absent when the source copy was undated. */
	asOf?: string;
	confidence: 'high' | 'medium' | 'low';
	source: string;
}

/** The day the facts were gathered: the date given to undated sources. */
export const GATHERED_ON = '2026-11-25';

export const PRICE_FACTS_ABOUT =
	"Sourced price facts gathered on 2026-11-25 for the built-in catalog. USD. Token prices are per 1M tokens unless 'unit' says otherwise. 'asOf' is the date of the source copy that was read; 'confidence' is high (vendor page or vendor repo), medium (dated mirror of a vendor page), low (secondary source). Rows with price null were looked for and not found: the catalog must let the user enter them.";

/** The file's rules, verbatim: notes on the providers and models they apply to. */
export const RULES = {
	openAiTraining:
		"OpenAI fine-tuning: training cost = training-price x tokens in the training file x epochs; validation tokens are not billed; minimum 10 examples; epochs 'auto' are chosen from dataset size. Source: OpenAI fine-tuning guide (copy ~2024-12).",
	openAiMaxTokens:
		'OpenAI max tokens per training example: gpt-4o / gpt-4o-mini 65,536; gpt-3.5-turbo-0125 16,385; gpt-4.1 / gpt-4.1-mini 65,536 and gpt-4.1-nano 32,768 (Azure docs). Longer examples are truncated.',
	openAiReinforcement:
		'OpenAI reinforcement fine-tuning (o4-mini) is billed per wall-clock hour of the training loop ($100/h); grader tokens billed separately.',
	openAiWindDown:
		'OpenAI is winding down self-serve fine-tuning: notice on the OpenAI pricing page; per news reports no new users since 2026-05-07 and no new training jobs after 2027-01-06; existing fine-tuned models keep serving until their base model retires. Confidence: notice high, dates low.',
	openAiCaching:
		'OpenAI prompt caching: automatic for prompts >= 1,024 tokens, hits in 128-token steps, no write surcharge; cached input = 50% of input for gpt-4o family, 25% for gpt-4.1 family and o4-mini.',
	openAiBatch: 'Batch API: 50% off input and output for OpenAI base models.',
	anthropicCaching:
		'Anthropic prompt caching: 5-minute cache write 1.25x input, 1-hour write 2x, cache read 0.1x; minimum cacheable prompt 1,024 tokens (Sonnet/Opus 4.x), 2,048 (Haiku 3/3.5), 4,096 (Haiku 4.5).',
	azureHosting:
		'Azure OpenAI: a fine-tuned Standard/Global deployment is billed $1.70 per hour whether called or not; tokens billed at the base-model rate; deployments unused for 15 days are deleted; Developer tier has no hosting fee (deleted after 24 h).',
	vertex:
		'Google Vertex: training tokens = dataset tokens x epochs; tuned-model endpoint has the same prediction price as the base model; 131,072 tokens max per example for Gemini 2.5 Flash / Flash-Lite.',
	mistral:
		'Mistral: $4 minimum fee per fine-tuning job, $2 per fine-tuned model per month storage; cost preview via dry_run; fine-tuning API marked deprecated in newer docs.',
	together:
		'Together AI: billed tokens = epochs x training tokens + evaluations x validation tokens; dedicated endpoints for fine-tuned models billed per minute even when idle.',
	fireworks:
		'Fireworks: supervised fine-tuning billed per training token; fine-tuned LoRA models served at base price (2025) or on dedicated GPU deployments (newer docs).',
	bedrock:
		'AWS Bedrock: custom models generally need Provisioned Throughput billed hourly per model unit (same rate as the base model); exception: Nova Lite/Micro/Pro custom models trained on/after 2025-07-16 can use on-demand tokens (us-east-1, us-west-2); $1.95 per custom model per month storage. Claude 3 Haiku fine-tuning: up to 32K tokens per example.',
	selfHosted:
		'Self-hosted training estimate (rule of thumb): full fine-tune FLOPs ~= 6 x parameters x tokens x epochs; LoRA skips weight gradients (~4 x N x D); GPU-hours = FLOPs / (peak dense BF16 FLOP/s x MFU), MFU typically 0.3-0.5. Peak dense BF16 (vendor spec sheets): H100 SXM 989 TFLOP/s, H100 PCIe 756, A100 312, L40S 362, L4 121.'
} as const;

export const PRICE_ROWS: PriceRow[] = [
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-2025-04-14',
		kind: 'training',
		price: 25,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section (platform.openai.com/docs/pricing)'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-2025-04-14',
		kind: 'ft_inference',
		input: 3,
		cachedInput: 0.75,
		output: 12,
		batch: { input: 1.5, cachedInput: 0.5, output: 6 },
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-mini-2025-04-14',
		kind: 'training',
		price: 5,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-mini-2025-04-14',
		kind: 'ft_inference',
		input: 0.8,
		cachedInput: 0.2,
		output: 3.2,
		batch: { input: 0.4, cachedInput: 0.1, output: 1.6 },
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-nano-2025-04-14',
		kind: 'training',
		price: 1.5,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-nano-2025-04-14',
		kind: 'ft_inference',
		input: 0.2,
		cachedInput: 0.05,
		output: 0.8,
		batch: { input: 0.1, cachedInput: 0.025, output: 0.4 },
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4o-2024-08-06',
		kind: 'training',
		price: 25,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4o-2024-08-06',
		kind: 'ft_inference',
		input: 3.75,
		cachedInput: 1.875,
		output: 15,
		batch: { input: 1.875, cachedInput: null, output: 7.5 },
		asOf: '2026-08',
		confidence: 'medium',
		source:
			"OpenAI pricing page (standard); batch from litellm model_prices_and_context_window.json because the page's batch row looks wrong"
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4o-mini-2024-07-18',
		kind: 'training',
		price: 3,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4o-mini-2024-07-18',
		kind: 'ft_inference',
		input: 0.3,
		cachedInput: 0.15,
		output: 1.2,
		batch: { input: 0.15, cachedInput: 0.075, output: 0.6 },
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-3.5-turbo-0125',
		kind: 'training',
		price: 8,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section (legacy)'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-3.5-turbo-0125',
		kind: 'ft_inference',
		input: 3,
		cachedInput: null,
		output: 6,
		batch: { input: 1.5, cachedInput: null, output: 3 },
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page, Fine-tuning section (legacy)'
	},
	{
		provider: 'OpenAI',
		model: 'o4-mini-2025-04-16 (reinforcement fine-tuning)',
		kind: 'training',
		unit: 'hour',
		price: 100,
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page; help.openai.com article 11323177'
	},
	{
		provider: 'OpenAI',
		model: 'o4-mini-2025-04-16 (reinforcement fine-tuning)',
		kind: 'ft_inference',
		input: 4,
		cachedInput: 1,
		output: 16,
		note: 'with data sharing: 2.00 / 0.50 / 8.00',
		asOf: '2026-08',
		confidence: 'high',
		source: 'OpenAI pricing page'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1',
		kind: 'base_inference',
		input: 2,
		cachedInput: 0.5,
		output: 8,
		batch: { input: 1, output: 4 },
		contextTokens: 1047576,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-mini',
		kind: 'base_inference',
		input: 0.4,
		cachedInput: 0.1,
		output: 1.6,
		batch: { input: 0.2, output: 0.8 },
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4.1-nano',
		kind: 'base_inference',
		input: 0.1,
		cachedInput: 0.025,
		output: 0.4,
		batch: { input: 0.05, output: 0.2 },
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4o-2024-08-06',
		kind: 'base_inference',
		input: 2.5,
		cachedInput: 1.25,
		output: 10,
		batch: { input: 1.25, output: 5 },
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-4o-mini-2024-07-18',
		kind: 'base_inference',
		input: 0.15,
		cachedInput: 0.075,
		output: 0.6,
		batch: { input: 0.075, output: 0.3 },
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'OpenAI',
		model: 'gpt-3.5-turbo-0125',
		kind: 'base_inference',
		input: 0.5,
		output: 1.5,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'OpenAI',
		model: 'o4-mini',
		kind: 'base_inference',
		input: 1.1,
		cachedInput: 0.275,
		output: 4.4,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Azure OpenAI',
		model: 'fine-tuned deployment (Standard / Global Standard)',
		kind: 'hosting',
		unit: 'hour',
		price: 1.7,
		asOf: '2026-02-11',
		confidence: 'high',
		source:
			'MicrosoftDocs/azure-ai-docs articles/ai-foundry/openai/how-to/fine-tuning-cost-management.md'
	},
	{
		provider: 'Azure OpenAI',
		model: 'o4-mini (reinforcement fine-tuning)',
		kind: 'training',
		unit: 'hour',
		price: 100,
		note: 'capped at $5,000 per job',
		asOf: '2026-02-11',
		confidence: 'high',
		source: 'MicrosoftDocs/azure-ai-docs fine-tuning-cost-management.md'
	},
	{
		provider: 'Google Vertex AI',
		model: 'gemini-2.0-flash',
		kind: 'training',
		price: 3,
		asOf: '2026-08-05',
		confidence: 'medium',
		source: 'Vertex AI generative AI pricing page (via a dated copy)'
	},
	{
		provider: 'Google Vertex AI',
		model: 'gemini-2.0-flash-lite',
		kind: 'training',
		price: 1,
		asOf: '2026-08-05',
		confidence: 'medium',
		source: 'Vertex AI generative AI pricing page (via a dated copy)'
	},
	{
		provider: 'Google Vertex AI',
		model: 'gemini-2.5-pro',
		kind: 'training',
		price: 25,
		asOf: '2026',
		confidence: 'low',
		source: 'secondary source citing the Vertex pricing page'
	},
	{
		provider: 'Google Vertex AI',
		model: 'gemini-2.5-flash',
		kind: 'training',
		price: 5,
		asOf: '2026',
		confidence: 'low',
		source: 'secondary sources citing the Vertex pricing page'
	},
	{
		provider: 'Google Vertex AI',
		model: 'gemini-2.5-flash-lite',
		kind: 'training',
		price: 1.5,
		asOf: '2026',
		confidence: 'low',
		source: 'secondary source citing the Vertex pricing page'
	},
	{
		provider: 'Google',
		model: 'gemini-2.5-flash',
		kind: 'base_inference',
		input: 0.3,
		cachedInput: 0.03,
		output: 2.5,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Google',
		model: 'gemini-2.5-pro (prompts <= 200k tokens)',
		kind: 'base_inference',
		input: 1.25,
		cachedInput: 0.125,
		output: 10,
		note: 'prompts > 200k: input 2.50, output 15.00',
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Google',
		model: 'gemini-2.5-flash-lite',
		kind: 'base_inference',
		input: 0.1,
		cachedInput: 0.01,
		output: 0.4,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Mistral',
		model: 'any fine-tuning job',
		kind: 'training',
		unit: 'job minimum',
		price: 4,
		asOf: '2025',
		confidence: 'medium',
		source: 'mistralai/platform-docs-public docs/capabilities/finetuning.mdx'
	},
	{
		provider: 'Mistral',
		model: 'any fine-tuned model',
		kind: 'hosting',
		unit: 'model-month',
		price: 2,
		asOf: '2025',
		confidence: 'medium',
		source: 'mistralai/platform-docs-public docs/capabilities/finetuning.mdx'
	},
	{
		provider: 'Mistral',
		model: 'per-model training rate',
		kind: 'training',
		price: null,
		note: 'third-party sources say $1-2 per 1M; not found on a Mistral page',
		confidence: 'low',
		source: 'not found'
	},
	{
		provider: 'Mistral',
		model: 'mistral-large-latest',
		kind: 'base_inference',
		input: 0.5,
		output: 1.5,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Mistral',
		model: 'open-mistral-nemo',
		kind: 'base_inference',
		input: 0.3,
		output: 0.3,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Together AI',
		model: 'SFT, models up to 16B',
		kind: 'training',
		price: 0.48,
		note: 'LoRA; full fine-tune 0.54',
		confidence: 'medium',
		source: 'together.ai/pricing (undated copy) and docs.together.ai/docs/fine-tuning-pricing'
	},
	{
		provider: 'Together AI',
		model: 'SFT, models 17B-69B',
		kind: 'training',
		price: 1.5,
		note: 'LoRA; full fine-tune 1.65',
		confidence: 'medium',
		source: 'together.ai/pricing (undated copy)'
	},
	{
		provider: 'Together AI',
		model: 'SFT, models 70B-100B',
		kind: 'training',
		price: 2.9,
		note: 'LoRA; full fine-tune 3.20',
		confidence: 'medium',
		source: 'together.ai/pricing (undated copy)'
	},
	{
		provider: 'Together AI',
		model: 'DPO, models up to 16B',
		kind: 'training',
		price: 1.2,
		note: 'LoRA; full 1.35',
		confidence: 'medium',
		source: 'together.ai/pricing (undated copy)'
	},
	{
		provider: 'Together AI',
		model: 'DPO, models 17B-69B',
		kind: 'training',
		price: 3.75,
		note: 'LoRA; full 4.12',
		confidence: 'medium',
		source: 'together.ai/pricing (undated copy)'
	},
	{
		provider: 'Together AI',
		model: 'DPO, models 70B-100B',
		kind: 'training',
		price: 7.25,
		note: 'LoRA; full 8.00',
		confidence: 'medium',
		source: 'together.ai/pricing (undated copy)'
	},
	{
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-8B-Instruct-Turbo',
		kind: 'base_inference',
		input: 0.18,
		output: 0.18,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Together AI',
		model: 'Llama-3.3-70B-Instruct-Turbo',
		kind: 'base_inference',
		input: 0.88,
		output: 0.88,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Fireworks AI',
		model: 'SFT, models up to 16B',
		kind: 'training',
		price: 0.5,
		asOf: '2025-07-19',
		confidence: 'medium',
		source: 'fireworks.ai/pricing (copy marked Last Updated 2025-07-19)'
	},
	{
		provider: 'Fireworks AI',
		model: 'SFT, models 16.1B-80B',
		kind: 'training',
		price: 3,
		asOf: '2025-07-19',
		confidence: 'medium',
		source: 'fireworks.ai/pricing'
	},
	{
		provider: 'Fireworks AI',
		model: 'SFT, DeepSeek R1 / V3',
		kind: 'training',
		price: 10,
		asOf: '2025-07-19',
		confidence: 'medium',
		source: 'fireworks.ai/pricing'
	},
	{
		provider: 'Fireworks AI',
		model: 'serverless base, models 4B-16B',
		kind: 'base_inference',
		input: 0.2,
		output: 0.2,
		asOf: '2025-07-19',
		confidence: 'medium',
		source: 'fireworks.ai/pricing'
	},
	{
		provider: 'Fireworks AI',
		model: 'serverless base, models > 16B',
		kind: 'base_inference',
		input: 0.9,
		output: 0.9,
		asOf: '2025-07-19',
		confidence: 'medium',
		source: 'fireworks.ai/pricing'
	},
	{
		provider: 'AWS Bedrock',
		model: 'Amazon Nova Micro',
		kind: 'training',
		unit: '1K tokens x epochs',
		price: 0.001,
		asOf: '2026-04',
		confidence: 'medium',
		source:
			'AWS ML blog: cost-efficient custom text-to-SQL using Amazon Nova Micro and Bedrock on-demand inference'
	},
	{
		provider: 'AWS Bedrock',
		model: 'custom Nova Micro (on-demand)',
		kind: 'ft_inference',
		input: 0.035,
		output: 0.14,
		asOf: '2026-04',
		confidence: 'medium',
		source: 'same AWS ML blog'
	},
	{
		provider: 'AWS Bedrock',
		model: 'any custom model',
		kind: 'hosting',
		unit: 'model-month',
		price: 1.95,
		note: 'storage',
		asOf: '2026-04',
		confidence: 'medium',
		source: 'same AWS ML blog'
	},
	{
		provider: 'AWS Bedrock',
		model: 'Claude 3 Haiku fine-tuning',
		kind: 'training',
		price: null,
		confidence: 'low',
		source: 'not found'
	},
	{
		provider: 'AWS Bedrock',
		model: 'Provisioned Throughput for custom models',
		kind: 'hosting',
		unit: 'hour per model unit',
		price: null,
		confidence: 'low',
		source: 'not found'
	},
	{
		provider: 'AWS Bedrock',
		model: 'Claude 3 Haiku',
		kind: 'base_inference',
		input: 0.25,
		cachedInput: 0.025,
		output: 1.25,
		asOf: '2026-08-01',
		confidence: 'medium',
		source: 'litellm model_prices_and_context_window.json'
	},
	{
		provider: 'Anthropic',
		model: 'Claude Haiku 3',
		kind: 'base_inference',
		input: 0.25,
		cacheWrite5m: 0.3,
		cacheWrite1h: 0.5,
		cachedInput: 0.03,
		output: 1.25,
		confidence: 'high',
		source: 'platform.claude.com/docs/en/about-claude/pricing'
	},
	{
		provider: 'Anthropic',
		model: 'Claude Haiku 3.5',
		kind: 'base_inference',
		input: 0.8,
		cacheWrite5m: 1,
		cacheWrite1h: 1.6,
		cachedInput: 0.08,
		output: 4,
		confidence: 'high',
		source: 'platform.claude.com/docs/en/about-claude/pricing'
	},
	{
		provider: 'Anthropic',
		model: 'Claude Haiku 4.5',
		kind: 'base_inference',
		input: 1,
		cacheWrite5m: 1.25,
		cacheWrite1h: 2,
		cachedInput: 0.1,
		output: 5,
		confidence: 'high',
		source: 'platform.claude.com/docs/en/about-claude/pricing'
	},
	{
		provider: 'Anthropic',
		model: 'Claude Sonnet 4.5',
		kind: 'base_inference',
		input: 3,
		cacheWrite5m: 3.75,
		cacheWrite1h: 6,
		cachedInput: 0.3,
		output: 15,
		confidence: 'high',
		source: 'platform.claude.com/docs/en/about-claude/pricing'
	},
	{
		provider: 'RunPod (secure cloud)',
		model: 'H100 SXM 80GB',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 3.99,
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'runpod.io/pricing (dated transcription)'
	},
	{
		provider: 'RunPod (secure cloud)',
		model: 'H100 PCIe 80GB',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 2.89,
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'runpod.io/pricing (dated transcription)'
	},
	{
		provider: 'RunPod (secure cloud)',
		model: 'A100 80GB',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 1.79,
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'runpod.io/pricing (dated transcription)'
	},
	{
		provider: 'RunPod (community cloud)',
		model: 'H100 SXM 80GB',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 2.69,
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'runpod.io/pricing (dated transcription)'
	},
	{
		provider: 'RunPod (community cloud)',
		model: 'A100 80GB PCIe',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 1.19,
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'runpod.io/pricing (dated transcription)'
	},
	{
		provider: 'RunPod (secure cloud)',
		model: 'L40S 48GB',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 0.86,
		asOf: '2025-07-13',
		confidence: 'low',
		source: 'runpod.io/pricing (older transcription)'
	},
	{
		provider: 'RunPod (secure cloud)',
		model: 'L4 24GB',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 0.43,
		asOf: '2025-07-13',
		confidence: 'low',
		source: 'runpod.io/pricing (older transcription)'
	},
	{
		provider: 'Lambda',
		model: 'H100 SXM (8x instance)',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 3.99,
		asOf: '2026-09-20',
		confidence: 'medium',
		source: 'lambda.ai/instances (dated transcription)'
	},
	{
		provider: 'Lambda',
		model: 'A100 SXM 80GB (8x instance)',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 2.79,
		asOf: '2026-09-20',
		confidence: 'medium',
		source: 'lambda.ai/instances (dated transcription)'
	},
	{
		provider: 'AWS EC2',
		model: 'p5.48xlarge, 8x H100 (us-east-1)',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 6.88,
		note: '$55.04 per instance-hour',
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'aws.amazon.com/ec2/pricing (dated transcription)'
	},
	{
		provider: 'AWS EC2',
		model: 'p4de.24xlarge, 8x A100 80GB (us-east-1)',
		kind: 'gpu',
		unit: 'GPU-hour',
		price: 3.43,
		note: '$27.45 per instance-hour',
		asOf: '2026-11-09',
		confidence: 'medium',
		source: 'aws.amazon.com/ec2/pricing (dated transcription)'
	}
];
