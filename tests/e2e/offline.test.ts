import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser';
import { allPages, page as builtPage } from '../helpers/dist';

const base = inject('baseUrl');
const browser = useBrowser();

/** Open a page and wait until the service worker controls it. */
async function openControlled(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
	await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
	return page;
}

describe('offline reading', () => {
	it('a saved module, its handout view and the glossary open offline; an unsaved page shows the offline page', async () => {
		const context = await browser().newContext();
		const page = await openControlled(context, `${base}en/modules/module-6/`);
		await page.locator('[data-offline-save] [data-action=save]').click();
		await page.locator('[data-offline-save] [data-status]').filter({ hasText: /Saved/ }).waitFor();
		const saved = await page.locator('[data-offline-save] [data-status]').textContent();
		console.log(`saved module: ${saved}`);
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().textContent()).toBe('Defining the Concept of Trafficking in Persons');
		// The handout is the print view of the same page: QR code shown, navigation gone.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.handout-qr svg').isVisible()).toBe(true);
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`${base}en/glossary/`);
		expect(await page.locator('#trafficking-in-persons').count()).toBe(1);
		await page.goto(`${base}en/modules/module-13/`);
		expect(await page.locator('h1').textContent()).toBe('You are offline');
		expect(await page.locator('#offline-saved a').allTextContents()).toContain(
			'Module 6: Defining the Concept of Trafficking in Persons',
		);
		await context.close();
	});

	it('after "Save this edition" in ru, every /ru/modules/ page opens offline and search finds a Russian phrase', async () => {
		const context = await browser().newContext();
		const page = await openControlled(context, `${base}ru/`);
		const box = page.locator('[data-offline-edition]');
		await box.locator('[data-status]').filter({ hasText: /\d/ }).waitFor();
		console.log(`ru edition before saving: ${await box.locator('[data-status]').textContent()}`);
		await box.locator('[data-action=save]').click();
		await box.locator('[data-action=remove]').waitFor({ state: 'visible', timeout: 60_000 });
		console.log(`ru edition saved: ${await box.locator('[data-status]').textContent()}`);
		await context.setOffline(true);
		const modules = allPages().filter((p) => /^\/ru\/modules\/module-\d+\/$/.test(p));
		expect(modules).toHaveLength(9);
		for (const path of modules) {
			await page.goto(`${base}${path.slice(1)}`);
			expect(await page.locator('h1').first().textContent(), path).toBe(builtPage(path)('h1').first().text());
		}
		const phrase = builtPage('/ru/modules/module-12/')('h1').first().text();
		await page.goto(`${base}ru/search/?q=${encodeURIComponent(phrase)}`);
		await page.locator('.search-result').first().waitFor();
		expect(await page.locator('.search-result__title').first().getAttribute('href')).toMatch(
			/^\/ru\/modules\/module-12\//,
		);
		await context.close();
	});

	it('cancelling "Save this edition" leaves nothing half-saved', async () => {
		const context = await browser().newContext();
		const page = await openControlled(context, `${base}uz/`);
		const box = page.locator('[data-offline-edition]');
		await box.locator('[data-status]').filter({ hasText: /\d/ }).waitFor();
		await box.locator('[data-action=save]').click();
		await box.locator('[data-action=cancel]').click();
		await box.locator('[data-action=save]').waitFor({ state: 'visible' });
		expect(await page.evaluate(async () => (await (await caches.open('tip-saved')).keys()).length)).toBe(0);
		await context.close();
	});

	it('reading works with the service worker blocked', async () => {
		const context = await browser().newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${base}uz/modules/module-6/`);
		expect(await page.locator('h1').first().textContent()).toBeTruthy();
		expect(await page.locator('[data-offline-save]').isHidden()).toBe(true);
		await context.close();
	});
});

describe('updates', () => {
	it('a saved page that changed on the site is refreshed on the next visit online, with a quiet note', async () => {
		const context = await browser().newContext();
		const page = await openControlled(context, `${base}en/case-digest/chapters/violence/`);
		await page.locator('[data-offline-save] [data-action=save]').click();
		await page.locator('[data-offline-save] [data-action=remove]').waitFor();
		// The site changes: the next copy fetched for this page has new text.
		await context.route('**/en/case-digest/chapters/violence/', async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace('</h1>', ' (revised)</h1>') });
		});
		await page.reload();
		await page.locator('#offline-updated').waitFor({ state: 'visible' });
		await context.unroute('**/en/case-digest/chapters/violence/');
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().textContent()).toContain('(revised)');
		await context.close();
	});
});
