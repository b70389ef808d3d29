import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { axeViolations } from '../helpers/axe';

const base = inject('baseUrl');
const browser = useBrowser();

describe('reading long text', () => {
	it('keeps lines of module text to a readable length on a wide screen (about 60–75 characters)', async () => {
		const page = await (await browser().newContext({ viewport: { width: 1280, height: 800 } })).newPage();
		for (const locale of ['en', 'ru', 'uz', 'uz-cyrl']) {
			await page.goto(`${base}${locale}/modules/module-6/`);
			// Characters per line over the long paragraphs: text length over the number of lines.
			const perLine = await page.evaluate(() => {
				let chars = 0;
				let lines = 0;
				for (const p of document.querySelectorAll('[data-content-lang] > p')) {
					const text = p.textContent ?? '';
					const n = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
					if (text.length < 400 || n < 2) continue;
					// The last line is usually short: count the full ones.
					chars += (text.length * (n - 1)) / n;
					lines += n - 1;
				}
				return chars / lines;
			});
			expect(perLine, locale).toBeGreaterThanOrEqual(55);
			expect(perLine, locale).toBeLessThanOrEqual(80);
		}
		await page.context().close();
	});

	it('on a phone nothing scrolls the page sideways; a wide table scrolls in its own box, by keyboard too', async () => {
		const page = await (await browser().newContext({ viewport: { width: 375, height: 800 } })).newPage();
		for (const path of [
			'ru/modules/module-6/',
			'uz-cyrl/modules/module-9/',
			'uz/reports/statistics/',
			'ru/case-digest/',
			'uz-cyrl/glossary/',
			'en/translations/',
		]) {
			await page.goto(base + path);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				`${path} scrolls sideways`,
			).toBeLessThanOrEqual(375);
			const tables = await page
				.locator('main table')
				.evaluateAll((ts) =>
					ts.map((t) => ({ overflows: t.scrollWidth > t.clientWidth + 1, tabIndex: (t as HTMLElement).tabIndex })),
				);
			for (const t of tables) if (t.overflows) expect(t.tabIndex, path).toBe(0);
		}
		await page.goto(`${base}ru/modules/module-6/`);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
