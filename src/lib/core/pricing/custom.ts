import { m } from '../i18n/locale';
import { USER_SOURCE } from './edit';
import { fineTunedFigure, kindLabel } from './rows';
import { checkCatalogEntry } from './schema';
import {
	FLOPS,
	PARAMETERS,
	PER_GPU_HOUR,
	PER_HOUR,
	PER_JOB_MINIMUM,
	PER_MILLION_TOKENS,
	PER_MILLION_TRAINING_TOKENS,
	PER_MODEL_MONTH,
	TOKENS,
	providerSlug,
	type CatalogEntry,
	type CatalogEntryKind,
	type Fact,
	type FactPath
} from './types';
import { parseFigure } from './units';

/** A field of the "add a custom entry" form. Text fields land on the entry as they are; figures become Facts. */
export interface CustomField {
	key: string;
	/** In the current language, as the form was asked for. */
	label: string;
	required?: boolean;
	placeholder?: string;
	/** Present for a figure: where it sits in the entry, and its unit as stored. */
	figure?: {
		path: FactPath;
		unit: string;
		/** The form asks in a friendlier unit: stored value = entered × scale (e.g. billions of parameters). */
		scale?: number;
		/** Unit shown next to the field when it differs from the stored one, in the current language. */
		formUnit?: string;
	};
}

/** The form of one kind of entry, in the current language. */
export interface CustomForm {
	title: string;
	action: string;
	fields: CustomField[];
}

const price = (key: string, label: string, path: FactPath, unit = PER_MILLION_TOKENS) => ({
	key,
	label,
	figure: { path, unit }
});

/** Every field a built-in API model can carry. */
function apiFields(): CustomField[] {
	return [
		{ key: 'provider', label: m.prices_field_provider(), required: true },
		{ key: 'modelId', label: m.prices_field_model_id(), required: true },
		{ key: 'displayName', label: m.prices_field_display_name() },
		{ key: 'encoding', label: m.prices_field_encoding(), placeholder: 'o200k_base' },
		{
			key: 'contextTokens',
			label: m.prices_figure_context(),
			figure: { path: ['contextTokens'], unit: TOKENS }
		},
		price('input', m.prices_figure_input(), ['inference', 'input']),
		price('cachedInput', m.prices_figure_cached_input(), ['inference', 'cachedInput']),
		price('cacheWrite', m.prices_figure_cache_write(), ['inference', 'cacheWrite']),
		price('output', m.prices_figure_output(), ['inference', 'output']),
		price('batchInput', m.prices_figure_batch_input(), ['inference', 'batchInput']),
		price('batchOutput', m.prices_figure_batch_output(), ['inference', 'batchOutput']),
		price(
			'training',
			m.prices_figure_training(),
			['fineTuning', 'training'],
			PER_MILLION_TRAINING_TOKENS
		),
		price(
			'maxTokensPerExample',
			m.prices_figure_max_tokens_per_example(),
			['fineTuning', 'maxTokensPerExample'],
			TOKENS
		),
		price(
			'minimumFeePerJob',
			m.prices_figure_minimum_fee(),
			['fineTuning', 'minimumFeePerJob'],
			PER_JOB_MINIMUM
		),
		price('fineTunedInput', fineTunedFigure(m.prices_figure_input()), [
			'fineTuning',
			'inference',
			'input'
		]),
		price('fineTunedCachedInput', fineTunedFigure(m.prices_figure_cached_input()), [
			'fineTuning',
			'inference',
			'cachedInput'
		]),
		price('fineTunedOutput', fineTunedFigure(m.prices_figure_output()), [
			'fineTuning',
			'inference',
			'output'
		]),
		price('hostingPerHour', m.prices_figure_hosting(), ['fineTuning', 'hostingPerHour'], PER_HOUR),
		price(
			'storagePerModelMonth',
			m.prices_figure_storage(),
			['fineTuning', 'storagePerModelMonth'],
			PER_MODEL_MONTH
		),
		{ key: 'notes', label: m.prices_field_notes() }
	];
}

/** Every field a built-in open-weight model carries. */
function openWeightFields(): CustomField[] {
	return [
		{ key: 'family', label: m.prices_field_family(), required: true, placeholder: 'Llama 3.1' },
		{
			key: 'modelId',
			label: m.prices_field_repository(),
			required: true,
			placeholder: 'org/model'
		},
		{ key: 'displayName', label: m.prices_field_display_name() },
		{
			key: 'tokenizer',
			label: m.prices_field_tokenizer(),
			required: true,
			placeholder: 'Llama 3 (BPE)'
		},
		{
			key: 'parameters',
			label: m.prices_figure_parameters(),
			required: true,
			figure: {
				path: ['parameters'],
				unit: PARAMETERS,
				scale: 1e9,
				formUnit: m.prices_unit_billions()
			}
		},
		{
			key: 'contextTokens',
			label: m.prices_figure_context(),
			figure: { path: ['contextTokens'], unit: TOKENS }
		},
		{ key: 'notes', label: m.prices_field_notes() }
	];
}

/** Every field a built-in GPU carries, with one provider's offer. */
function gpuFields(): CustomField[] {
	return [
		{ key: 'name', label: m.prices_field_gpu_name(), required: true, placeholder: 'H200' },
		{ key: 'memoryGb', label: m.prices_field_memory(), required: true },
		{
			key: 'peakFlops',
			label: m.prices_field_peak(),
			required: true,
			figure: {
				path: ['peakDenseBf16FlopsPerSecond'],
				unit: FLOPS,
				scale: 1e12,
				formUnit: 'TFLOP/s'
			}
		},
		{ key: 'provider', label: m.prices_field_rented_from(), required: true },
		{
			key: 'offer',
			label: m.prices_field_offer(),
			placeholder: m.prices_field_offer_placeholder()
		},
		{
			key: 'pricePerGpuHour',
			label: m.prices_field_price_per_gpu_hour(),
			required: true,
			figure: { path: ['offers', 0, 'pricePerGpuHour'], unit: PER_GPU_HOUR }
		},
		{ key: 'notes', label: m.prices_field_notes() }
	];
}

/** The form to add a custom entry of `kind`, in the current language. */
export function customForm(kind: CatalogEntryKind): CustomForm {
	const title = kindLabel(kind);
	if (kind === 'api-model') return { title, action: m.prices_add_api_model(), fields: apiFields() };
	if (kind === 'open-weight-model')
		return { title, action: m.prices_add_open_weight_model(), fields: openWeightFields() };
	return { title, action: m.prices_add_gpu(), fields: gpuFields() };
}

/** What the person typed, by field key; blank or absent = not entered. */
export type CustomFormValues = Record<string, string | undefined>;

export type CustomModelResult = { ok: true; entry: CatalogEntry } | { ok: false; errors: string[] };

function setAt(target: Record<string, unknown>, path: FactPath, fact: Fact): void {
	let node = target as Record<string | number, unknown>;
	path.slice(0, -1).forEach((step, index) => {
		const next = path[index + 1];
		node[step] ??= typeof next === 'number' ? [] : {};
		node = node[step] as Record<string | number, unknown>;
	});
	node[path.at(-1) as string | number] = fact;
}

/** The entry's id and the text fields of its kind, before any figure. */
function skeleton(
	kind: CatalogEntryKind,
	text: (key: string) => string,
	memoryGb: number
): Record<string, unknown> {
	const notes = text('notes') ? [text('notes')] : [];
	if (kind === 'api-model') {
		const entry: Record<string, unknown> = {
			kind,
			id: `${providerSlug(text('provider'))}/${text('modelId')}`,
			provider: text('provider'),
			modelId: text('modelId'),
			aliases: [],
			displayName: text('displayName') || text('modelId'),
			scope: 'model',
			notes
		};
		if (text('encoding')) entry.encoding = text('encoding');
		return entry;
	}
	if (kind === 'open-weight-model') {
		return {
			kind,
			id: `open-weight/${text('modelId')}`,
			family: text('family'),
			modelId: text('modelId'),
			displayName: text('displayName') || text('modelId'),
			tokenizer: text('tokenizer'),
			notes
		};
	}
	return {
		kind,
		id: `gpu/${providerSlug(text('name'))}-${text('memoryGb')}gb`,
		name: text('name'),
		memoryGb,
		offers: [{ provider: text('provider'), offer: text('offer') || text('name'), notes: [] }],
		notes
	};
}

/**
 * A custom catalog entry from the form of its kind: every figure entered by the user and dated today. Errors name
 * the field; a figure the schema requires (e.g. a fine-tuned price's base input and output) is asked for by name.
 */
export function customEntry(
	kind: CatalogEntryKind,
	values: CustomFormValues,
	existingIds: ReadonlySet<string>,
	today: string
): CustomModelResult {
	const text = (key: string) => (values[key] ?? '').trim();
	const errors: string[] = [];
	const fields = customForm(kind).fields;
	for (const field of fields) {
		if (field.required && !text(field.key))
			errors.push(m.prices_field_required({ field: field.label }));
	}
	const memoryGb = parseFigure(text('memoryGb'));
	if (text('memoryGb') && !(memoryGb !== null && memoryGb > 0)) {
		errors.push(m.prices_field_positive({ field: m.prices_field_memory() }));
	}
	const entry = skeleton(kind, text, memoryGb ?? Number.NaN);
	if (errors.length === 0 && existingIds.has(String(entry.id))) {
		errors.push(m.prices_already_in_catalog({ id: String(entry.id) }));
	}
	for (const field of fields) {
		if (!field.figure || !text(field.key)) continue;
		const entered = parseFigure(text(field.key));
		if (entered === null || entered < 0) {
			errors.push(m.prices_field_not_negative({ field: field.label }));
			continue;
		}
		setAt(entry, field.figure.path, {
			value: entered * (field.figure.scale ?? 1),
			unit: field.figure.unit,
			source: USER_SOURCE,
			asOf: today,
			confidence: 'high'
		});
	}
	if (kind === 'open-weight-model' && !entry.contextTokens) {
		entry.contextTokens = {
			value: null,
			unit: TOKENS,
			source: USER_SOURCE,
			asOf: today,
			confidence: 'high'
		};
	}
	if (errors.length > 0) return { ok: false, errors };
	const checked = checkCatalogEntry(entry);
	if (!checked.ok) {
		return {
			ok: false,
			errors: checked.errors.map((error) =>
				/inference/.test(error) ? m.prices_give_input_and_output({ problem: error }) : error
			)
		};
	}
	return { ok: true, entry: checked.entry };
}
