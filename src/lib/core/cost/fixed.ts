import { m } from '../i18n/locale';
import type { CostFormatter } from './format';
import { counted, describedItem, formulaItem } from './line-item';
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
				m.cost_one_model({ price: fmt.money(inputs.storagePerModelMonth) }),
				fmt
			)
		: null;
	const { servingReplicas, servingGpusPerReplica, servingGpuPricePerHour } = inputs;
	const serving =
		inputs.kind === 'self-hosted' || servingReplicas > 0
			? formulaItem(
					servingReplicas * servingGpusPerReplica * servingGpuPricePerHour * inputs.hoursPerMonth,
					'usd',
					`${counted(m.cost_replicas, servingReplicas, fmt)} × ` +
						`${counted(m.cost_gpus, servingGpusPerReplica, fmt)} × ` +
						`${fmt.money(servingGpuPricePerHour)} × ${hours}`,
					fmt
				)
			: null;
	const vectorStore =
		inputs.vectorStorePerMonth > 0
			? describedItem(inputs.vectorStorePerMonth, 'usd', m.cost_vector_store(), fmt)
			: null;

	/** Each part and how the total's formula names its amount ("$730.00 hosting"). */
	type Term = (inputs: { value: string }) => string;
	const parts: [LineItem | null, Term][] = [
		[hosting, m.cost_term_hosting],
		[storage, m.cost_term_storage],
		[serving, m.cost_term_serving],
		[vectorStore, m.cost_term_vector_store]
	];
	const present = parts.filter((part): part is [LineItem, Term] => part[0] !== null);
	const totalValue = present.reduce((sum, [item]) => sum + item.value, 0);
	const total =
		present.length === 0
			? describedItem(0, 'usd', m.cost_no_fixed(), fmt)
			: formulaItem(
					totalValue,
					'usd',
					present.map(([item, term]) => term({ value: fmt.money(item.value) })).join(' + '),
					fmt
				);
	return { hosting, storage, serving, vectorStore, total };
}
