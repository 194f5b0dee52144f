import { describe, expect, it } from 'vitest';
import {
	extendSelection,
	moveFocus,
	PAGE_ROWS,
	pasteTargets,
	rangeBetween,
	rangeContains,
	type GridPosition,
	type GridSize
} from './grid-nav';

const size: GridSize = { rows: 30, cols: 5 };
const none = { ctrl: false };
const ctrl = { ctrl: true };
const at = (row: number, col: number): GridPosition => ({ row, col });

describe('moveFocus', () => {
	it.each([
		['ArrowUp', at(5, 2), at(4, 2)],
		['ArrowDown', at(5, 2), at(6, 2)],
		['ArrowLeft', at(5, 2), at(5, 1)],
		['ArrowRight', at(5, 2), at(5, 3)],
		['Home', at(5, 2), at(5, 0)],
		['End', at(5, 2), at(5, 4)],
		['PageUp', at(15, 2), at(5, 2)],
		['PageDown', at(15, 2), at(25, 2)]
	])('%s from %j goes to %j', (key, from, to) => {
		expect(moveFocus(from, key, size, none)).toEqual(to);
	});

	it.each([
		['ArrowUp', at(0, 2)],
		['ArrowDown', at(29, 2)],
		['ArrowLeft', at(5, 0)],
		['ArrowRight', at(5, 4)]
	])('%s stays at the edge %j without wrapping', (key, edge) => {
		expect(moveFocus(edge, key, size, none)).toEqual(edge);
	});

	it('clamps PageUp and PageDown to the first and last row', () => {
		expect(moveFocus(at(3, 1), 'PageUp', size, none)).toEqual(at(0, 1));
		expect(moveFocus(at(25, 1), 'PageDown', size, none)).toEqual(at(29, 1));
		expect(PAGE_ROWS).toBe(10);
		expect(moveFocus(at(10, 1), 'PageDown', size, none, 3)).toEqual(at(13, 1));
	});

	it('goes to the first and last cell of the grid with Ctrl+Home and Ctrl+End', () => {
		expect(moveFocus(at(12, 3), 'Home', size, ctrl)).toEqual(at(0, 0));
		expect(moveFocus(at(12, 3), 'End', size, ctrl)).toEqual(at(29, 4));
	});

	it('goes to the edge with Ctrl+Arrow', () => {
		expect(moveFocus(at(12, 3), 'ArrowUp', size, ctrl)).toEqual(at(0, 3));
		expect(moveFocus(at(12, 3), 'ArrowDown', size, ctrl)).toEqual(at(29, 3));
		expect(moveFocus(at(12, 3), 'ArrowLeft', size, ctrl)).toEqual(at(12, 0));
		expect(moveFocus(at(12, 3), 'ArrowRight', size, ctrl)).toEqual(at(12, 4));
	});

	it('moves right with Tab and left with Shift+Tab, leaving the grid at its ends', () => {
		expect(moveFocus(at(2, 1), 'Tab', size, none)).toEqual(at(2, 2));
		expect(moveFocus(at(2, 1), 'Tab', size, { ctrl: false, shift: true })).toEqual(at(2, 0));
		expect(moveFocus(at(2, 4), 'Tab', size, none)).toBeNull();
		expect(moveFocus(at(2, 0), 'Tab', size, { ctrl: false, shift: true })).toBeNull();
		expect(moveFocus(at(2, 1), 'Tab', size, ctrl)).toBeNull();
	});

	it('moves the same with Shift held, except for Tab', () => {
		expect(moveFocus(at(2, 1), 'ArrowDown', size, { ctrl: false, shift: true })).toEqual(at(3, 1));
	});

	it.each(['Enter', 'F2', 'Escape', 'a', ' ', 'Delete', 'Backspace', 'arrowup'])(
		'leaves %j to the caller',
		(key) => {
			expect(moveFocus(at(2, 1), key, size, none)).toBeNull();
		}
	);

	it('brings a position outside the grid inside first', () => {
		expect(moveFocus(at(40, 9), 'ArrowUp', size, none)).toEqual(at(28, 4));
		expect(moveFocus(at(-3, -1), 'ArrowRight', size, none)).toEqual(at(0, 1));
	});

	it('handles nothing in an empty grid', () => {
		expect(moveFocus(at(0, 0), 'ArrowDown', { rows: 0, cols: 5 }, none)).toBeNull();
		expect(moveFocus(at(0, 0), 'Tab', { rows: 3, cols: 0 }, none)).toBeNull();
	});

	it('stays put in a one-cell grid', () => {
		const one = { rows: 1, cols: 1 };
		expect(moveFocus(at(0, 0), 'ArrowDown', one, none)).toEqual(at(0, 0));
		expect(moveFocus(at(0, 0), 'End', one, ctrl)).toEqual(at(0, 0));
		expect(moveFocus(at(0, 0), 'Tab', one, none)).toBeNull();
	});
});

describe('selection', () => {
	it('orders the corners of a range either way', () => {
		const range = { top: 1, left: 2, bottom: 4, right: 3 };
		expect(rangeBetween(at(1, 2), at(4, 3))).toEqual(range);
		expect(rangeBetween(at(4, 3), at(1, 2))).toEqual(range);
		expect(rangeBetween(at(4, 2), at(1, 3))).toEqual(range);
		expect(rangeBetween(at(2, 2), at(2, 2))).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
	});

	it('tells whether a cell is inside a range, edges included', () => {
		const range = rangeBetween(at(1, 1), at(3, 2));
		expect(rangeContains(range, at(1, 1))).toBe(true);
		expect(rangeContains(range, at(3, 2))).toBe(true);
		expect(rangeContains(range, at(2, 3))).toBe(false);
		expect(rangeContains(range, at(0, 1))).toBe(false);
	});

	it('moves the extent with Shift+Arrow and keeps the anchor', () => {
		const selection = { anchor: at(5, 2), extent: at(5, 2) };
		const down = extendSelection(selection, 'ArrowDown', size, { ctrl: false, shift: true });
		expect(down).toEqual({ anchor: at(5, 2), extent: at(6, 2) });
		const back = extendSelection(down ?? selection, 'ArrowUp', size, none);
		expect(back).toEqual({ anchor: at(5, 2), extent: at(5, 2) });
		const up = extendSelection(back ?? selection, 'ArrowUp', size, none);
		expect(up).toEqual({ anchor: at(5, 2), extent: at(4, 2) });
		expect(rangeBetween(up?.anchor ?? at(0, 0), up?.extent ?? at(0, 0))).toEqual({
			top: 4,
			left: 2,
			bottom: 5,
			right: 2
		});
	});

	it('extends to the edges with Ctrl, Home/End and pages', () => {
		const selection = { anchor: at(5, 2), extent: at(6, 3) };
		expect(extendSelection(selection, 'ArrowRight', size, ctrl)?.extent).toEqual(at(6, 4));
		expect(extendSelection(selection, 'Home', size, none)?.extent).toEqual(at(6, 0));
		expect(extendSelection(selection, 'End', size, ctrl)?.extent).toEqual(at(29, 4));
		expect(extendSelection(selection, 'PageDown', size, none)?.extent).toEqual(at(16, 3));
		expect(extendSelection(selection, 'ArrowDown', size, none)?.anchor).toEqual(at(5, 2));
	});

	it('stops the extent at the edge', () => {
		const selection = { anchor: at(0, 0), extent: at(0, 4) };
		expect(extendSelection(selection, 'ArrowRight', size, none)).toEqual(selection);
	});

	it('does not extend with Tab or other keys', () => {
		const selection = { anchor: at(1, 1), extent: at(1, 1) };
		expect(extendSelection(selection, 'Tab', size, { ctrl: false, shift: true })).toBeNull();
		expect(extendSelection(selection, 'Enter', size, none)).toBeNull();
		expect(extendSelection(selection, 'ArrowUp', { rows: 0, cols: 0 }, none)).toBeNull();
	});
});

describe('pasteTargets', () => {
	const data = [
		['a', 'b', 'c'],
		['d', 'e', 'f']
	];

	it('writes the data from the anchor down and right', () => {
		expect(pasteTargets(at(1, 1), data, size)).toEqual({
			cells: [
				{ row: 1, col: 1, text: 'a' },
				{ row: 1, col: 2, text: 'b' },
				{ row: 1, col: 3, text: 'c' },
				{ row: 2, col: 1, text: 'd' },
				{ row: 2, col: 2, text: 'e' },
				{ row: 2, col: 3, text: 'f' }
			],
			clipped: 0,
			range: { top: 1, left: 1, bottom: 2, right: 3 }
		});
	});

	it('clips at the right and bottom edges and counts what was left out', () => {
		const plan = pasteTargets(at(29, 3), data, size);
		expect(plan.cells).toEqual([
			{ row: 29, col: 3, text: 'a' },
			{ row: 29, col: 4, text: 'b' }
		]);
		expect(plan.clipped).toBe(4);
		expect(plan.range).toEqual({ top: 29, left: 3, bottom: 29, right: 4 });
	});

	it('writes nothing when the anchor is outside the grid', () => {
		expect(pasteTargets(at(30, 0), data, size)).toEqual({ cells: [], clipped: 6, range: null });
		expect(pasteTargets(at(-1, 0), [['x']], size)).toEqual({ cells: [], clipped: 1, range: null });
	});

	it('writes nothing for no data', () => {
		expect(pasteTargets(at(0, 0), [], size)).toEqual({ cells: [], clipped: 0, range: null });
	});

	it('takes ragged rows as they are', () => {
		const plan = pasteTargets(at(0, 3), [['a'], ['b', 'c', 'd']], size);
		expect(plan.cells).toEqual([
			{ row: 0, col: 3, text: 'a' },
			{ row: 1, col: 3, text: 'b' },
			{ row: 1, col: 4, text: 'c' }
		]);
		expect(plan.clipped).toBe(1);
		expect(plan.range).toEqual({ top: 0, left: 3, bottom: 1, right: 4 });
	});
});
