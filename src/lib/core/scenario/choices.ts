import type { ScenarioKind, TrainingMethod, TrainingPricing } from '../cost/types';
import { numberFormat } from '../format';
import { m } from '../i18n/locale';
import type { CatalogEntry } from '../pricing/types';
import type { ChoiceName } from './rows';
import type { Scenario } from './types';

const KINDS: readonly ScenarioKind[] = ['prompted', 'fine-tuned-api', 'self-hosted'];
const METHODS: readonly TrainingMethod[] = ['full', 'lora', 'qlora'];
const PRICINGS: readonly TrainingPricing[] = ['per-token', 'per-hour'];

/** A kind of scenario as the sheet names it, in the interface language. */
export function kindName(kind: ScenarioKind): string {
	switch (kind) {
		case 'prompted':
			return m.sheet_kind_prompted();
		case 'fine-tuned-api':
			return m.sheet_kind_fine_tuned_api();
		case 'self-hosted':
			return m.sheet_kind_self_hosted();
	}
}

function methodName(method: TrainingMethod): string {
	switch (method) {
		case 'full':
			return m.sheet_method_full();
		case 'lora':
			return 'LoRA';
		case 'qlora':
			return 'QLoRA';
	}
}

function pricingName(pricing: TrainingPricing): string {
	return pricing === 'per-token' ? m.sheet_pricing_per_token() : m.sheet_pricing_per_hour();
}

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

/** A catalog price in US dollars, with as many decimals as the catalog gives. */
function money(value: number | null | undefined): string {
	if (value === null || value === undefined) return m.sheet_price_not_found();
	return numberFormat({
		style: 'currency',
		currency: 'USD',
		minimumFractionDigits: 0,
		maximumFractionDigits: 6
	}).format(value);
}

/** What a choice cell offers for this scenario, from the catalog the person sees (overrides and custom entries in). */
export function choiceOptions(
	choice: ChoiceName,
	scenario: Scenario,
	catalog: readonly CatalogEntry[]
): ChoiceOption[] {
	switch (choice) {
		case 'kind':
			return KINDS.map((kind) => ({
				id: kind,
				label: kindName(kind),
				apply: { kind }
			}));
		case 'trainingMethod':
			return METHODS.map((method) => ({
				id: method,
				label: methodName(method),
				apply: { trainingMethod: method }
			}));
		case 'trainingPricing':
			return [
				{ id: 'offer', label: m.sheet_pricing_offer(), apply: { trainingPricing: null } },
				...PRICINGS.map((pricing) => ({
					id: pricing,
					label: pricingName(pricing),
					apply: { trainingPricing: pricing }
				}))
			];
		case 'gpu':
			return catalog.flatMap((entry) =>
				entry.kind === 'gpu'
					? entry.offers.map((offer, index) => ({
							id: `${entry.id}#${index}`,
							label: entry.name,
							detail: m.sheet_choice_gpu_detail({
								provider: offer.provider,
								price: money(offer.pricePerGpuHour.value)
							}),
							apply: { gpuId: entry.id, gpuOffer: index }
						}))
					: []
			);
		case 'model':
			return catalog.flatMap((entry): ChoiceOption[] => {
				if (scenario.kind === 'self-hosted') {
					if (entry.kind !== 'open-weight-model') return [];
					const billions =
						entry.parameters.value === null
							? '?'
							: numberFormat({ maximumFractionDigits: 3 }).format(entry.parameters.value / 1e9);
					return [
						{
							id: entry.id,
							label: entry.displayName,
							detail: m.sheet_choice_open_weight_detail({ family: entry.family, billions }),
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
							? m.sheet_choice_training_detail({
									provider: entry.provider,
									price: money(prices?.value),
									// The unit is the catalog's own words ('USD per 1M training tokens'), as its source wrote them.
									unit: prices?.unit ?? m.sheet_choice_no_price()
								})
							: m.sheet_choice_input_detail({
									provider: entry.provider,
									price: money(prices?.value)
								}),
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
			return kindName(scenario.kind);
		case 'trainingMethod':
			return methodName(scenario.trainingMethod);
		case 'trainingPricing':
			return scenario.trainingPricing
				? pricingName(scenario.trainingPricing)
				: m.sheet_pricing_offer();
		case 'gpu': {
			const gpu = catalog.find((entry) => entry.id === scenario.gpuId);
			if (gpu?.kind !== 'gpu')
				return scenario.gpuId ? m.sheet_choice_not_in_catalog({ id: scenario.gpuId }) : '';
			const offer = gpu.offers[scenario.gpuOffer];
			return offer ? `${gpu.name} · ${offer.provider}` : gpu.name;
		}
		case 'model': {
			const model = catalog.find((entry) => entry.id === scenario.modelId);
			if (!model)
				return scenario.modelId ? m.sheet_choice_not_in_catalog({ id: scenario.modelId }) : '';
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
