import { expect, type Page } from '@playwright/test';
import { createOracle } from '../src/lib/core/tokenize/testing/oracle';
import type { EncodingName } from '../src/lib/core/tokenize/encodings';

export const formatCount = (value: number) => value.toLocaleString('en-US');

/** tiktoken's counts, computed in the test process: what the page must show. */
export function oracleCount(encoding: EncodingName, texts: string[]): number[] {
	const oracle = createOracle(encoding);
	try {
		return texts.map((text) => oracle.count(text));
	} finally {
		oracle.free();
	}
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
