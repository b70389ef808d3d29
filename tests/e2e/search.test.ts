import { afterAll, describe, expect, inject, it } from 'vitest';
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

// One search page per edition, opened by the first test that needs it and shared by the tests
// that then type into it: each load of a search page starts Pagefind for every bundle the edition
// searches (2–3 s of processor time), and a query typed into an open page is what readers do.
const editionPages = new Map<string, Page>();
afterAll(async () => {
	for (const page of editionPages.values()) await page.context().close();
});

/** The search page of `locale`, opened with `query` in its address the first time, with `query` typed into it after. */
async function editionSearch(locale: string, query: string) {
	const open = editionPages.get(locale);
	if (open) return typeQuery(open, query);
	const page = await (await browser().newContext()).newPage();
	editionPages.set(locale, page);
	return searchFor(page, locale, query);
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
			// The first search in this edition: the query comes in the page's address (?q=).
			expect(editionPages.has(locale)).toBe(false);
			const { hrefs } = await editionSearch(locale, title);
			expect(hrefs[0]?.split('#')[0]).toBe(path);
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
		for (const locale of ['uz', 'uz-cyrl'])
			for (const sentence of sentences) {
				const { hrefs, langBadges } = await editionSearch(locale, sentence);
				const i = hrefs.findIndex((h) => h.startsWith(`/${locale}/modules/module-9/`));
				expect(i, `${locale} "${sentence}": ${hrefs.slice(0, 5).join(' ')}`).toBeGreaterThanOrEqual(0);
				expect(i).toBeLessThan(3);
				expect(langBadges[i]).toMatch(/rus|рус/i);
			}
	});

	it('every module’s title, searched in its edition, finds that module in the first three results', async () => {
		const modules = allPages().filter((p) => /^\/en\/modules\/module-\d+\/$/.test(p));
		expect(modules.length).toBeGreaterThanOrEqual(9);
		const misses: string[] = [];
		for (const locale of ['en', 'ru', 'uz', 'uz-cyrl']) {
			for (const path of modules.map((p) => p.replace(/^\/en\//, `/${locale}/`))) {
				// The title the reader sees there: a module without a translation shows its fallback language's.
				const title = builtPage(path)('h1').first().text().trim();
				const { hrefs } = await editionSearch(locale, title);
				const at = hrefs.findIndex((h) => h.split('#')[0] === path);
				if (at < 0 || at > 2) misses.push(`${path} "${title}": ${at < 0 ? 'not found' : `#${at + 1}`}`);
			}
		}
		expect(misses).toEqual([]);
	});

	it('Uzbek in both scripts: a Cyrillic query finds Latin text in /uz/ and a Latin query Cyrillic text in /uz-cyrl/', async () => {
		const latin = await editionSearch('uz', 'жабрланувчининг кўрсатувлари');
		expect(latin.hrefs).toContain('/uz/case-digest/chapters/victim-testimony/');
		const cyr = await editionSearch('uz-cyrl', 'jabrlanuvchining koʻrsatuvlari');
		expect(cyr.hrefs).toContain('/uz-cyrl/case-digest/chapters/victim-testimony/');
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

	it('in /uz/, every result text fetched is shown: another language’s bundle answers with the copies this edition shows', async () => {
		const context = await browser().newContext();
		const requests = recordRequests(context);
		const page = await context.newPage();
		const fragments = () => requests.filter((u) => u.includes('/pagefind/') && u.includes('/fragment/')).length;
		// Russian words: the Russian bundle matches many pages that have an Uzbek edition, shown only as Uzbek.
		const { hrefs } = await searchFor(page, 'uz', 'показания потерпевшего');
		expect(hrefs.length).toBeGreaterThan(0);
		expect(fragments()).toBe(hrefs.length);
		// English words: every English page that matches has an Uzbek edition, so nothing is fetched at all.
		const english = await typeQuery(page, 'evidence');
		expect(english.hrefs).toEqual([]);
		expect(fragments()).toBe(hrefs.length);
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
