import { expect, type Page } from '@playwright/test';
import { test } from './csp';

function languageMenu(page: Page, label: 'Language' | 'Langue') {
	return page.getByRole('combobox', { name: label });
}

function mainNav(page: Page, label: 'Main' | 'Principale') {
	return page.getByRole('navigation', { name: label });
}

/** True when a text field of the page holds `text` (fields are found by value, whatever their labels say). */
function holds(page: Page, text: string) {
	return page.evaluate(
		(wanted) => [...document.querySelectorAll('textarea')].some((field) => field.value === wanted),
		text
	);
}

test.describe('in a browser set to French', () => {
	test.use({ locale: 'fr-FR' });

	test('the interface opens in French, and the page says so', async ({ page }) => {
		await page.goto('/');
		await expect(mainNav(page, 'Principale').getByRole('link')).toHaveText([
			'Tableau',
			'Prompt d’exemple',
			'Jeu de données',
			'Guide',
			'Prix',
			'Projets'
		]);
		await expect(languageMenu(page, 'Langue')).toHaveValue('fr');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByText('Vos données ne quittent jamais ce navigateur.')).toBeVisible();
	});

	test('every page reads in French, figures written the French way', async ({ page }) => {
		const pages: [string, string, string][] = [
			['/', 'Scénarios · Tunesheet', 'Scénarios'],
			['/prompt', 'Prompt d’exemple · Tunesheet', 'Prompt d’exemple'],
			['/dataset', 'Jeu de données · Tunesheet', 'Jeu de données'],
			['/guide', 'Guide · Tunesheet', 'Faut-il fine-tuner ?'],
			['/prices', 'Prix · Tunesheet', 'Prix'],
			['/projects', 'Projets · Tunesheet', 'Projets']
		];
		for (const [path, title, heading] of pages) {
			await page.goto(path);
			await expect(page).toHaveTitle(title);
			await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(heading);
		}
		await page.goto('/');
		// 100 000 requests a month, grouped with a narrow no-break space; prices in "$US" after the figure.
		const requests = page
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Requêtes par mois', exact: true }) });
		await expect(requests.getByRole('gridcell').first()).toHaveText('100\u202f000');
		const input = page.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: 'Prix en entrée par million', exact: true })
		});
		await expect(input.getByRole('gridcell').first()).toHaveText('2,00\u00a0$US');
	});
});

test('switching the language is immediate, keeps what was typed, and is remembered', async ({
	page
}) => {
	await page.goto('/prompt');
	await expect(mainNav(page, 'Main').getByRole('link', { name: 'Sample prompt' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const typed = 'Summarise this ticket in one line.';
	await page.getByRole('textbox').nth(1).fill(typed);

	await languageMenu(page, 'Language').selectOption('fr');
	await expect(
		mainNav(page, 'Principale').getByRole('link', { name: 'Prompt d’exemple' })
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	expect(await holds(page, typed), 'the typed prompt is still there').toBe(true);

	await page.reload();
	await expect(languageMenu(page, 'Langue')).toHaveValue('fr');
	await expect(mainNav(page, 'Principale').getByRole('link', { name: 'Tableau' })).toBeVisible();

	await languageMenu(page, 'Langue').selectOption('en');
	await expect(mainNav(page, 'Main').getByRole('link', { name: 'Sheet' })).toBeVisible();
	await page.reload();
	await expect(languageMenu(page, 'Language')).toHaveValue('en');
});
