export { evaluateInput, MAX_INPUT_LENGTH, MAX_NESTING, type EvaluateResult } from './evaluate';
export { MAX_PASTE_CELLS, parseTsv, toTsv, type ParseTsvResult } from './tsv';
export {
	extendSelection,
	moveFocus,
	PAGE_ROWS,
	pasteTargets,
	rangeBetween,
	rangeContains,
	type GridPosition,
	type GridRange,
	type GridSelection,
	type GridSize,
	type KeyModifiers,
	type PasteCell,
	type PastePlan
} from './grid-nav';
