import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails when it is not reached
 * within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}) {
	for (let presses = 0; presses < limit; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`Not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${limit} presses`);
}

export interface FocusRing {
	/** Whether the browser treats the focus as keyboard focus (`:focus-visible`). */
	focusVisible: boolean;
	/** The outline's width in CSS pixels, 0 without one. */
	outline: number;
	boxShadow: string;
	/** The outline's colour against the opaque colour it is drawn over: WCAG's ratio, 1 to 21. */
	contrast: number;
}

/**
 * The focus indicator of the element that has focus. The colour behind an outline is the parent's background
 * (the first opaque one up the tree) when the outline is drawn outside the element, the element's own when inside.
 */
export function focusRing(page: Page): Promise<FocusRing> {
	return page.evaluate(() => {
		const parse = (colour: string) => {
			const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
			return { rgb: [r, g, b], alpha: colour.startsWith('rgba') ? a : 1 };
		};
		const luminance = (rgb: number[]) => {
			const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
				const c = channel / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const element = document.activeElement;
		if (!(element instanceof HTMLElement)) {
			return { focusVisible: false, outline: 0, boxShadow: 'none', contrast: 1 };
		}
		const style = getComputedStyle(element);
		const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
		let behind: Element | null =
			parseFloat(style.outlineOffset) < 0 ? element : element.parentElement;
		let background = parse('rgb(255, 255, 255)');
		for (; behind; behind = behind.parentElement) {
			const colour = parse(getComputedStyle(behind).backgroundColor);
			if (colour.alpha === 1) {
				background = colour;
				break;
			}
		}
		const [lighter, darker] = [
			luminance(parse(style.outlineColor).rgb),
			luminance(background.rgb)
		].sort((a, b) => b - a);
		return {
			focusVisible: element.matches(':focus-visible'),
			outline,
			boxShadow: style.boxShadow,
			contrast: (lighter! + 0.05) / (darker! + 0.05)
		};
	});
}

/** The focused element shows keyboard focus: an outline of at least 2px at 3:1 against what is behind it. */
export async function expectVisibleFocus(page: Page, where: string): Promise<void> {
	const ring = await focusRing(page);
	expect(ring.focusVisible, `${where} has keyboard focus`).toBe(true);
	expect(ring.outline, `${where}: outline width`).toBeGreaterThanOrEqual(2);
	expect(ring.contrast, `${where}: contrast of the focus ring`).toBeGreaterThanOrEqual(3);
}
