import type { ScenarioKind, TrainingMethod, TrainingPricing } from '../cost/types';
import type { CatalogEntry } from '../pricing/types';
import type { ChoiceName } from './rows';
import type { Scenario } from './types';

export const KIND_NAMES: Record<ScenarioKind, string> = {
	prompted: 'Prompted',
	'fine-tuned-api': 'Fine-tuned (API)',
	'self-hosted': 'Self-hosted'
};

const METHOD_NAMES: Record<TrainingMethod, string> = {
	full: 'Full fine-tune',
	lora: 'LoRA',
	qlora: 'QLoRA'
};

const PRICING_NAMES: Record<TrainingPricing, string> = {
	'per-token': 'Per token',
	'per-hour': 'Per hour'
};

/** One option of a choice cell; `value` is what choosing it stores. */
export interface ChoiceOption {
	id: string;
	label: string;
	/** Shown under the label: provider, price, size. */
	detail?: string;
	apply: Partial<
		Pick<Scenario, 'kind' | 'modelId' | 'gpuId' | 'gpuOffer' | 'trainingMethod' | 'trainingPricing'>
	>;
}

function money(value: number | null | undefined): string {
	return value === null || value === undefined ? 'not found' : `$${value}`;
}

/** What a choice cell offers for this scenario, from the catalog the person sees (overrides and custom entries in). */
export function choiceOptions(
	choice: ChoiceName,
	scenario: Scenario,
	catalog: readonly CatalogEntry[]
): ChoiceOption[] {
	switch (choice) {
		case 'kind':
			return (Object.keys(KIND_NAMES) as ScenarioKind[]).map((kind) => ({
				id: kind,
				label: KIND_NAMES[kind],
				apply: { kind }
			}));
		case 'trainingMethod':
			return (Object.keys(METHOD_NAMES) as TrainingMethod[]).map((method) => ({
				id: method,
				label: METHOD_NAMES[method],
				apply: { trainingMethod: method }
			}));
		case 'trainingPricing':
			return [
				{ id: 'offer', label: 'As the model’s offer', apply: { trainingPricing: null } },
				...(Object.keys(PRICING_NAMES) as TrainingPricing[]).map((pricing) => ({
					id: pricing,
					label: PRICING_NAMES[pricing],
					apply: { trainingPricing: pricing }
				}))
			];
		case 'gpu':
			return catalog.flatMap((entry) =>
				entry.kind === 'gpu'
					? entry.offers.map((offer, index) => ({
							id: `${entry.id}#${index}`,
							label: entry.name,
							detail: `${offer.provider}, ${money(offer.pricePerGpuHour.value)} per GPU-hour`,
							apply: { gpuId: entry.id, gpuOffer: index }
						}))
					: []
			);
		case 'model':
			return catalog.flatMap((entry): ChoiceOption[] => {
				if (scenario.kind === 'self-hosted') {
					if (entry.kind !== 'open-weight-model') return [];
					const billions = entry.parameters.value === null ? '?' : entry.parameters.value / 1e9;
					return [
						{
							id: entry.id,
							label: entry.displayName,
							detail: `${entry.family}, ${billions}B parameters`,
							apply: { modelId: entry.id }
						}
					];
				}
				if (entry.kind !== 'api-model') return [];
				const tuned = scenario.kind === 'fine-tuned-api';
				if (tuned && !entry.fineTuning) return [];
				if (!tuned && !entry.inference) return [];
				const prices = tuned ? entry.fineTuning?.training : entry.inference?.input;
				return [
					{
						id: entry.id,
						label: entry.displayName,
						detail: tuned
							? `${entry.provider}, training ${money(prices?.value)} (${prices?.unit ?? 'no price'})`
							: `${entry.provider}, input ${money(prices?.value)} per 1M`,
						apply: { modelId: entry.id }
					}
				];
			});
	}
}

/** The text a choice cell shows. */
export function choiceText(
	choice: ChoiceName,
	scenario: Scenario,
	catalog: readonly CatalogEntry[]
): string {
	switch (choice) {
		case 'kind':
			return KIND_NAMES[scenario.kind];
		case 'trainingMethod':
			return METHOD_NAMES[scenario.trainingMethod];
		case 'trainingPricing':
			return scenario.trainingPricing
				? PRICING_NAMES[scenario.trainingPricing]
				: 'As the model’s offer';
		case 'gpu': {
			const gpu = catalog.find((entry) => entry.id === scenario.gpuId);
			if (gpu?.kind !== 'gpu')
				return scenario.gpuId ? `${scenario.gpuId} (not in the catalog)` : '';
			const offer = gpu.offers[scenario.gpuOffer];
			return offer ? `${gpu.name} · ${offer.provider}` : gpu.name;
		}
		case 'model': {
			const model = catalog.find((entry) => entry.id === scenario.modelId);
			if (!model) return scenario.modelId ? `${scenario.modelId} (not in the catalog)` : '';
			return model.kind === 'gpu' ? model.name : model.displayName;
		}
	}
}

/** Options whose label or detail contains every word typed, in any order. */
export function filterOptions(options: readonly ChoiceOption[], query: string): ChoiceOption[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...options];
	return options.filter((option) => {
		const text = `${option.label} ${option.detail ?? ''}`.toLowerCase();
		return words.every((word) => text.includes(word));
	});
}
