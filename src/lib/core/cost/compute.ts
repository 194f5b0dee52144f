import { usdFormatter, type CostFormatter } from './format';
import { formulaItem, plural } from './line-item';
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
	const fixedTerm = hasFixed ? ` + ${fmt.money(fixedPerMonth)} fixed` : '';
	const firstMonthRequests = requests[0] ?? 0;
	const monthlyCost = formulaItem(
		firstMonthRequests * costPerRequest + fixedPerMonth,
		'usd',
		`${fmt.money(costPerRequest)} × ${fmt.count(firstMonthRequests)} requests${fixedTerm}`,
		fmt
	);
	const requestsCost = formulaItem(
		volume.totalRequests.value * costPerRequest,
		'usd',
		`${fmt.money(costPerRequest)} × ${fmt.count(volume.totalRequests.value)} requests`,
		fmt
	);
	const fixedCost = formulaItem(
		fixedPerMonth * inputs.months,
		'usd',
		`${fmt.money(fixedPerMonth)} × ${plural(inputs.months, 'month', 'months', fmt)}`,
		fmt
	);
	const totalTerms = [`${fmt.money(requestsCost.value)} requests`];
	if (training) totalTerms.push(`${fmt.money(training.total.value)} training`);
	if (hasFixed) totalTerms.push(`${fmt.money(fixedCost.value)} fixed`);
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
