import { m } from '../i18n/locale';
import type { CostFormatter } from './format';
import { counted, formulaItem } from './line-item';
import type { LineItem, ScenarioInputs, TrainingBreakdown, TrainingMethod } from './types';

const SECONDS_PER_HOUR = 3600;
/** Months listed by name in the jobs explanation before the list is shortened. */
const MONTHS_LISTED = 6;

/** Training FLOPs per parameter and token: forward + backward of every weight (full), or without weight gradients (LoRA). */
export const FLOPS_PER_PARAMETER_TOKEN: Record<TrainingMethod, number> = {
	full: 6,
	lora: 4,
	qlora: 4
};

/**
 * The month of every training job: the experiments at month 1, then one retrain at months 1+N, 1+2N, … up to
 * the horizon (so floor((H−1)/N) retrains).
 */
export function trainingJobMonths(
	experiments: number,
	retrainEveryMonths: number,
	months: number
): number[] {
	const jobMonths: number[] = Array.from({ length: experiments }, () => 1);
	if (retrainEveryMonths > 0) {
		for (let month = 1 + retrainEveryMonths; month <= months; month += retrainEveryMonths) {
			jobMonths.push(month);
		}
	}
	return jobMonths;
}

function listMonths(months: readonly number[], fmt: CostFormatter): string {
	const shown =
		months.length <= MONTHS_LISTED
			? months.map((month) => fmt.count(month))
			: [
					...months.slice(0, MONTHS_LISTED - 1).map((month) => fmt.count(month)),
					'…',
					fmt.count(months.at(-1) ?? 0)
				];
	return shown.join(', ');
}

function jobsItem(
	inputs: ScenarioInputs,
	jobMonths: readonly number[],
	fmt: CostFormatter
): LineItem {
	let formula = counted(m.cost_experiments, inputs.experiments, fmt);
	if (inputs.retrainEveryMonths > 0) {
		const retrainMonths = jobMonths.slice(inputs.experiments);
		formula +=
			` + ${counted(m.cost_retrains, retrainMonths.length, fmt)} ` +
			counted(m.cost_every_months, inputs.retrainEveryMonths, fmt);
		formula +=
			' ' +
			(retrainMonths.length > 0
				? m.cost_in_months({ list: listMonths(retrainMonths, fmt) })
				: m.cost_within({ months: counted(m.cost_months, inputs.months, fmt) }));
	}
	return formulaItem(jobMonths.length, 'jobs', formula, fmt);
}

/** One job's cost, raised to the provider's minimum fee per job when there is one. */
function jobCostItem(rawCost: number, formula: string, minimumFee: number, fmt: CostFormatter) {
	if (minimumFee <= 0) return formulaItem(rawCost, 'usd', formula, fmt);
	return formulaItem(
		Math.max(minimumFee, rawCost),
		'usd',
		m.cost_minimum_fee({
			minimum: fmt.money(minimumFee),
			formula,
			cost: fmt.money(rawCost)
		}),
		fmt
	);
}

interface SelfHostedJob {
	flops: LineItem | null;
	gpuSeconds: LineItem;
	wallClockSeconds: LineItem;
	costPerJob: LineItem;
}

/**
 * GPU time of one self-hosted job: FLOPs ≈ 6·N·D·E (full) or 4·N·D·E (LoRA) over peak FLOP/s × MFU, QLoRA
 * slower than LoRA by the slowdown factor; or, with a measured throughput of the whole setup, D·E / tokens/s on
 * every training GPU (the measurement already includes any QLoRA slowdown).
 */
function selfHostedJob(inputs: ScenarioInputs, fmt: CostFormatter): SelfHostedJob {
	const { trainingTokensPerEpoch: tokens, epochs, trainingGpus } = inputs;
	const tokensTimesEpochs = m.cost_tokens_times_epochs({
		tokens: fmt.count(tokens),
		epochs: counted(m.cost_epochs, epochs, fmt)
	});
	const gpus = counted(m.cost_gpus, trainingGpus, fmt);
	let flops: LineItem | null = null;
	let gpuSeconds: LineItem;
	let wallClockSeconds: LineItem;

	if (inputs.measuredTokensPerSecond !== null) {
		const throughput = `${fmt.count(inputs.measuredTokensPerSecond)} tokens/s`;
		const wall = (tokens * epochs) / inputs.measuredTokensPerSecond;
		wallClockSeconds = formulaItem(wall, 'seconds', `${tokensTimesEpochs} / ${throughput}`, fmt);
		gpuSeconds = formulaItem(
			wall * trainingGpus,
			'seconds',
			`${tokensTimesEpochs} / ${throughput} × ${gpus}`,
			fmt
		);
	} else {
		const perParameterToken = FLOPS_PER_PARAMETER_TOKEN[inputs.trainingMethod];
		const flopsValue = perParameterToken * inputs.parameters * tokens * epochs;
		flops = formulaItem(
			flopsValue,
			'flop',
			m.cost_flops_formula({
				factor: String(perParameterToken),
				parameters: fmt.scientific(inputs.parameters),
				work: tokensTimesEpochs
			}),
			fmt
		);
		const slowdown = inputs.trainingMethod === 'qlora' ? inputs.qloraSlowdown : 1;
		const throughput = inputs.gpuPeakFlops * inputs.mfu;
		// No work takes no time, even before a GPU is chosen.
		const seconds = flopsValue === 0 ? 0 : (flopsValue / throughput) * slowdown;
		let formula = m.cost_flops_time({
			flops: fmt.scientific(flopsValue),
			peak: fmt.scientific(inputs.gpuPeakFlops),
			mfu: fmt.percent(inputs.mfu)
		});
		if (slowdown !== 1) formula = m.cost_qlora_slowdown({ formula, factor: fmt.count(slowdown) });
		gpuSeconds = formulaItem(seconds, 'seconds', formula, fmt);
		wallClockSeconds = formulaItem(
			seconds / trainingGpus,
			'seconds',
			`${m.cost_gpu_seconds({ seconds: fmt.count(seconds) })} / ${gpus}`,
			fmt
		);
	}

	const rawCost = (gpuSeconds.value / SECONDS_PER_HOUR) * inputs.gpuPricePerHour;
	const costFormula =
		`${m.cost_gpu_seconds({ seconds: fmt.count(gpuSeconds.value) })} × ` +
		`${fmt.money(inputs.gpuPricePerHour)} / ${fmt.count(SECONDS_PER_HOUR)} s`;
	return {
		flops,
		gpuSeconds,
		wallClockSeconds,
		costPerJob: jobCostItem(rawCost, costFormula, inputs.minimumFeePerJob, fmt)
	};
}

/** One job through a provider's API: billed tokens × epochs at the price per 1M, or hours at the hourly price. */
function apiJobCost(inputs: ScenarioInputs, fmt: CostFormatter): LineItem {
	if (inputs.trainingPricing === 'per-hour') {
		return jobCostItem(
			inputs.trainingHours * inputs.trainingPricePerHour,
			`${fmt.count(inputs.trainingHours)} h × ${fmt.money(inputs.trainingPricePerHour)}`,
			inputs.minimumFeePerJob,
			fmt
		);
	}
	const { epochs, trainingTokensPerEpoch: tokens, trainingPricePerMillion: price } = inputs;
	return jobCostItem(
		(epochs * tokens * price) / 1e6,
		m.cost_api_job({
			epochs: counted(m.cost_epochs, epochs, fmt),
			tokens: fmt.count(tokens),
			price: fmt.money(price)
		}),
		inputs.minimumFeePerJob,
		fmt
	);
}

/** Training over the horizon; null for a prompted scenario, which trains nothing. */
export function computeTraining(
	inputs: ScenarioInputs,
	fmt: CostFormatter
): TrainingBreakdown | null {
	if (inputs.kind === 'prompted') return null;
	const jobMonths = trainingJobMonths(inputs.experiments, inputs.retrainEveryMonths, inputs.months);
	const jobs = jobsItem(inputs, jobMonths, fmt);
	const selfHosted = inputs.kind === 'self-hosted' ? selfHostedJob(inputs, fmt) : null;
	const costPerJob = selfHosted ? selfHosted.costPerJob : apiJobCost(inputs, fmt);
	return {
		jobs,
		jobMonths,
		flops: selfHosted?.flops ?? null,
		gpuSeconds: selfHosted?.gpuSeconds ?? null,
		wallClockSeconds: selfHosted?.wallClockSeconds ?? null,
		costPerJob,
		// One job: its own formula says more than "1 job × $30.00".
		total:
			jobMonths.length === 1
				? { ...costPerJob }
				: formulaItem(
						jobMonths.length * costPerJob.value,
						'usd',
						`${counted(m.cost_jobs, jobMonths.length, fmt)} × ${fmt.money(costPerJob.value)}`,
						fmt
					)
	};
}
