import { numberFormat } from '../format';
import { m } from '../i18n/locale';
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
	/** Where the value came from, in words. */
	source: string;
	/** The same, for code: a choice (model, GPU), typed, from the catalog, from a link, or the default. */
	origin: 'choice' | 'entered' | 'catalog' | 'link' | 'default';
}

/** A stored figure as typed, without float noise or grouping, with the locale's decimal mark: 0.8, "0,8". */
function plainNumber(value: number): string {
	return numberFormat({ maximumSignificantDigits: 12, useGrouping: false }).format(value);
}

function applies(row: SheetRow, column: SheetColumn): boolean {
	if (!row.kinds.includes(column.scenario.kind)) return false;
	return !row.when || row.when(column.resolved.inputs);
}

function originText(origin: InputOrigin | undefined, linked: boolean): string {
	switch (origin?.from) {
		case 'entered':
			return origin.catalogValue === undefined
				? m.export_source_typed({ text: origin.text })
				: m.export_source_typed_override({
						text: origin.text,
						catalog: plainNumber(origin.catalogValue)
					});
		case 'catalog':
			return m.export_source_catalog({ detail: origin.detail });
		case 'link':
			return m.export_source_link({ detail: origin.detail });
		default:
			// A link whose figure is missing falls back to the default; say so rather than hide the link.
			return linked ? m.export_source_default_link() : m.export_source_default();
	}
}

function modelSource(column: SheetColumn): string {
	const { modelId } = column.scenario;
	const model = column.resolved.model;
	if (model) return m.export_source_chosen({ name: model.displayName, id: model.id });
	return modelId ? m.export_source_not_in_catalog({ id: modelId }) : m.export_source_none();
}

function gpuSource(column: SheetColumn): string {
	const { gpuId, gpuOffer } = column.scenario;
	const gpu = column.resolved.gpu;
	if (!gpu) return gpuId ? m.export_source_not_in_catalog({ id: gpuId }) : m.export_source_none();
	// The same offer the cost model priced: the chosen one, or the first when it is gone.
	const offer = gpu.offers[gpuOffer] ?? gpu.offers[0];
	return offer
		? m.export_source_chosen_at({ name: gpu.name, provider: offer.provider, id: gpu.id })
		: m.export_source_chosen({ name: gpu.name, id: gpu.id });
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
					const source =
						row.choice === 'model'
							? modelSource(column)
							: row.choice === 'gpu'
								? gpuSource(column)
								: null;
					if (source !== null)
						rows.push({ scenario, input: row.label, value: null, source, origin: 'choice' });
				} else if (row.type === 'input') {
					const value = column.resolved.inputs[row.field];
					const origin = column.resolved.origins[row.field];
					rows.push({
						scenario,
						input: row.label,
						value: typeof value === 'number' && Number.isFinite(value) ? value : null,
						source: originText(origin, column.scenario.links[row.field] !== undefined),
						origin: origin?.from ?? 'default'
					});
				}
			}
		}
	}
	return rows;
}
