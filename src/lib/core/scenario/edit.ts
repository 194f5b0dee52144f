import type { ScenarioKind } from '../cost/types';
import { m } from '../i18n/locale';
import type { EnteredValue, LinkSource, NumericField, Scenario } from './types';

/** Edits return a new list; scenarios are never changed in place, so undo can keep the old list as it was. */
type Scenarios = readonly Scenario[];

function update(list: Scenarios, id: string, change: (scenario: Scenario) => Scenario): Scenario[] {
	return list.map((scenario) => (scenario.id === id ? change(scenario) : scenario));
}

export function newScenario(kind: ScenarioKind, name: string, id: string): Scenario {
	return {
		id,
		name,
		kind,
		modelId: null,
		gpuId: null,
		gpuOffer: 0,
		trainingMethod: 'lora',
		trainingPricing: null,
		values: {},
		links: {}
	};
}

/** "Scenario 3" (in the interface language), or the next number no column uses yet. */
export function nextName(list: Scenarios, stem: string = m.sheet_scenario_stem()): string {
	const names = new Set(list.map((scenario) => scenario.name));
	for (let n = list.length + 1; ; n++) {
		if (!names.has(`${stem} ${n}`)) return `${stem} ${n}`;
	}
}

export function duplicateScenario(list: Scenarios, id: string, newId: string): Scenario[] {
	const index = list.findIndex((scenario) => scenario.id === id);
	const original = list[index];
	if (!original) return [...list];
	const copy: Scenario = structuredClone({ ...original, id: newId });
	// Beside two columns "A" gives "A copy 3", and so does "A copy" (not "A copy copy 3").
	const suffix = m.sheet_copy_name({ name: '' });
	const stem = original.name.endsWith(suffix)
		? original.name
		: m.sheet_copy_name({ name: original.name });
	copy.name = nextName(list, stem);
	return [...list.slice(0, index + 1), copy, ...list.slice(index + 1)];
}

export function moveScenario(list: Scenarios, id: string, by: -1 | 1): Scenario[] {
	const index = list.findIndex((scenario) => scenario.id === id);
	const target = index + by;
	if (index < 0 || target < 0 || target >= list.length) return [...list];
	const next = [...list];
	[next[index], next[target]] = [next[target]!, next[index]!];
	return next;
}

export function removeScenario(list: Scenarios, id: string): Scenario[] {
	return list.filter((scenario) => scenario.id !== id);
}

export function renameScenario(list: Scenarios, id: string, name: string): Scenario[] {
	return update(list, id, (scenario) => ({ ...scenario, name }));
}

/** A typed value replaces a link on the same field. */
export function setValue(
	list: Scenarios,
	id: string,
	field: NumericField,
	value: EnteredValue
): Scenario[] {
	return update(list, id, (scenario) => {
		const links = { ...scenario.links };
		delete links[field];
		return { ...scenario, values: { ...scenario.values, [field]: value }, links };
	});
}

/** Back to the link, the catalog or the default. */
export function clearValue(list: Scenarios, id: string, field: NumericField): Scenario[] {
	return update(list, id, (scenario) => {
		const values = { ...scenario.values };
		delete values[field];
		return { ...scenario, values };
	});
}

/** A link replaces a typed value on the same field; null removes the link. */
export function setLink(
	list: Scenarios,
	id: string,
	field: NumericField,
	source: LinkSource | null
): Scenario[] {
	return update(list, id, (scenario) => {
		const values = { ...scenario.values };
		const links = { ...scenario.links };
		if (source) {
			delete values[field];
			links[field] = source;
		} else {
			delete links[field];
		}
		return { ...scenario, values, links };
	});
}

/** Changes the kind, model, GPU or a method. Typed values stay: they are the person's own figures. */
export function setChoice<
	K extends 'kind' | 'modelId' | 'gpuId' | 'gpuOffer' | 'trainingMethod' | 'trainingPricing'
>(list: Scenarios, id: string, key: K, value: Scenario[K]): Scenario[] {
	return update(list, id, (scenario) => {
		const next = { ...scenario, [key]: value };
		// A model of the other family (API vs open-weight) means nothing after a change of kind.
		if (key === 'kind' && (value === 'self-hosted') !== (scenario.kind === 'self-hosted')) {
			next.modelId = null;
		}
		return next;
	});
}
