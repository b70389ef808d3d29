import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';

const base = inject('baseUrl');
const browser = useBrowser();

const phone: BrowserContextOptions = { viewport: { width: 375, height: 800 } };
// The longest site names and titles: module 9 is a fallback copy in both Uzbek editions (notice included).
const editions = ['en', 'ru', 'uz', 'uz-cyrl'] as const;

async function openPage(path: string, options: BrowserContextOptions = phone): Promise<Page> {
	const context = await browser().newContext(options);
	const page = await context.newPage();
	await page.goto(base + path);
	return page;
}

/** Sum of layout-shift values while the page loads (and `settle` runs), as Chromium reports them. */
async function layoutShift(path: string, options: BrowserContextOptions, settle: (page: Page) => Promise<void>) {
	const context = await browser().newContext(options);
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = window as unknown as { shift: number };
		w.shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(base + path);
	await settle(page);
	// Layout-shift entries are delivered after the frame that caused them.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
	const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
	await context.close();
	return shift;
}

describe('header on a phone (375 × 800)', () => {
	for (const locale of editions) {
		it(`${locale}: one row, at most 64 px tall: name, search, edition, menu`, async () => {
			const page = await openPage(`${locale}/modules/module-9/`);
			const header = (await page.locator('.site-header').boundingBox())!;
			expect(header.height).toBeLessThanOrEqual(64);
			for (const selector of ['.site-name', '.header-search-link', '.switcher > summary', '.site-menu > summary']) {
				const box = (await page.locator(selector).boundingBox())!;
				expect(box, selector).not.toBeNull();
				expect(box.y, selector).toBeGreaterThanOrEqual(header.y);
				expect(box.y + box.height, selector).toBeLessThanOrEqual(header.y + header.height);
				expect(box.x + box.width, selector).toBeLessThanOrEqual(375);
			}
			expect(await page.locator('.main-nav').isVisible()).toBe(false);
			expect(await page.locator('.header-search').isVisible()).toBe(false);
			expect(await page.locator('.switcher > summary').textContent()).toContain(
				{ en: 'EN', ru: 'RU', uz: 'UZ', 'uz-cyrl': 'ЎЗ' }[locale],
			);
			await page.context().close();
		});
	}

	it('the skip link stays out of sight until it has focus, then shows on screen', async () => {
		const page = await openPage('ru/modules/module-9/', { viewport: { width: 320, height: 800 } });
		const skip = page.locator('.skip-link');
		const hidden = (await skip.boundingBox())!;
		expect(hidden.y + hidden.height).toBeLessThanOrEqual(0);
		await page.keyboard.press('Tab');
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
		await page.context().close();
	});

	it('the search button leads to the edition’s search page', async () => {
		const page = await openPage('ru/glossary/');
		await page.locator('.header-search-link').click();
		await page.waitForURL(/\/ru\/search\/$/);
		await page.context().close();
	});

	it('the menu opens and closes without JavaScript', async () => {
		const page = await openPage('uz/case-digest/', { ...phone, javaScriptEnabled: false });
		const link = page.locator('.site-menu__panel a', { hasText: 'Lugʻat' });
		expect(await link.isVisible()).toBe(false);
		await page.locator('.site-menu > summary').click();
		expect(await link.isVisible()).toBe(true);
		expect(await page.locator('.site-menu__panel a[aria-current="page"]').textContent()).toContain(
			'Sud ishlari toʻplami',
		);
		await page.locator('.site-menu > summary').click();
		expect(await link.isVisible()).toBe(false);
		await page.locator('.site-menu > summary').click();
		await link.click();
		await page.waitForURL(/\/uz\/glossary\/$/);
		await page.context().close();
	});

	it('the menu works by keyboard: Enter and Space open it, Escape closes it and focus returns, Tab moves on', async () => {
		const page = await openPage('en/modules/module-6/');
		const summary = page.locator('.site-menu > summary');
		const menu = page.locator('.site-menu');
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await menu.getAttribute('open')).toBe('');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Home');
		await page.keyboard.press('Escape');
		expect(await menu.getAttribute('open')).toBeNull();
		expect(await page.evaluate(() => document.activeElement?.matches('.site-menu > summary'))).toBe(true);
		await page.keyboard.press('Space');
		expect(await menu.getAttribute('open')).toBe('');
		// Nothing traps focus: tabbing past the last section leaves the menu, which closes behind it.
		for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.site-header')))).toBe(false);
		expect(await menu.getAttribute('open')).toBeNull();
		await page.context().close();
	});

	it('one disclosure at a time; a click elsewhere closes it', async () => {
		const page = await openPage('ru/modules/module-6/');
		await page.locator('.site-menu > summary').click();
		await page.locator('.switcher > summary').click();
		expect(await page.locator('.site-menu').getAttribute('open')).toBeNull();
		expect(await page.locator('.switcher').getAttribute('open')).toBe('');
		await page.mouse.click(20, 700);
		expect(await page.locator('.switcher').getAttribute('open')).toBeNull();
		await page.context().close();
	});

	it('the edition list names each edition in its own language and marks the ones without a translation', async () => {
		const page = await openPage('uz-cyrl/modules/module-9/#introduction');
		await page.locator('.switcher > summary').click();
		const links = page.locator('.switcher__panel a');
		expect(await links.allTextContents()).toEqual([
			'English',
			'Русский',
			expect.stringContaining('Oʻzbekcha'),
			expect.stringContaining('Ўзбекча'),
		]);
		expect(await page.locator('.switcher__panel a.is-fallback').count()).toBe(2);
		expect(await page.locator('.switcher__panel a[aria-current="true"]').getAttribute('hreflang')).toBe('uz-Cyrl');
		// The section is kept when switching edition.
		await page.locator('.switcher__panel a[hreflang="ru"]').click();
		await page.waitForURL(/\/ru\/modules\/module-9\/#introduction$/);
		await page.context().close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`passes axe with the menu and the edition list open (${colorScheme})`, async () => {
			const page = await openPage('uz/modules/module-6/', { ...phone, colorScheme });
			expect(await axeViolations(page)).toEqual([]);
			// Opening the menu and the edition list changes the header alone: axe looks there.
			await page.locator('.site-menu > summary').click();
			expect(await axeViolations(page, { include: '.site-header' })).toEqual([]);
			await page.locator('.switcher > summary').click();
			expect(await axeViolations(page, { include: '.site-header' })).toEqual([]);
			await page.context().close();
		});
	}
});

describe('header on a wide screen (1280 × 800)', () => {
	it('shows the sections and the search field; no menu button', async () => {
		const page = await openPage('uz-cyrl/glossary/', { viewport: { width: 1280, height: 800 } });
		expect(await page.locator('.main-nav').isVisible()).toBe(true);
		expect(await page.locator('.main-nav a').count()).toBe(6);
		expect(await page.locator('#header-search-input').isVisible()).toBe(true);
		expect(await page.locator('.site-menu').isVisible()).toBe(false);
		expect(await page.locator('.switcher > summary').textContent()).toContain('Ўзбекча');
		await page.context().close();
	});
});

describe('nothing moves while a page loads (layout shift)', () => {
	// Budget 0.05 (Web Vitals call ≤ 0.1 good); a layout property, measured the way Chromium reports it.
	for (const viewport of [
		{ width: 375, height: 800 },
		{ width: 1280, height: 720 },
	]) {
		it(`search page with results, ${viewport.width} px`, async () => {
			const shift = await layoutShift('en/search/?q=consent', { viewport }, async (page) => {
				await page.locator('.search-result').first().waitFor();
				await page.locator('#search-filters:not([hidden])').waitFor({ state: 'attached' });
			});
			expect(shift).toBeLessThanOrEqual(0.05);
		});
		it(`module page, ${viewport.width} px`, async () => {
			const shift = await layoutShift('uz-cyrl/modules/module-9/', { viewport }, async (page) => {
				await page.waitForLoadState('load');
			});
			expect(shift).toBeLessThanOrEqual(0.05);
		});
	}
});
