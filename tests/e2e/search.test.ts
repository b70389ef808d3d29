import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, recordRequests } from '../helpers/browser';
import { page as builtPage } from '../helpers/dist';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function searchFor(
	page: Page,
	locale: string,
	query: string,
	extra = '',
): Promise<{ titles: string[]; hrefs: string[]; langBadges: string[] }> {
	await page.goto(`${base}${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
	await page.locator('#search-status').filter({ hasText: /\S/ }).waitFor();
	await page.waitForFunction(() => !document.querySelector('#search-status')?.textContent?.endsWith('…'));
	const titles = await page.locator('.search-result__title').allTextContents();
	const hrefs = await page
		.locator('.search-result__title')
		.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
	const langBadges = await page
		.locator('.search-result')
		.evaluateAll((els) => els.map((e) => e.querySelector('.badge--lang')?.textContent ?? ''));
	return { titles, hrefs, langBadges };
}

describe('search in every edition', () => {
	for (const [locale, path] of [
		['en', '/en/modules/module-8/'],
		['ru', '/ru/modules/module-12/'],
		['uz', '/uz/modules/module-11/'],
		['uz-cyrl', '/uz-cyrl/modules/module-7/'],
	] as const) {
		it(`${locale}: a page’s title finds that page first`, async () => {
			const title = builtPage(path)('h1').first().text();
			const context = await browser.newContext();
			const page = await context.newPage();
			const { hrefs } = await searchFor(page, locale, title);
			expect(hrefs[0]?.split('#')[0]).toBe(path);
			await context.close();
		});
	}

	it('a filter narrows results as the page metadata says', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const all = await searchFor(page, 'en', 'evidence');
		const cases = await searchFor(page, 'en', 'evidence', '&type=case');
		expect(all.hrefs.some((h) => !h.startsWith('/en/case-digest/cases/'))).toBe(true);
		expect(cases.hrefs.length).toBeGreaterThan(0);
		for (const h of cases.hrefs) expect(h).toMatch(/^\/en\/case-digest\/cases\//);
		const philippines = await searchFor(page, 'en', 'evidence', '&type=case&country=PH');
		expect(philippines.hrefs.length).toBeGreaterThan(0);
		expect(philippines.hrefs.length).toBeLessThan(cases.hrefs.length);
		for (const h of philippines.hrefs) expect(builtPage(h.split('#')[0]!)('dl.facts').text()).toContain('Philippines');
		await context.close();
	});

	it('in /uz/, a phrase only in a Russian-only module is found, labelled Russian, linking the /uz/ URL', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const phrase = builtPage('/ru/modules/module-9/')('h1').first().text();
		const { hrefs, langBadges } = await searchFor(page, 'uz', phrase);
		const i = hrefs.findIndex((h) => h.startsWith('/uz/modules/module-9/'));
		expect(i).toBeGreaterThanOrEqual(0);
		expect(langBadges[i]).toMatch(/rus/i);
		// Own-language results rank above it.
		expect(langBadges.slice(0, i).every((b) => b === '')).toBe(true);
		await context.close();
	});

	it('Uzbek in both scripts: a Cyrillic query finds Latin text in /uz/ and a Latin query Cyrillic text in /uz-cyrl/', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const latin = await searchFor(page, 'uz', 'жабрланувчининг кўрсатувлари');
		expect(latin.hrefs).toContain('/uz/case-digest/chapters/victim-testimony/');
		const cyr = await searchFor(page, 'uz-cyrl', 'jabrlanuvchining koʻrsatuvlari');
		expect(cyr.hrefs).toContain('/uz-cyrl/case-digest/chapters/victim-testimony/');
		await context.close();
	});

	it('loads Pagefind only when searching, from the site’s own origin; "/" focuses search; Escape clears', async () => {
		const context = await browser.newContext();
		const requests = recordRequests(context);
		const page = await context.newPage();
		await page.goto(`${base}en/modules/module-6/`);
		expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
		await page.keyboard.type('consent');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/en\/search\/\?q=consent/);
		await page.locator('.search-result__title').first().waitFor();
		expect(requests.some((u) => u.includes('/pagefind/en/pagefind.js'))).toBe(true);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-result__title');
		await page.keyboard.press('Escape');
		expect(await page.inputValue('#search-input')).toBe('');
		expect(requests.every((u) => u.startsWith(new URL(base).origin))).toBe(true);
		await context.close();
	});

	it('without JavaScript the search page says so and links the indexes', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}ru/search/`);
		expect(await page.locator('#search-nojs').isVisible()).toBe(true);
		expect(await page.locator('#search-nojs a').count()).toBe(3);
		await context.close();
	});
});
