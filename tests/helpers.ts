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

/** Starts recording main-thread long tasks and animation frames in the page. */
export async function startResponsivenessProbe(page: Page): Promise<void> {
	await page.evaluate(() => {
		const probe = { longTasks: [] as number[], frames: [] as number[], running: true };
		(window as unknown as { probe: typeof probe }).probe = probe;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
		const tick = (time: number) => {
			probe.frames.push(time);
			if (probe.running) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
}

export async function stopResponsivenessProbe(
	page: Page
): Promise<{ longTasks: number[]; frames: number; maxFrameGap: number }> {
	return page.evaluate(() => {
		const probe = (
			window as unknown as { probe: { longTasks: number[]; frames: number[]; running: boolean } }
		).probe;
		probe.running = false;
		const gaps = probe.frames.slice(1).map((time, i) => time - probe.frames[i]!);
		return {
			longTasks: probe.longTasks,
			frames: probe.frames.length,
			maxFrameGap: Math.max(...gaps)
		};
	});
}
