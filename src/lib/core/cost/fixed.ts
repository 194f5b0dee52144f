import type { CostFormatter } from './format';
import { describedItem, formulaItem, plural } from './line-item';
import type { FixedMonthlyBreakdown, LineItem, ScenarioInputs } from './types';

/**
 * Costs paid every month whatever the volume: hosting and storage of a provider's fine-tuned model, serving
 * GPUs (always for self-hosted; for other kinds when replicas are set), and a vector store (any kind with one).
 */
export function computeFixedMonthly(
	inputs: ScenarioInputs,
	fmt: CostFormatter
): FixedMonthlyBreakdown {
	const hours = `${fmt.count(inputs.hoursPerMonth)} h`;
	const isApi = inputs.kind === 'fine-tuned-api';
	const hosting = isApi
		? formulaItem(
				inputs.hostingPerHour * inputs.hoursPerMonth,
				'usd',
				`${fmt.money(inputs.hostingPerHour)} × ${hours}`,
				fmt
			)
		: null;
	const storage = isApi
		? formulaItem(
				inputs.storagePerModelMonth,
				'usd',
				`1 model × ${fmt.money(inputs.storagePerModelMonth)}`,
				fmt
			)
		: null;
	const { servingReplicas, servingGpusPerReplica, servingGpuPricePerHour } = inputs;
	const serving =
		inputs.kind === 'self-hosted' || servingReplicas > 0
			? formulaItem(
					servingReplicas * servingGpusPerReplica * servingGpuPricePerHour * inputs.hoursPerMonth,
					'usd',
					`${plural(servingReplicas, 'replica', 'replicas', fmt)} × ` +
						`${plural(servingGpusPerReplica, 'GPU', 'GPUs', fmt)} × ` +
						`${fmt.money(servingGpuPricePerHour)} × ${hours}`,
					fmt
				)
			: null;
	const vectorStore =
		inputs.vectorStorePerMonth > 0
			? describedItem(inputs.vectorStorePerMonth, 'usd', 'Vector store', fmt)
			: null;

	const parts: [LineItem | null, string][] = [
		[hosting, 'hosting'],
		[storage, 'storage'],
		[serving, 'serving'],
		[vectorStore, 'vector store']
	];
	const present = parts.filter((part): part is [LineItem, string] => part[0] !== null);
	const totalValue = present.reduce((sum, [item]) => sum + item.value, 0);
	const total =
		present.length === 0
			? describedItem(0, 'usd', 'No fixed monthly costs', fmt)
			: formulaItem(
					totalValue,
					'usd',
					present.map(([item, label]) => `${fmt.money(item.value)} ${label}`).join(' + '),
					fmt
				);
	return { hosting, storage, serving, vectorStore, total };
}
