import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allPages, loadedResources, page } from '../helpers/dist';
import { globSync } from 'tinyglobby';
import { locales, localeToLang } from '../../src/i18n/locales';
import { getProjectRoutes } from '../../src/routing/site-map';
import { localizedPath } from '../../src/routing/urls';

const pages = allPages();
const routes = getProjectRoutes(process.cwd());

describe('built HTML', () => {
	it('gives every edition page the edition’s lang', () => {
		for (const locale of locales) {
			const own = pages.filter((p) => p.startsWith(`/${locale}/`));
			expect(own.length).toBeGreaterThan(20);
			for (const p of own) expect(page(p)('html').attr('lang'), p).toBe(localeToLang(locale));
		}
	});

	it('serves every collection page at every edition’s URL', () => {
		for (const r of routes) expect(pages, `${r.locale} ${r.path}`).toContain(localizedPath(r.locale, r.path));
	});

	it('marks a fallback page: notice, content lang, canonical to the real edition, no hreflang, not indexed', () => {
		const fallbacks = routes.filter((r) => r.resolution.type === 'fallback');
		// uz and uz-cyrl show modules 9, 10, 12, 13 and 14 from Russian.
		expect(fallbacks.length).toBeGreaterThanOrEqual(10);
		for (const r of fallbacks) {
			if (r.resolution.type !== 'fallback') continue;
			const $ = page(localizedPath(r.locale, r.path));
			const from = r.resolution.from;
			expect($('#notice').length, r.path).toBe(1);
			expect($('[data-content-lang]').attr('lang'), `${r.locale}${r.path}`).toBe(localeToLang(from));
			expect($('link[rel=canonical]').attr('href')).toMatch(new RegExp(`/${from}${r.path}$`));
			expect($('link[rel=alternate]').length).toBe(0);
			expect($('[data-pagefind-body]').length).toBe(0);
		}
	});

	it('lists hreflang alternates only for real editions, plus x-default', () => {
		const $ = page('/en/modules/module-9/');
		const langs = $('link[rel=alternate]')
			.map((_, el) => $(el).attr('hreflang'))
			.get();
		expect(langs).toEqual(['en', 'ru', 'x-default']);
		const $6 = page('/uz/modules/module-6/');
		expect(
			$6('link[rel=alternate]')
				.map((_, el) => $6(el).attr('hreflang'))
				.get(),
		).toEqual(['en', 'ru', 'uz', 'uz-Cyrl', 'x-default']);
	});

	it('keeps fallback pages out of the sitemap', () => {
		const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
		expect(sitemap).toContain('/uz/modules/module-6/');
		const fallbacks = routes.filter((r) => r.resolution.type === 'fallback');
		expect(fallbacks.map((r) => localizedPath(r.locale, r.path))).toContain('/uz/modules/module-9/');
		for (const r of fallbacks) expect(sitemap).not.toContain(`${localizedPath(r.locale, r.path)}<`);
	});

	it('gives module sections the same ids in every edition', () => {
		for (const n of [6, 7, 8, 9, 10, 11, 12, 13, 14]) {
			const ids = (p: string) =>
				page(p)('[data-content-lang] h2[id], [data-content-lang] h3[id]')
					.map((_, el) => el.attribs.id)
					.get();
			const en = ids(`/en/modules/module-${n}/`);
			expect(en.length).toBeGreaterThan(5);
			expect(ids(`/ru/modules/module-${n}/`)).toEqual(en);
		}
	});

	it('has a language chooser with the editions in their own names, as plain links', () => {
		const $ = page('/');
		const links = $('main a[data-locale]')
			.map((_, el) => ({ text: $(el).text(), href: el.attribs.href, lang: el.attribs.lang }))
			.get();
		expect(links).toEqual([
			{ text: 'English', href: '/en/', lang: 'en' },
			{ text: 'Русский', href: '/ru/', lang: 'ru' },
			{ text: 'Oʻzbekcha', href: '/uz/', lang: 'uz' },
			{ text: 'Ўзбекча', href: '/uz-cyrl/', lang: 'uz-Cyrl' },
		]);
	});

	it('separates a case’s facts in its text, so that search indexes their words apart', () => {
		// Pagefind joins the text of <dt> and <dd> without a space (it reads them as inline), as cheerio does.
		expect(page('/ru/case-digest/cases/marino-hector-oscar/')('dl.facts').first().text()).toContain(
			'Страна: Аргентина. Суд: в Сборнике не указано. Судебная инстанция:',
		);
		const cases = pages.filter((p) => /^\/[^/]+\/case-digest\/cases\/[^/]+\/$/.test(p));
		expect(cases.length).toBeGreaterThanOrEqual(55 * locales.length);
		for (const path of cases) {
			const $ = page(path);
			for (const dt of $('dl.facts').first().find('dt').toArray()) expect($(dt).text(), path).toMatch(/\S: $/);
		}
	});

	it('uses one trailing-slash policy for internal links', () => {
		for (const p of ['/en/', '/ru/modules/module-6/', '/uz/case-digest/']) {
			const $ = page(p);
			$('a[href^="/"]').each((_, el) => {
				const path = el.attribs.href!.split(/[?#]/)[0]!;
				if (!/\.[a-z]+$/.test(path)) expect(path.endsWith('/'), `${p}: ${el.attribs.href}`).toBe(true);
			});
		}
	});

	it('loads no web fonts and no third-party resources, on any page of any edition', () => {
		const origin = new URL(readFileSync('dist/sitemap-index.xml', 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
		let checked = 0;
		for (const p of pages) {
			for (const url of loadedResources(p)) {
				const target = new URL(url, `${origin}${p}`);
				expect(target.origin, `${p}: ${url}`).toBe(origin);
				checked++;
			}
		}
		for (const locale of locales) expect(pages.filter((p) => p.startsWith(`/${locale}/`)).length).toBeGreaterThan(20);
		expect(checked).toBeGreaterThan(pages.length);
		const css = globSync('dist/_astro/*.css').map((f) => readFileSync(f, 'utf8'));
		expect(css.length).toBeGreaterThan(0);
		for (const text of css) expect(text).not.toMatch(/@font-face|@import|url\(["']?(https?:)?\/\//);
	});
});
