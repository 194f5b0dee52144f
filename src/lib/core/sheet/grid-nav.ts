/**
 * Keyboard movement in the sheet, following the WAI-ARIA grid pattern: arrows stop at the edges, Home/End go to the
 * row's ends (with Ctrl to the grid's first and last cell), PageUp/PageDown move by a page of rows, and Tab moves
 * right without wrapping, so Tab on the last column (or Shift+Tab on the first) leaves the grid.
 *
 * `ctrl` means the platform's command key: the caller passes Cmd on macOS.
 */

export interface GridPosition {
	row: number;
	col: number;
}

export interface GridSize {
	rows: number;
	cols: number;
}

export interface KeyModifiers {
	ctrl: boolean;
	shift?: boolean;
}

/** Inclusive bounds of a rectangular range. */
export interface GridRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

/** The anchor stays where the selection started; the extent is the corner that Shift+movement moves. */
export interface GridSelection {
	anchor: GridPosition;
	extent: GridPosition;
}

export interface PasteCell extends GridPosition {
	text: string;
}

export interface PastePlan {
	/** The cells to write, row by row. */
	cells: PasteCell[];
	/** Pasted cells that fall outside the grid and are left out. */
	clipped: number;
	/** The area written, to select after pasting; null when nothing lands inside the grid. */
	range: GridRange | null;
}

export const PAGE_ROWS = 10;

function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}

function clampToGrid(position: GridPosition, size: GridSize): GridPosition {
	return { row: clamp(position.row, 0, size.rows - 1), col: clamp(position.col, 0, size.cols - 1) };
}

function isEmpty(size: GridSize): boolean {
	return size.rows < 1 || size.cols < 1;
}

/** Movement shared by focus and selection: arrows (Ctrl: to the edge), Home/End, PageUp/PageDown. */
function moveWithin(
	from: GridPosition,
	key: string,
	size: GridSize,
	ctrl: boolean,
	pageRows: number
): GridPosition | null {
	const lastRow = size.rows - 1;
	const lastCol = size.cols - 1;
	switch (key) {
		case 'ArrowUp':
			return { row: ctrl ? 0 : Math.max(0, from.row - 1), col: from.col };
		case 'ArrowDown':
			return { row: ctrl ? lastRow : Math.min(lastRow, from.row + 1), col: from.col };
		case 'ArrowLeft':
			return { row: from.row, col: ctrl ? 0 : Math.max(0, from.col - 1) };
		case 'ArrowRight':
			return { row: from.row, col: ctrl ? lastCol : Math.min(lastCol, from.col + 1) };
		case 'Home':
			return { row: ctrl ? 0 : from.row, col: 0 };
		case 'End':
			return { row: ctrl ? lastRow : from.row, col: lastCol };
		case 'PageUp':
			return { row: Math.max(0, from.row - pageRows), col: from.col };
		case 'PageDown':
			return { row: Math.min(lastRow, from.row + pageRows), col: from.col };
		default:
			return null;
	}
}

/**
 * Where focus goes for a key, or null when the grid does not handle the key (the browser should) or focus leaves the
 * grid (Tab past the last column, Shift+Tab before the first). At an edge an arrow returns the same cell: the key is
 * still the grid's. A position outside the grid (say after rows were removed) is first brought inside.
 * Shift changes only Tab here; Shift+Arrow extends the selection through `extendSelection`.
 */
export function moveFocus(
	position: GridPosition,
	key: string,
	size: GridSize,
	modifiers: KeyModifiers,
	pageRows = PAGE_ROWS
): GridPosition | null {
	if (isEmpty(size)) return null;
	const from = clampToGrid(position, size);
	if (key === 'Tab') {
		// Ctrl+Tab switches browser tabs.
		if (modifiers.ctrl) return null;
		const col = from.col + (modifiers.shift ? -1 : 1);
		return col < 0 || col >= size.cols ? null : { row: from.row, col };
	}
	return moveWithin(from, key, size, modifiers.ctrl, pageRows);
}

/**
 * Shift+Arrow, Shift+Home/End and Shift+PageUp/PageDown: the extent moves as focus would, the anchor stays.
 * Null for keys that do not extend a selection.
 */
export function extendSelection(
	selection: GridSelection,
	key: string,
	size: GridSize,
	modifiers: KeyModifiers,
	pageRows = PAGE_ROWS
): GridSelection | null {
	if (isEmpty(size)) return null;
	const extent = moveWithin(
		clampToGrid(selection.extent, size),
		key,
		size,
		modifiers.ctrl,
		pageRows
	);
	return extent === null ? null : { anchor: clampToGrid(selection.anchor, size), extent };
}

/** The rectangle with corners `a` and `b`, in either order. */
export function rangeBetween(a: GridPosition, b: GridPosition): GridRange {
	return {
		top: Math.min(a.row, b.row),
		left: Math.min(a.col, b.col),
		bottom: Math.max(a.row, b.row),
		right: Math.max(a.col, b.col)
	};
}

export function rangeContains(range: GridRange, position: GridPosition): boolean {
	return (
		position.row >= range.top &&
		position.row <= range.bottom &&
		position.col >= range.left &&
		position.col <= range.right
	);
}

function widen(range: GridRange, row: number, col: number): GridRange {
	return {
		top: Math.min(range.top, row),
		left: Math.min(range.left, col),
		bottom: Math.max(range.bottom, row),
		right: Math.max(range.right, col)
	};
}

/**
 * The cells a paste of `data` at `anchor` (its top-left cell) writes, cut to the grid; `clipped` counts the pasted
 * cells that fall outside it. Rows may differ in length.
 */
export function pasteTargets(
	anchor: GridPosition,
	data: readonly (readonly string[])[],
	size: GridSize
): PastePlan {
	const cells: PasteCell[] = [];
	let clipped = 0;
	let range: GridRange | null = null;
	for (const [rowOffset, values] of data.entries()) {
		const row = anchor.row + rowOffset;
		for (const [colOffset, text] of values.entries()) {
			const col = anchor.col + colOffset;
			if (row < 0 || row >= size.rows || col < 0 || col >= size.cols) {
				clipped++;
				continue;
			}
			cells.push({ row, col, text });
			range = range === null ? rangeBetween({ row, col }, { row, col }) : widen(range, row, col);
		}
	}
	return { cells, clipped, range };
}
