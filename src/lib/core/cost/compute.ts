import { m } from '../i18n/locale';
import { usdFormatter, type CostFormatter } from './format';
import { counted, formulaItem } from './line-item';
import { monthlyRequests, projectMonths, volumeItems } from './projection';
import { computeFixedMonthly } from './fixed';
import { computePerRequest } from './request';
import { computeTraining } from './training';
import type { ScenarioBreakdown, ScenarioInputs } from './types';

/**
 * The whole breakdown of one scenario over its horizon. Assumes inputs that `checkInputs` accepts; nothing is
 * rounded, only the explanations' figures are formatted.
 */
export function computeScenario(
	inputs: ScenarioInputs,
	fmt: CostFormatter = usdFormatter
): ScenarioBreakdown {
	const perRequest = computePerRequest(inputs, fmt);
	const training = computeTraining(inputs, fmt);
	const fixedMonthly = computeFixedMonthly(inputs, fmt);
	const requests = monthlyRequests(inputs.requestsPerMonth, inputs.growthPerMonth, inputs.months);
	const volume = volumeItems(inputs.requestsPerMonth, inputs.growthPerMonth, requests, fmt);
	const costPerRequest = perRequest.costPerRequest.value;
	const fixedPerMonth = fixedMonthly.total.value;
	const monthly = projectMonths(requests, {
		costPerRequest,
		fixedMonthly: fixedPerMonth,
		costPerJob: training?.costPerJob.value ?? 0,
		jobMonths: training?.jobMonths ?? []
	});

	const hasFixed =
		fixedMonthly.hosting !== null ||
		fixedMonthly.storage !== null ||
		fixedMonthly.serving !== null ||
		fixedMonthly.vectorStore !== null;
	const firstMonthRequests = requests[0] ?? 0;
	const timesRequests = (count: number) =>
		m.cost_times_requests({ cost: fmt.money(costPerRequest), requests: fmt.count(count) });
	const monthlyTerms = [timesRequests(firstMonthRequests)];
	if (hasFixed) monthlyTerms.push(m.cost_term_fixed({ value: fmt.money(fixedPerMonth) }));
	const monthlyCost = formulaItem(
		firstMonthRequests * costPerRequest + fixedPerMonth,
		'usd',
		monthlyTerms.join(' + '),
		fmt
	);
	const requestsCost = formulaItem(
		volume.totalRequests.value * costPerRequest,
		'usd',
		timesRequests(volume.totalRequests.value),
		fmt
	);
	const fixedCost = formulaItem(
		fixedPerMonth * inputs.months,
		'usd',
		`${fmt.money(fixedPerMonth)} × ${counted(m.cost_months, inputs.months, fmt)}`,
		fmt
	);
	const totalTerms = [m.cost_term_requests({ value: fmt.money(requestsCost.value) })];
	if (training) totalTerms.push(m.cost_term_training({ value: fmt.money(training.total.value) }));
	if (hasFixed) totalTerms.push(m.cost_term_fixed({ value: fmt.money(fixedCost.value) }));
	const totalCost = formulaItem(
		requestsCost.value + (training?.total.value ?? 0) + fixedCost.value,
		'usd',
		totalTerms.join(' + '),
		fmt
	);

	return {
		inputs,
		perRequest,
		training,
		fixedMonthly,
		volume,
		monthly,
		monthlyCost,
		requestsCost,
		fixedCost,
		totalCost
	};
}
