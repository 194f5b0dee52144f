import { untrack } from 'svelte';
import { checkInputs } from '$lib/core/cost/check';
import type { CostFormatter } from '$lib/core/cost/format';
import type { ScenarioKind } from '$lib/core/cost/types';
import { formatCount } from '$lib/core/format';
import { m } from '$lib/core/i18n/locale';
import { interfaceLocale } from './locale.svelte';
import type { CatalogEntry } from '$lib/core/pricing/types';
import { parseCellInput } from '$lib/core/scenario/cells';
import * as edit from '$lib/core/scenario/edit';
import { EXAMPLE_BASELINE_ID, exampleScenarios } from '$lib/core/scenario/example';
import { History } from '$lib/core/scenario/history';
import { resolveScenario } from '$lib/core/scenario/resolve';
import type { InputRow } from '$lib/core/scenario/rows';
import { computeSheet, SheetMemo } from '$lib/core/scenario/sheet';
import type { LinkFigures, LinkSource, NumericField, Scenario } from '$lib/core/scenario/types';

interface Snapshot {
	scenarios: Scenario[];
	baselineId: string | null;
}

export interface SheetContext {
	catalog: readonly CatalogEntry[];
	links: LinkFigures;
	fmt: CostFormatter;
}

type ChoiceKey = 'kind' | 'modelId' | 'gpuId' | 'gpuOffer' | 'trainingMethod' | 'trainingPricing';

const MAX_NAME_LENGTH = 80;

const SHARE_FIELDS = new Set<NumericField>(['batchShare', 'batchDiscount', 'cacheHitRate', 'mfu']);

/** The scenarios of the sheet, their edits with undo and redo, and every column computed. */
export class SheetState {
	scenarios = $state.raw<Scenario[]>(exampleScenarios());
	baselineId = $state<string | null>(EXAMPLE_BASELINE_ID);
	/** True until the person starts from an empty sheet: the columns are the example's. */
	isExample = $state(true);
	/** The last column deleted, so the toolbar can offer to bring it back. */
	lastRemoved = $state<string | null>(null);
	/** The last sheet's columns, so that an edit recomputes and redraws only the columns it changes. */
	readonly #memo = new SheetMemo();
	readonly columns = $derived.by(() => {
		const { catalog, links, fmt } = this.context();
		const scenarios = this.scenarios;
		const baselineId = this.baselineId;
		// Its texts are in the interface language: read once here, not by each of the thousands of messages and
		// figures the sheet writes, which would make each of them a dependency to track.
		const locale = interfaceLocale.current;
		return untrack(() =>
			computeSheet(scenarios, baselineId, catalog, links, fmt, this.#memo, [locale])
		);
	});
	#history = new History<Snapshot>();
	// Not reactive on purpose: nothing is drawn from the map; canUndo/canRedo follow #version.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#histories = new Map<string, History<Snapshot>>();
	/** Bumped on every change so that canUndo and canRedo, read from a plain class, stay reactive. */
	#version = $state(0);

	constructor(private readonly context: () => SheetContext) {}

	get canUndo(): boolean {
		void this.#version;
		return this.#history.canUndo;
	}

	get canRedo(): boolean {
		void this.#version;
		return this.#history.canRedo;
	}

	#snapshot(): Snapshot {
		return { scenarios: this.scenarios, baselineId: this.baselineId };
	}

	#restore(snapshot: Snapshot): void {
		this.scenarios = snapshot.scenarios;
		this.baselineId = snapshot.baselineId;
		this.#version++;
	}

	#commit(scenarios: Scenario[], baselineId = this.baselineId): void {
		this.#history.record(this.#snapshot());
		this.lastRemoved = null;
		this.#restore({ scenarios, baselineId });
	}

	undo(): boolean {
		const previous = this.#history.undo(this.#snapshot());
		if (!previous) return false;
		this.lastRemoved = null;
		this.#restore(previous);
		return true;
	}

	redo(): boolean {
		const next = this.#history.redo(this.#snapshot());
		if (!next) return false;
		this.#restore(next);
		return true;
	}

	/**
	 * Writes what a person typed into an input cell. Returns an error message, and changes nothing, when the text
	 * is not a number or the cost model refuses the value.
	 */
	enter(scenarioId: string, row: InputRow, text: string): string | null {
		const next = this.#withInput(this.scenarios, scenarioId, row, text);
		if (typeof next === 'string') return next;
		this.#commit(next);
		return null;
	}

	/** Writes many cells as one edit (a paste); cells that fail are listed and left as they were. */
	enterMany(cells: { scenarioId: string; row: InputRow; text: string }[]): string[] {
		let next = this.scenarios;
		const errors: string[] = [];
		for (const cell of cells) {
			const result = this.#withInput(next, cell.scenarioId, cell.row, cell.text);
			if (typeof result === 'string')
				errors.push(m.sheet_cell_error({ row: cell.row.label, error: result }));
			else next = result;
		}
		if (next !== this.scenarios) this.#commit(next);
		return errors;
	}

	#withInput(
		list: Scenario[],
		scenarioId: string,
		row: InputRow,
		text: string
	): Scenario[] | string {
		const parsed = parseCellInput(text, row.format);
		if (parsed.kind === 'error') return parsed.error;
		const next =
			parsed.kind === 'clear'
				? edit.clearValue(list, scenarioId, row.field)
				: edit.setValue(list, scenarioId, row.field, { text: parsed.text, value: parsed.value });
		const scenario = next.find((candidate) => candidate.id === scenarioId);
		if (!scenario) return m.sheet_error_scenario_gone();
		const context = this.context();
		const inputs = resolveScenario(scenario, context.catalog, context.links).inputs;
		const problem = checkInputs(inputs).find((p) => p.field === row.field);
		if (!problem) return next;
		return SHARE_FIELDS.has(row.field)
			? m.sheet_error_refused_share({ problem: problem.message })
			: m.sheet_error_refused({ problem: problem.message });
	}

	link(scenarioId: string, field: NumericField, source: LinkSource | null): void {
		this.#commit(edit.setLink(this.scenarios, scenarioId, field, source));
	}

	/** Sets the kind, model, GPU offer or a method as one edit. */
	choose(scenarioId: string, patch: Partial<Pick<Scenario, ChoiceKey>>): void {
		let next = this.scenarios;
		for (const key of Object.keys(patch) as ChoiceKey[]) {
			next = edit.setChoice(next, scenarioId, key, patch[key] as never);
		}
		this.#commit(next);
	}

	/** Adds a column of a kind after the others; returns its id. */
	add(kind: ScenarioKind): string {
		const scenario = edit.newScenario(kind, edit.nextName(this.scenarios), crypto.randomUUID());
		this.#commit([...this.scenarios, scenario], this.baselineId ?? scenario.id);
		return scenario.id;
	}

	duplicate(scenarioId: string): string {
		const id = crypto.randomUUID();
		this.#commit(edit.duplicateScenario(this.scenarios, scenarioId, id));
		return id;
	}

	rename(scenarioId: string, name: string): string | null {
		const trimmed = name.trim();
		if (!trimmed) return m.sheet_error_name_needed();
		if (trimmed.length > MAX_NAME_LENGTH)
			return m.sheet_error_name_too_long({ max: formatCount(MAX_NAME_LENGTH) });
		this.#commit(edit.renameScenario(this.scenarios, scenarioId, trimmed));
		return null;
	}

	move(scenarioId: string, by: -1 | 1): void {
		this.#commit(edit.moveScenario(this.scenarios, scenarioId, by));
	}

	remove(scenarioId: string): void {
		const removed = this.scenarios.find((scenario) => scenario.id === scenarioId);
		if (!removed) return;
		const rest = edit.removeScenario(this.scenarios, scenarioId);
		const baseline = this.baselineId === scenarioId ? (rest[0]?.id ?? null) : this.baselineId;
		this.#commit(rest, baseline);
		this.lastRemoved = removed.name;
	}

	setBaseline(scenarioId: string): void {
		this.#commit(this.scenarios, scenarioId);
	}

	/**
	 * Shows a project's scenarios. Each project keeps its own undo history for the session, so switching away and
	 * back still lets the person undo what they did there.
	 */
	load(
		projectId: string,
		scenarios: Scenario[],
		baselineId: string | null,
		isExample: boolean
	): void {
		let history = this.#histories.get(projectId);
		if (!history) {
			history = new History<Snapshot>();
			this.#histories.set(projectId, history);
		}
		this.#history = history;
		this.lastRemoved = null;
		this.isExample = isExample;
		this.#restore({ scenarios, baselineId });
	}

	/** Leaves the example for an empty sheet with one prompted column (undo brings the example back). */
	startEmpty(): void {
		const scenario = edit.newScenario('prompted', edit.nextName([]), crypto.randomUUID());
		this.#commit([scenario], scenario.id);
		this.isExample = false;
	}
}
