import { expect, test, type Locator, type Page } from '@playwright/test';
import { sheetCell } from './sheet-helpers';

test.beforeEach(async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
});

function cumulativeChart(page: Page) {
	return page
		.getByRole('figure')
		.filter({ hasText: 'Cumulative cost by month' })
		.getByRole('img', { name: /^Cumulative cost by month/ });
}

/** The colour of the chart's top-left pixel, where only its painted background is. */
function cornerPixel(chart: Locator) {
	return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const [r, g, b] = canvas.getContext('2d')!.getImageData(1, 1, 1, 1).data;
		return `rgb(${r}, ${g}, ${b})`;
	});
}

/** The page's value of a theme variable, as the browser resolves it to a colour. */
function themeColour(page: Page, variable: string) {
	return page.evaluate((name) => {
		const probe = document.createElement('span');
		probe.style.color = `var(${name})`;
		document.body.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	}, variable);
}

test('the theme follows the colour scheme, charts included, without a reload', async ({ page }) => {
	const chart = cumulativeChart(page);
	await expect(chart).toBeVisible();

	await page.emulateMedia({ colorScheme: 'light' });
	const light = {
		surface: await themeColour(page, '--surface'),
		text: await themeColour(page, '--text')
	};
	expect(light).toEqual({ surface: 'rgb(255, 255, 255)', text: 'rgb(28, 36, 48)' });
	await expect.poll(() => cornerPixel(chart)).toBe(light.surface);
	await expect(page.locator('body')).toHaveCSS('color', light.text);

	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = {
		surface: await themeColour(page, '--surface'),
		text: await themeColour(page, '--text')
	};
	expect(dark).toEqual({ surface: 'rgb(28, 34, 42)', text: 'rgb(228, 232, 238)' });
	await expect(page.locator('body')).toHaveCSS('color', dark.text);
	// The chart was drawn in the light theme; it repaints in the dark one.
	await expect.poll(() => cornerPixel(chart)).toBe(dark.surface);

	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(() => cornerPixel(chart)).toBe(light.surface);
});

test('with reduced motion, a chart is drawn once per change and CSS transitions are off', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const chart = cumulativeChart(page);
	await expect(chart).toBeVisible();

	// Record every distinct picture the canvas shows over the frames that follow an edit: an animated chart
	// passes through in-between pictures, a still one goes from the old picture straight to the new one.
	await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const pictures: string[] = [canvas.toDataURL()];
		const record = () => {
			const picture = canvas.toDataURL();
			if (picture !== pictures.at(-1)) pictures.push(picture);
			if (pictures.length < 10) requestAnimationFrame(record);
		};
		requestAnimationFrame(record);
		(window as unknown as { chartPictures: string[] }).chartPictures = pictures;
	});
	await (await sheetCell(page, 'Requests per month', 'Few-shot GPT-4.1')).click();
	await page.keyboard.type('300k');
	await page.keyboard.press('Enter');
	await expect(await sheetCell(page, 'Total cost', 'Few-shot GPT-4.1')).toHaveText('$22,680.00');
	// Enough frames for an animation (Chart.js's default lasts a second) to show in-between pictures.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let count = 0;
				const tick = () => (++count < 90 ? requestAnimationFrame(tick) : resolve());
				requestAnimationFrame(tick);
			})
	);
	const pictures = await page.evaluate(
		() => (window as unknown as { chartPictures: string[] }).chartPictures.length
	);
	expect(pictures, 'the old picture, then the new one').toBe(2);

	// Any transition or animation a component declares runs in no time.
	const durations = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.transition = 'opacity 1s';
		probe.style.animation = 'spin 2s infinite';
		document.body.append(probe);
		const style = getComputedStyle(probe);
		const read = {
			transition: style.transitionDuration,
			animation: style.animationDuration,
			iterations: style.animationIterationCount
		};
		probe.remove();
		return read;
	});
	expect(durations).toEqual({ transition: '0s', animation: '0s', iterations: '1' });

	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const allowed = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.transition = 'opacity 1s';
		document.body.append(probe);
		const duration = getComputedStyle(probe).transitionDuration;
		probe.remove();
		return duration;
	});
	expect(allowed).toBe('1s');
});
