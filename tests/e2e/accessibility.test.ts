/** axe on a page of every type, in every edition, in the light and the dark scheme. */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';

const base = inject('baseUrl');
const browser = useBrowser();

// A page of every type, spread over the editions.
const axePages = [
	'',
	'en/',
	'ru/modules/',
	'uz/modules/module-6/',
	'uz/modules/module-9/',
	'uz-cyrl/modules/module-7/',
	'en/case-digest/',
	'uz/case-digest/chapters/violence/',
	'ru/case-digest/cases/wei-tang/',
	'en/case-digest/issues/threats/',
	'uz/case-digest/countries/ph/',
	'ru/glossary/',
	'en/reports/',
	'uz-cyrl/reports/final-report/',
	'ru/reports/statistics/',
	'uz/reports/timeline/',
	'en/publications/',
	'ru/news/',
	'uz-cyrl/news/30-days-of-partnership/',
	'en/recommendations/',
	'ru/recommendations/academies/',
	'uz/translations/',
	'en/search/?q=consent',
	'ru/offline/',
	'404.html',
];

/** The rules about colour: all the dark scheme can change. */
const colourRules = ['color-contrast', 'link-in-text-block'];

// Several pages at once (vitest's maxConcurrency, 5): axe works inside Chromium, so this worker mostly
// waits, and one page after another made this file the longest path of the suite (143 s of its 184 s).
// Each test borrows an open tab and loads its page there: a new tab costs Chromium about 0.4 s of
// processor time, a navigation a third of that.
const idleTabs: Page[] = [];
afterAll(async () => {
	for (const tab of idleTabs) await tab.context().close();
});

describe.concurrent('accessibility (axe)', () => {
	for (const p of axePages) {
		it(`no violations on /${p}, in the light scheme and in the dark`, async ({ expect }) => {
			const page = idleTabs.pop() ?? (await (await browser().newContext()).newPage());
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(base + p);
			expect(await axeViolations(page), 'light').toEqual([]);
			// The dark scheme changes colours only: the same page again, with the rules about colour.
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
			expect(await axeViolations(page, { rules: colourRules }), 'dark').toEqual([]);
			idleTabs.push(page);
		});
	}
});

describe('the axe check itself', () => {
	it('finds a colour fault that shows only in the dark scheme, and a fault in the page’s structure', async () => {
		const context = await browser().newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(`${base}404.html`);
		await page.evaluate(() => {
			// Through the CSS object model: the page's Content-Security-Policy refuses an added <style>.
			document.styleSheets[0]!.insertRule(
				'@media (prefers-color-scheme: dark) { #faint { color: #333; background: #222; } }',
			);
			const p = Object.assign(document.createElement('p'), { id: 'faint', textContent: 'Hard to read in the dark.' });
			document.querySelector('main')!.append(p, document.createElement('img'));
		});
		expect(await axeViolations(page)).toEqual(['image-alt: img']);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page, { rules: colourRules })).toEqual(['color-contrast: #faint']);
		await context.close();
	});
});
