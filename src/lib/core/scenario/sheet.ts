import { checkInputs } from '../cost/check';
import { compareToBaseline } from '../cost/compare';
import { computeScenario } from '../cost/compute';
import type { CostFormatter } from '../cost/format';
import type { InputProblem } from '../cost/types';
import type { CatalogEntry } from '../pricing/types';
import { resolveScenario, type ResolvedScenario } from './resolve';
import type { ScenarioResult } from './rows';
import type { LinkFigures, Scenario } from './types';

export interface SheetColumn {
	scenario: Scenario;
	resolved: ResolvedScenario;
	/** Inputs the cost model refuses; the results stay blank until they are fixed. */
	problems: InputProblem[];
	result: ScenarioResult | null;
}

/** Every column resolved and computed, each compared with the baseline (which is not compared with itself). */
export function computeSheet(
	scenarios: readonly Scenario[],
	baselineId: string | null,
	catalog: readonly CatalogEntry[],
	links: LinkFigures,
	fmt: CostFormatter
): SheetColumn[] {
	const columns = scenarios.map((scenario) => {
		const resolved = resolveScenario(scenario, catalog, links);
		const problems = checkInputs(resolved.inputs);
		const breakdown = problems.length === 0 ? computeScenario(resolved.inputs, fmt) : null;
		return { scenario, resolved, problems, breakdown };
	});
	const baseline = columns.find((column) => column.scenario.id === baselineId)?.breakdown ?? null;
	return columns.map(({ scenario, resolved, problems, breakdown }) => ({
		scenario,
		resolved,
		problems,
		result: breakdown
			? {
					breakdown,
					comparison:
						baseline && scenario.id !== baselineId
							? compareToBaseline(breakdown, baseline, fmt)
							: null
				}
			: null
	}));
}
