import { exampleScenarios, EXAMPLE_BASELINE_ID } from '../../scenario/example';
import { PROJECT_SCHEMA_VERSION, type DatasetRecord, type ProjectRecord } from '../types';

export const NOW = '2026-11-25T10:00:00.000Z';

export function sampleDataset(id = 'dataset-1'): DatasetRecord {
	return {
		id,
		fileName: 'support-chats.jsonl',
		bytes: 1_234_567,
		analysedAt: '2026-11-24T09:30:00.000Z',
		format: 'chat',
		encoding: 'o200k_base',
		maxTokensPerExample: 65_536,
		examples: 500,
		invalidRecords: 2,
		tokens: {
			total: 250_000,
			assistant: 90_000,
			trainable: 90_000,
			toolCalls: 0,
			toolDefinitions: 0,
			overhead: 12_000
		},
		averagePerExample: { system: 40.5, user: 120.25, assistant: 180, messages: 3 },
		billing: {
			billedTokensPerEpoch: 250_000,
			defaultEpochs: 3,
			billedTrainingTokens: 750_000,
			examplesOverLimit: 0,
			tokensCut: 0
		},
		errorCount: 2,
		warningCount: 1
	};
}

/** A project using every part of the record: scenarios with values and links, a prompt, a dataset. */
export function sampleProject(id = 'project-1', name = 'Support bot'): ProjectRecord {
	const [fewShot, fineTuned] = exampleScenarios();
	return {
		id,
		schemaVersion: PROJECT_SCHEMA_VERSION,
		name,
		createdAt: '2026-11-20T08:00:00.000Z',
		updatedAt: '2026-11-25T09:59:00.000Z',
		scenarios: [
			fewShot!,
			{
				...fineTuned!,
				trainingPricing: 'per-token',
				values: { ...fineTuned!.values, growthPerMonth: { text: '-2%', value: -0.02 } },
				links: { userTokens: 'dataset.user', epochs: 'dataset.epochs' }
			}
		],
		baselineId: EXAMPLE_BASELINE_ID,
		prompt: {
			system: 'You answer questions about orders.',
			fewShot: [{ user: 'Where is my parcel?', assistant: 'Let me check the tracking number.' }],
			user: 'Can I return shoes?',
			answer: 'Yes, within 30 days.',
			encoding: 'cl100k_base'
		},
		datasets: [sampleDataset()],
		isExample: false
	};
}
