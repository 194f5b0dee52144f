import { expect, test, type Page } from '@playwright/test';
import {
	expectSummary,
	messageTokens,
	startResponsivenessProbe,
	stopResponsivenessProbe
} from './helpers';

/** About `bytes` of varied support-chat text, line by line, as a long pasted document would be. */
function longText(bytes: number): string {
	const lines: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const line = `${i}. Order #${(i * 7919) % 100_000} — the customer asks about the refund policy for item ${i % 97}; délai de livraison ${i % 13} jours, prix ${(i * 3.7).toFixed(2)} €.`;
		lines.push(line);
		size += Buffer.byteLength(line) + 1;
	}
	return lines.join('\n');
}

/** Pastes `text` into the focused field the way a person does: through the clipboard and Ctrl+V. */
async function paste(page: Page, text: string): Promise<void> {
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await page.keyboard.press('ControlOrMeta+V');
	// Let the browser lay the pasted text out before measuring what follows.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

// A trace would snapshot the 2 MB text area at every step.
test.use({ trace: 'off' });

test('the page keeps responding while a 2 MB paste is counted', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	const text = longText(2_000_000);
	expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(2_000_000);
	await page.goto('/prompt');
	// Load the worker and its ranks first, so the probe below measures counting, not start-up.
	await page.getByLabel('User message').fill('warm up');
	await expectSummary(page, 'User message', messageTokens('o200k_base', 'user', 'warm up'));

	await page.getByLabel('System prompt').focus();
	await paste(page, text);
	const pasted = page.getByLabel('System prompt');
	expect(await pasted.evaluate((area: HTMLTextAreaElement) => area.value.length)).toBe(text.length);
	await startResponsivenessProbe(page);
	// Keep typing elsewhere while the 2 MB system prompt is counted.
	await page.getByLabel('User message').fill('');
	await page.getByLabel('User message').pressSequentially('Where is my order?', { delay: 20 });
	await expect(page.getByLabel('User message')).toHaveValue('Where is my order?');

	await expectSummary(page, 'System prompt', messageTokens('o200k_base', 'system', text));
	await expectSummary(
		page,
		'User message',
		messageTokens('o200k_base', 'user', 'Where is my order?')
	);
	const probe = await stopResponsivenessProbe(page);
	test.info().annotations.push({
		type: 'responsiveness',
		description: `${probe.frames} frames, longest gap ${probe.maxFrameGap.toFixed(0)} ms, long tasks [${probe.longTasks.map((ms) => ms.toFixed(0)).join(', ')}] ms`
	});

	expect(probe.frames).toBeGreaterThan(10);
	expect(
		Math.max(0, ...probe.longTasks),
		`long tasks: ${probe.longTasks.join(', ')} ms`
	).toBeLessThan(200);
	expect(probe.maxFrameGap).toBeLessThan(200);
});
