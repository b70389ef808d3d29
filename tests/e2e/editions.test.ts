import { describe, expect, inject, it } from 'vitest';
import { useBrowser, recordRequests } from '../helpers/browser';

const base = inject('baseUrl');
const browser = useBrowser();

describe('editions in a real browser', () => {
	it('chooser: plain links without JavaScript', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(base);
		await page.getByRole('link', { name: 'Oʻzbekcha' }).click();
		expect(new URL(page.url()).pathname).toBe('/uz/');
		expect(await page.getAttribute('html', 'lang')).toBe('uz');
		await context.close();
	});

	it('chooser: with JavaScript goes to the browser’s language, but not with ?choose', async () => {
		// A fresh session each time: the first visit must not have set the "already chosen" flag.
		const chooser = await browser().newContext({ locale: 'ru-RU' });
		const stay = await chooser.newPage();
		await stay.goto(`${base}?choose`);
		await stay.waitForLoadState('load');
		await stay.waitForTimeout(300);
		expect(new URL(stay.url()).pathname).toBe('/');
		await chooser.close();

		const fresh = await browser().newContext({ locale: 'ru-RU' });
		const go = await fresh.newPage();
		await go.goto(base);
		await go.waitForURL(/\/ru\/$/);
		// Back on the chooser in the same session, the reader stays: the choice is made once.
		await go.goto(base);
		await go.waitForLoadState('load');
		await go.waitForTimeout(300);
		expect(new URL(go.url()).pathname).toBe('/');
		await fresh.close();
	});

	it('each edition’s home has its lang and title', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		for (const [path, lang] of [
			['en/', 'en'],
			['ru/', 'ru'],
			['uz/', 'uz'],
			['uz-cyrl/', 'uz-Cyrl'],
		] as const) {
			await page.goto(base + path);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.locator('h1').count()).toBe(1);
		}
		await context.close();
	});

	it('a page missing in Uzbek shows Russian content with the notice and lang="ru"', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(`${base}uz/modules/module-9/`);
		expect(await page.locator('#notice').count()).toBe(1);
		expect(await page.getAttribute('[data-content-lang]', 'lang')).toBe('ru');
		expect(await page.getAttribute('html', 'lang')).toBe('uz');
		await context.close();
	});

	it('a page with no Uzbek edition is served at /uz/ and /uz-cyrl/ from Russian, and the notice says so', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		for (const [locale, requested] of [
			['uz', 'oʻzbek tili (lotin)'],
			['uz-cyrl', 'ўзбек тили (кирилл)'],
		] as const) {
			await page.goto(`${base}${locale}/modules/module-9/`);
			expect(await page.locator('#notice').count()).toBe(1);
			const notice = (await page.locator('#notice p').first().textContent())!.replace(/\s+/g, ' ');
			const shown = locale === 'uz' ? 'rus tili' : 'рус тили';
			expect(notice, locale).toContain(`${requested}.`);
			expect(notice, locale).toContain(`: ${shown}.`);
			expect(await page.getAttribute('[data-content-lang]', 'lang')).toBe('ru');
			expect(await page.getAttribute('html', 'lang')).toBe(locale === 'uz' ? 'uz' : 'uz-Cyrl');
		}
		await context.close();
	});

	it('the switcher keeps the section: /ru/…#x leads to /uz/…#x', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		await page.goto(`${base}ru/modules/module-6/#consent`);
		await page.locator('.switcher > summary').click();
		await page.locator('.switcher a[hreflang="uz"]').click();
		await page.waitForURL(/\/uz\/modules\/module-6\/#consent$/);
		expect(await page.locator('#consent').isVisible()).toBe(true);
		await context.close();
	});

	it('no request leaves the origin, and the Content-Security-Policy is never violated', async () => {
		const context = await browser().newContext();
		const requests = recordRequests(context);
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`Refused to load (CSP): ${e.violatedDirective} ${e.blockedURI}`),
			),
		);
		for (const p of [
			'',
			'en/',
			'ru/modules/module-6/',
			'uz/case-digest/?issue=violence',
			'uz-cyrl/glossary/',
			'en/reports/statistics/',
			'uz/search/?q=jabrlanuvchi',
		]) {
			await page.goto(base + p, { waitUntil: 'networkidle' });
			// The chooser sends a first visit on to the browser's language: let that navigation end before the next.
			if (p === '') await page.waitForURL(`${base}en/`, { waitUntil: 'networkidle' });
		}
		await page.locator('.search-result').first().waitFor();
		const origin = new URL(base).origin;
		expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
		expect(violations).toEqual([]);
		expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).not.toContain(
			'unsafe-inline',
		);
		await context.close();
	});
});
