import { expect, type Page } from '@playwright/test';
import { createOracle } from '../src/lib/core/tokenize/testing/oracle';
import type { EncodingName } from '../src/lib/core/tokenize/encodings';

export const formatCount = (value: number) => value.toLocaleString('en-US');

// One tiktoken encoder per encoding for the whole test run (loading one takes a moment).
const oracles = new Map<EncodingName, ReturnType<typeof createOracle>>();

/** tiktoken's counts, computed in the test process: what the page must show. */
export function oracleCount(encoding: EncodingName, texts: string[]): number[] {
	let oracle = oracles.get(encoding);
	if (!oracle) {
		oracle = createOracle(encoding);
		oracles.set(encoding, oracle);
	}
	return texts.map((text) => oracle.count(text));
}

/** Tokens of one chat message with this content: 3 + role + content (the cookbook's formula). */
export function messageTokens(encoding: EncodingName, role: string, content: string): number {
	const [roleTokens, contentTokens] = oracleCount(encoding, [role, content]);
	return 3 + roleTokens! + contentTokens!;
}

/** A cell of the token summary: the row named `part`, column Content, Overhead or Tokens. */
export function summaryCell(page: Page, part: string, column: 'Content' | 'Overhead' | 'Tokens') {
	const table = page.getByRole('region', { name: /Token counts/ }).getByRole('table');
	const row = table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: part, exact: true }) });
	return row.getByRole('cell').nth(['Content', 'Overhead', 'Tokens'].indexOf(column));
}

export async function expectSummary(page: Page, part: string, tokens: number): Promise<void> {
	await expect(summaryCell(page, part, 'Tokens')).toHaveText(formatCount(tokens));
}

/** Tokens of one chat example by the cookbook's formula, counted with tiktoken. */
export function chatTokens(
	encoding: EncodingName,
	messages: { role: string; content: string }[]
): number {
	return messages.reduce((sum, m) => sum + messageTokens(encoding, m.role, m.content), 3);
}

interface Probe {
	longTasks: { start: number; duration: number }[];
	frames: number[];
	running: boolean;
	/** While `selector` was in the page: from its first appearance to its removal. */
	window: { from: number; until: number };
}

/**
 * Starts recording main-thread long tasks and animation frames in the page. With `whilePresent`, only what
 * happens while an element matching that selector is in the page counts (e.g. a progress bar: the work itself,
 * not the rendering of its result).
 */
export async function startResponsivenessProbe(page: Page, whilePresent?: string): Promise<void> {
	await page.evaluate((selector) => {
		const probe: Probe = {
			longTasks: [],
			frames: [],
			running: true,
			window: { from: 0, until: Infinity }
		};
		(window as unknown as { probe: Probe }).probe = probe;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
			}
		}).observe({ type: 'longtask' });
		if (selector) {
			probe.window.from = Infinity;
			new MutationObserver(() => {
				const present = document.querySelector(selector) !== null;
				const now = performance.now();
				if (present && probe.window.from === Infinity) probe.window.from = now;
				if (!present && probe.window.from !== Infinity && probe.window.until === Infinity) {
					probe.window.until = now;
				}
			}).observe(document.body, { childList: true, subtree: true });
		}
		const tick = (time: number) => {
			probe.frames.push(time);
			if (probe.running) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	}, whilePresent);
}

export async function stopResponsivenessProbe(
	page: Page
): Promise<{ longTasks: number[]; frames: number; maxFrameGap: number }> {
	return page.evaluate(() => {
		const probe = (window as unknown as { probe: Probe }).probe;
		probe.running = false;
		const { from, until } = probe.window;
		const frames = probe.frames.filter((time) => time >= from && time <= until);
		const gaps = frames.slice(1).map((time, i) => time - frames[i]!);
		return {
			longTasks: probe.longTasks
				.filter((task) => task.start + task.duration >= from && task.start <= until)
				.map((task) => task.duration),
			frames: frames.length,
			maxFrameGap: Math.max(0, ...gaps)
		};
	});
}

/** The value cell of a row of the dataset page's figures table. */
export function datasetFigure(page: Page, label: string) {
	return page
		.getByRole('table', { name: 'Dataset figures' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
		.getByRole('cell');
}
