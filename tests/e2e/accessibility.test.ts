/** axe on a page of every type, in every edition, in the light and the dark scheme. */
import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { useBrowser } from '../helpers/browser';

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

/** The violations axe reports, as `rule: selector | selector` lines. */
const violations = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
	results.violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`,
	);

// Several pages at once (vitest's maxConcurrency, 5): axe works inside Chromium, so this worker mostly
// waits, and one page after another made this file the longest path of the suite (143 s of its 184 s).
describe.concurrent('accessibility (axe)', () => {
	for (const p of axePages) {
		it(`no violations on /${p}, in the light scheme and in the dark`, async ({ expect }) => {
			const context = await browser().newContext({ colorScheme: 'light' });
			const page = await context.newPage();
			await page.goto(base + p);
			const light = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
			expect(violations(light), 'light').toEqual([]);
			// The dark scheme changes colours only: the same page again, with the rules about colour.
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
			const dark = await new AxeBuilder({ page })
				.withRules(['color-contrast', 'link-in-text-block'])
				.options({ resultTypes: ['violations'] })
				.analyze();
			expect(violations(dark), 'dark').toEqual([]);
			await context.close();
		});
	}
});
