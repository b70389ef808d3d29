import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, recordRequests } from '../helpers/browser';
import { allPages, page as builtPage } from '../helpers/dist';

const base = inject('baseUrl');
const browser = useBrowser();

/** What the result list shows, once every language has answered for the query in the field. */
async function results(page: Page): Promise<{ titles: string[]; hrefs: string[]; langBadges: string[] }> {
	await page.waitForFunction(() => {
		const list = document.getElementById('search-results');
		const query = (document.getElementById('search-input') as HTMLInputElement).value.trim();
		return list?.dataset.query === query && list.getAttribute('aria-busy') === 'false';
	});
	const titles = await page.locator('.search-result__title').allTextContents();
	const hrefs = await page
		.locator('.search-result__title')
		.evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
	const langBadges = await page
		.locator('.search-result')
		.evaluateAll((els) => els.map((e) => e.querySelector('.badge--lang')?.textContent ?? ''));
	return { titles, hrefs, langBadges };
}

/** Open the search page of `locale` with `query` in its address and read the results. */
async function searchFor(page: Page, locale: string, query: string, extra = '') {
	await page.goto(`${base}${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
	return results(page);
}

/** Type `query` into the search field of the page already open and read the results. */
async function typeQuery(page: Page, query: string) {
	await page.fill('#search-input', query);
	return results(page);
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
			const context = await browser().newContext();
			const page = await context.newPage();
			const { hrefs } = await searchFor(page, locale, title);
			expect(hrefs[0]?.split('#')[0]).toBe(path);
			await context.close();
		});
	}

	it('a filter narrows results as the page metadata says', async () => {
		const context = await browser().newContext();
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

	it('in /uz/ and /uz-cyrl/, sentences word for word from a Russian-only module find it in the first three, labelled Russian, at the edition’s URL', async () => {
		// Module 9 has no Uzbek edition: the first three sentences (Cyrillic only, six words or more)
		// of its section on the obstacles to an effective response.
		const $ = builtPage('/ru/modules/module-9/');
		const sentences = $('#challenges')
			.nextUntil('h2', 'p:not(.section-url)')
			.toArray()
			.flatMap((p) =>
				$(p)
					.text()
					.split(/(?<=[.!?])\s+/),
			)
			.map((t) => t.replace(/[.!?]$/, ''))
			.filter((t) => t.split(/\s+/).length >= 6 && !/[A-Za-z]/.test(t))
			.slice(0, 3);
		expect(sentences).toHaveLength(3);
		const context = await browser().newContext();
		const page = await context.newPage();
		for (const locale of ['uz', 'uz-cyrl'])
			for (const sentence of sentences) {
				const { hrefs, langBadges } = await searchFor(page, locale, sentence);
				const i = hrefs.findIndex((h) => h.startsWith(`/${locale}/modules/module-9/`));
				expect(i, `${locale} "${sentence}": ${hrefs.slice(0, 5).join(' ')}`).toBeGreaterThanOrEqual(0);
				expect(i).toBeLessThan(3);
				expect(langBadges[i]).toMatch(/rus|рус/i);
			}
		await context.close();
	});

	it('every module’s title, searched in its edition, finds that module in the first three results', async () => {
		const modules = allPages().filter((p) => /^\/en\/modules\/module-\d+\/$/.test(p));
		expect(modules.length).toBeGreaterThanOrEqual(9);
		const context = await browser().newContext();
		const page = await context.newPage();
		const misses: string[] = [];
		for (const locale of ['en', 'ru', 'uz', 'uz-cyrl']) {
			await page.goto(`${base}${locale}/search/`);
			for (const path of modules.map((p) => p.replace(/^\/en\//, `/${locale}/`))) {
				// The title the reader sees there: a module without a translation shows its fallback language's.
				const title = builtPage(path)('h1').first().text().trim();
				const { hrefs } = await typeQuery(page, title);
				const at = hrefs.findIndex((h) => h.split('#')[0] === path);
				if (at < 0 || at > 2) misses.push(`${path} "${title}": ${at < 0 ? 'not found' : `#${at + 1}`}`);
			}
		}
		expect(misses).toEqual([]);
		await context.close();
	});

	it('Uzbek in both scripts: a Cyrillic query finds Latin text in /uz/ and a Latin query Cyrillic text in /uz-cyrl/', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		const latin = await searchFor(page, 'uz', 'жабрланувчининг кўрсатувлари');
		expect(latin.hrefs).toContain('/uz/case-digest/chapters/victim-testimony/');
		const cyr = await searchFor(page, 'uz-cyrl', 'jabrlanuvchining koʻrsatuvlari');
		expect(cyr.hrefs).toContain('/uz-cyrl/case-digest/chapters/victim-testimony/');
		await context.close();
	});

	it('loads Pagefind only when searching, from the site’s own origin; "/" focuses search; Escape clears', async () => {
		const context = await browser().newContext();
		const requests = recordRequests(context);
		const page = await context.newPage();
		await page.goto(`${base}en/modules/module-6/`);
		expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
		// Focus on the search field shows intent: the edition's Pagefind script, metadata and WebAssembly start loading.
		for (const file of ['pagefind.js', '.pf_meta', 'wasm.'])
			await expect.poll(() => requests.some((u) => u.includes('/pagefind/en/') && u.includes(file))).toBe(true);
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
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}ru/search/`);
		expect(await page.locator('#search-nojs').isVisible()).toBe(true);
		expect(await page.locator('#search-nojs a').count()).toBe(3);
		await context.close();
	});
});
