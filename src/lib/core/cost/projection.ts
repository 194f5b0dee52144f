import { m } from '../i18n/locale';
import type { CostFormatter } from './format';
import { counted, describedItem, formulaItem } from './line-item';
import type { LineItem, MonthRow } from './types';

/** R_m = R·(1+g)^(m−1) for m = 1..H. */
export function monthlyRequests(
	requestsPerMonth: number,
	growth: number,
	months: number
): number[] {
	return Array.from({ length: months }, (_, index) => requestsPerMonth * (1 + growth) ** index);
}

/** Σ (1+g)^(m−1) over the horizon: the months of month-1 volume the horizon holds (H without growth). */
export function growthWeight(growth: number, months: number): number {
	return monthlyRequests(1, growth, months).reduce((sum, weight) => sum + weight, 0);
}

export interface ProjectionCosts {
	costPerRequest: number;
	fixedMonthly: number;
	costPerJob: number;
	/** Month of every training job. */
	jobMonths: readonly number[];
}

/** Month by month, with each training job counted in the month it runs. */
export function projectMonths(requests: readonly number[], costs: ProjectionCosts): MonthRow[] {
	const jobsInMonth = new Map<number, number>();
	for (const month of costs.jobMonths) jobsInMonth.set(month, (jobsInMonth.get(month) ?? 0) + 1);
	let cumulative = 0;
	return requests.map((monthRequests, index) => {
		const month = index + 1;
		const variable = monthRequests * costs.costPerRequest;
		const training = (jobsInMonth.get(month) ?? 0) * costs.costPerJob;
		const total = variable + costs.fixedMonthly + training;
		cumulative += total;
		return {
			month,
			requests: monthRequests,
			variable,
			fixed: costs.fixedMonthly,
			training,
			total,
			cumulative
		};
	});
}

export function volumeItems(
	requestsPerMonth: number,
	growth: number,
	requests: readonly number[],
	fmt: CostFormatter
): { requestsLastMonth: LineItem; totalRequests: LineItem } {
	const months = requests.length;
	const last = requests.at(-1) ?? 0;
	const total = requests.reduce((sum, monthRequests) => sum + monthRequests, 0);
	const monthCount = counted(m.cost_months, months, fmt);
	const growthFactor = `(1 + ${fmt.percent(growth)})`;
	if (growth === 0 || months <= 1) {
		return {
			requestsLastMonth: describedItem(
				last,
				'requests',
				m.cost_month({ month: fmt.count(months) }),
				fmt
			),
			totalRequests: formulaItem(
				total,
				'requests',
				`${fmt.count(requestsPerMonth)} × ${monthCount}`,
				fmt
			)
		};
	}
	return {
		requestsLastMonth: formulaItem(
			last,
			'requests',
			`${fmt.count(requestsPerMonth)} × ${growthFactor}^${fmt.count(months - 1)}`,
			fmt
		),
		totalRequests: formulaItem(
			total,
			'requests',
			m.cost_sum_over({
				requests: fmt.count(requestsPerMonth),
				factor: growthFactor,
				months: monthCount
			}),
			fmt
		)
	};
}
