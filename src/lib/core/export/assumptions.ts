import { SHEET_SECTIONS, type SheetRow } from '../scenario/rows';
import type { SheetColumn } from '../scenario/sheet';
import type { InputOrigin } from '../scenario/types';

/** One input of one scenario and where its value came from. */
export interface AssumptionRow {
	scenario: string;
	/** The sheet's row label. */
	input: string;
	/** The value the cost model used (stored units: USD, shares as fractions); null for a choice or a blank. */
	value: number | null;
	source: string;
}

function plainNumber(value: number): string {
	return String(Number(value.toPrecision(12)));
}

function applies(row: SheetRow, column: SheetColumn): boolean {
	if (!row.kinds.includes(column.scenario.kind)) return false;
	return !row.when || row.when(column.resolved.inputs);
}

function originText(origin: InputOrigin | undefined, linked: boolean): string {
	switch (origin?.from) {
		case 'entered':
			return origin.catalogValue === undefined
				? `Typed: ${origin.text}`
				: `Typed: ${origin.text}, overrides the catalog’s ${plainNumber(origin.catalogValue)}`;
		case 'catalog':
			return `Catalog: ${origin.detail}`;
		case 'link':
			return `Linked: ${origin.detail}`;
		default:
			// A link whose figure is missing falls back to the default; say so rather than hide the link.
			return linked ? 'Default (the link has no figure yet)' : 'Default';
	}
}

function modelSource(column: SheetColumn): string {
	const { modelId } = column.scenario;
	const model = column.resolved.model;
	if (model) return `Chosen: ${model.displayName} (catalog entry ${model.id})`;
	return modelId ? `Chosen: ${modelId}, not in the catalog` : 'None chosen';
}

function gpuSource(column: SheetColumn): string {
	const { gpuId, gpuOffer } = column.scenario;
	const gpu = column.resolved.gpu;
	if (!gpu) return gpuId ? `Chosen: ${gpuId}, not in the catalog` : 'None chosen';
	// The same offer the cost model priced: the chosen one, or the first when it is gone.
	const offer = gpu.offers[gpuOffer] ?? gpu.offers[0];
	const where = offer ? ` at ${offer.provider}` : '';
	return `Chosen: ${gpu.name}${where} (catalog entry ${gpu.id})`;
}

/**
 * Every input each scenario uses, with where its value came from (typed, catalog, link or default), and the
 * model and GPU chosen: the assumptions behind the figures, for an export a reader can check.
 */
export function assumptionRows(columns: readonly SheetColumn[]): AssumptionRow[] {
	const rows: AssumptionRow[] = [];
	for (const column of columns) {
		const scenario = column.scenario.name;
		for (const section of SHEET_SECTIONS) {
			for (const row of section.rows) {
				if (!applies(row, column)) continue;
				if (row.type === 'choice') {
					if (row.choice === 'model') {
						rows.push({ scenario, input: row.label, value: null, source: modelSource(column) });
					} else if (row.choice === 'gpu') {
						rows.push({ scenario, input: row.label, value: null, source: gpuSource(column) });
					}
				} else if (row.type === 'input') {
					const value = column.resolved.inputs[row.field];
					rows.push({
						scenario,
						input: row.label,
						value: typeof value === 'number' && Number.isFinite(value) ? value : null,
						source: originText(
							column.resolved.origins[row.field],
							column.scenario.links[row.field] !== undefined
						)
					});
				}
			}
		}
	}
	return rows;
}
