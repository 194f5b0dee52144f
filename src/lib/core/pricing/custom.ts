import { USER_SOURCE } from './edit';
import { checkCatalogEntry } from './schema';
import {
	PER_GPU_HOUR,
	PER_MILLION_TOKENS,
	providerSlug,
	type CatalogEntry,
	type CatalogEntryKind,
	type Fact,
	type FactPath
} from './types';

/** A field of the "add a custom entry" form. Text fields land on the entry as they are; figures become Facts. */
export interface CustomField {
	key: string;
	label: string;
	required?: boolean;
	placeholder?: string;
	/** Present for a figure: where it sits in the entry, and its unit as stored. */
	figure?: {
		path: FactPath;
		unit: string;
		/** The form asks in a friendlier unit: stored value = entered × scale (e.g. billions of parameters). */
		scale?: number;
		/** Unit shown next to the field when it differs from the stored one. */
		formUnit?: string;
	};
}

const price = (key: string, label: string, path: FactPath, unit = PER_MILLION_TOKENS) => ({
	key,
	label,
	figure: { path, unit }
});

/** Every field a built-in API model can carry. */
const API_FIELDS: CustomField[] = [
	{ key: 'provider', label: 'Provider', required: true },
	{ key: 'modelId', label: 'Model id', required: true },
	{ key: 'displayName', label: 'Display name' },
	{ key: 'encoding', label: 'Encoding or tokenizer', placeholder: 'o200k_base' },
	{
		key: 'contextTokens',
		label: 'Context length',
		figure: { path: ['contextTokens'], unit: 'tokens' }
	},
	price('input', 'Input', ['inference', 'input']),
	price('cachedInput', 'Cached input', ['inference', 'cachedInput']),
	price('cacheWrite', 'Cache write', ['inference', 'cacheWrite']),
	price('output', 'Output', ['inference', 'output']),
	price('batchInput', 'Batch input', ['inference', 'batchInput']),
	price('batchOutput', 'Batch output', ['inference', 'batchOutput']),
	price(
		'training',
		'Fine-tuning: training',
		['fineTuning', 'training'],
		'USD per 1M training tokens'
	),
	price(
		'maxTokensPerExample',
		'Fine-tuning: max tokens per example',
		['fineTuning', 'maxTokensPerExample'],
		'tokens'
	),
	price(
		'minimumFeePerJob',
		'Fine-tuning: minimum fee per job',
		['fineTuning', 'minimumFeePerJob'],
		'USD per job (minimum fee)'
	),
	price('fineTunedInput', 'Fine-tuned: input', ['fineTuning', 'inference', 'input']),
	price('fineTunedCachedInput', 'Fine-tuned: cached input', [
		'fineTuning',
		'inference',
		'cachedInput'
	]),
	price('fineTunedOutput', 'Fine-tuned: output', ['fineTuning', 'inference', 'output']),
	price(
		'hostingPerHour',
		'Fine-tuned: hosting per hour',
		['fineTuning', 'hostingPerHour'],
		'USD per hour'
	),
	price(
		'storagePerModelMonth',
		'Fine-tuned: storage per model-month',
		['fineTuning', 'storagePerModelMonth'],
		'USD per model-month'
	),
	{ key: 'notes', label: 'Notes' }
];

/** Every field a built-in open-weight model carries. */
const OPEN_WEIGHT_FIELDS: CustomField[] = [
	{ key: 'family', label: 'Family', required: true, placeholder: 'Llama 3.1' },
	{ key: 'modelId', label: 'Hugging Face repository', required: true, placeholder: 'org/model' },
	{ key: 'displayName', label: 'Display name' },
	{ key: 'tokenizer', label: 'Tokenizer', required: true, placeholder: 'Llama 3 (BPE)' },
	{
		key: 'parameters',
		label: 'Parameters',
		required: true,
		figure: { path: ['parameters'], unit: 'parameters', scale: 1e9, formUnit: 'billions' }
	},
	{
		key: 'contextTokens',
		label: 'Context length',
		figure: { path: ['contextTokens'], unit: 'tokens' }
	},
	{ key: 'notes', label: 'Notes' }
];

/** Every field a built-in GPU carries, with one provider's offer. */
const GPU_FIELDS: CustomField[] = [
	{ key: 'name', label: 'GPU name', required: true, placeholder: 'H200' },
	{ key: 'memoryGb', label: 'Memory (GB)', required: true },
	{
		key: 'peakFlops',
		label: 'Peak dense BF16',
		required: true,
		figure: {
			path: ['peakDenseBf16FlopsPerSecond'],
			unit: 'FLOP/s',
			scale: 1e12,
			formUnit: 'TFLOP/s'
		}
	},
	{ key: 'provider', label: 'Rented from', required: true },
	{ key: 'offer', label: 'Offer', placeholder: 'instance type, region' },
	{
		key: 'pricePerGpuHour',
		label: 'Price per GPU-hour',
		required: true,
		figure: { path: ['offers', 0, 'pricePerGpuHour'], unit: PER_GPU_HOUR }
	},
	{ key: 'notes', label: 'Notes' }
];

export const CUSTOM_FORMS: Record<
	CatalogEntryKind,
	{ title: string; action: string; fields: CustomField[] }
> = {
	'api-model': { title: 'API model', action: 'Add API model', fields: API_FIELDS },
	'open-weight-model': {
		title: 'Open-weight model',
		action: 'Add open-weight model',
		fields: OPEN_WEIGHT_FIELDS
	},
	gpu: { title: 'GPU', action: 'Add GPU', fields: GPU_FIELDS }
};

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
function skeleton(kind: CatalogEntryKind, text: (key: string) => string): Record<string, unknown> {
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
		memoryGb: Number(text('memoryGb')),
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
	const fields = CUSTOM_FORMS[kind].fields;
	for (const field of fields) {
		if (field.required && !text(field.key)) errors.push(`${field.label}: required.`);
	}
	if (text('memoryGb') && !(Number(text('memoryGb')) > 0)) {
		errors.push('Memory (GB): enter a number above 0.');
	}
	const entry = skeleton(kind, text);
	if (errors.length === 0 && existingIds.has(String(entry.id))) {
		errors.push(`${entry.id} is already in the catalog; edit its figures instead.`);
	}
	for (const field of fields) {
		if (!field.figure || !text(field.key)) continue;
		const entered = Number(text(field.key));
		if (!Number.isFinite(entered) || entered < 0) {
			errors.push(`${field.label}: enter a number of at least 0.`);
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
			unit: 'tokens',
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
				/inference/.test(error) ? `Prices: give both input and output (${error}).` : error
			)
		};
	}
	return { ok: true, entry: checked.entry };
}
