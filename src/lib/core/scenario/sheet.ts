import { checkInputs } from '../cost/check';
import { compareToBaseline } from '../cost/compare';
import { computeScenario } from '../cost/compute';
import type { CostFormatter } from '../cost/format';
import type { InputProblem, ScenarioBreakdown } from '../cost/types';
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

/** What a column is before it is compared: kept for a scenario that has not changed. */
interface ColumnParts {
	resolved: ResolvedScenario;
	problems: InputProblem[];
	breakdown: ScenarioBreakdown | null;
}

/**
 * Remembers the last sheet's columns so that the next one recomputes only what changed. Scenarios are immutable
 * (an edit makes a new object for the scenario it changes), so an unchanged scenario keeps its resolved inputs and
 * breakdown, and a column whose breakdown and baseline did not change keeps its comparison and its object: the page
 * then redraws only the columns an edit touched. Everything is forgotten when the catalog, the links, the formatter
 * or the language change, since the texts and figures depend on them.
 */
export class SheetMemo {
	#context: readonly unknown[] = [];
	#parts = new WeakMap<Scenario, ColumnParts>();
	#columns = new WeakMap<Scenario, { baseline: ScenarioBreakdown | null; column: SheetColumn }>();

	/** Starts afresh unless every one of `context` is the same as last time. */
	use(context: readonly unknown[]): void {
		if (context.length === this.#context.length && context.every((v, i) => v === this.#context[i]))
			return;
		this.#context = context;
		this.#parts = new WeakMap();
		this.#columns = new WeakMap();
	}

	parts(scenario: Scenario, make: () => ColumnParts): ColumnParts {
		let parts = this.#parts.get(scenario);
		if (!parts) this.#parts.set(scenario, (parts = make()));
		return parts;
	}

	column(
		scenario: Scenario,
		baseline: ScenarioBreakdown | null,
		breakdown: ScenarioBreakdown | null,
		make: () => SheetColumn
	): SheetColumn {
		const kept = this.#columns.get(scenario);
		if (
			kept &&
			kept.baseline === baseline &&
			kept.column.result?.breakdown === (breakdown ?? undefined)
		)
			return kept.column;
		const column = make();
		this.#columns.set(scenario, { baseline, column });
		return column;
	}
}

/**
 * Every column resolved and computed, each compared with the baseline (which is not compared with itself). With a
 * memo (and `context`: whatever else the texts depend on, such as the language), unchanged columns are reused.
 */
export function computeSheet(
	scenarios: readonly Scenario[],
	baselineId: string | null,
	catalog: readonly CatalogEntry[],
	links: LinkFigures,
	fmt: CostFormatter,
	memo: SheetMemo = new SheetMemo(),
	context: readonly unknown[] = []
): SheetColumn[] {
	memo.use([catalog, links, fmt, ...context]);
	const parts = scenarios.map((scenario) =>
		memo.parts(scenario, () => {
			const resolved = resolveScenario(scenario, catalog, links);
			const problems = checkInputs(resolved.inputs);
			const breakdown = problems.length === 0 ? computeScenario(resolved.inputs, fmt) : null;
			return { resolved, problems, breakdown };
		})
	);
	const baselineAt = scenarios.findIndex((scenario) => scenario.id === baselineId);
	const baseline = baselineAt === -1 ? null : (parts[baselineAt]?.breakdown ?? null);
	return scenarios.map((scenario, i) => {
		const { resolved, problems, breakdown } = parts[i]!;
		const against = scenario.id === baselineId ? null : baseline;
		return memo.column(scenario, against, breakdown, () => ({
			scenario,
			resolved,
			problems,
			result: breakdown
				? {
						breakdown,
						comparison: against ? compareToBaseline(breakdown, against, fmt) : null
					}
				: null
		}));
	});
}
