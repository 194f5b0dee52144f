/*
 * What the guide reads of the rest of the app: the analysed dataset and the computed sheet, reduced to the few
 * figures its rules use.
 */

import type { BaselineComparison } from '../cost/types';
import type { DatasetReadiness, DatasetRecord } from '../project/types';
import type { ScenarioResult } from '../scenario/rows';
import type { SheetColumn } from '../scenario/sheet';
import type { DataFacts, SheetFacts } from './types';

/**
 * The dataset's figures for the guide; null when no dataset has been analysed. The readiness figures are passed
 * apart from the record, since older records lack them and the near-duplicate check may finish later.
 */
export function dataFacts(
	record: DatasetRecord | null,
	readiness: DatasetReadiness
): DataFacts | null {
	if (!record) return null;
	return {
		fileName: record.fileName,
		examples: record.examples,
		invalidRecords: record.invalidRecords,
		exactDuplicates: readiness.exactDuplicates,
		nearDuplicates: readiness.nearDuplicates,
		lengthOutliers: readiness.lengthOutliers,
		overLimit: record.billing.examplesOverLimit
	};
}

/**
 * The sheet's answer to "does fine-tuning cost less than prompting?". Null unless the baseline is a prompted
 * column with a result and some other column fine-tunes (through an API or self-hosted) and has a comparison
 * with it. Of several fine-tuned columns, the one with the lowest total over its horizon speaks for fine-tuning
 * (the first of equals).
 */
export function sheetFacts(
	columns: readonly SheetColumn[],
	baselineId: string | null
): SheetFacts | null {
	const baseline = columns.find((column) => column.scenario.id === baselineId);
	if (!baseline || baseline.scenario.kind !== 'prompted' || !baseline.result) return null;

	let best: { column: SheetColumn; result: ScenarioResult; comparison: BaselineComparison } | null =
		null;
	for (const column of columns) {
		if (column === baseline || column.scenario.kind === 'prompted') continue;
		const result = column.result;
		if (!result?.comparison) continue;
		if (!best || result.breakdown.totalCost.value < best.result.breakdown.totalCost.value) {
			best = { column, result, comparison: result.comparison };
		}
	}
	if (!best) return null;

	const { result, comparison } = best;
	return {
		baseline: baseline.scenario.name,
		fineTuned: best.column.scenario.name,
		requestsPerMonth: result.breakdown.inputs.requestsPerMonth,
		months: result.breakdown.inputs.months,
		totalDifference: comparison.difference.value,
		breakEvenMonth: comparison.breakEvenMonth.value,
		breakEvenVolume: comparison.breakEvenVolume.value,
		volumeVerdict: comparison.volumeVerdict
	};
}
