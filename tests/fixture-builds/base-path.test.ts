/**
 * One build of a small copy of the site, under a sub-path (an organisation hosting it at /e4j/):
 * no link, asset or search request may escape the base. The same build proves the two rendering
 * paths (Markdown for pages without components, @astrojs/mdx for a page with <Latn>) give the
 * same HTML, GFM rendering, and the notice on an outdated translation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildProject, makeProject, smallSiteReport } from '../helpers/project';
import { load } from 'cheerio';
import { getT } from '../../src/i18n/ui';
import { launchBrowser } from '../helpers/browser';
import { serveStatic } from '../../scripts/serve';
import { readBuiltSite } from '../../src/post-build/built-site';
import { writeTranslationRecord } from '../../src/content-index/translation-record';
import { getSourceSections } from '../../src/content-index/translation';
import { textToSource } from '../helpers/source';

let project: ReturnType<typeof makeProject>;
let output = '';
let status: number | null = null;

const uzReport = `---\ntitle: "Yakuniy hisobot"\nsummary: "Dastur nima qildi."\norder: 1\n---\n\n## Tarix {#background}\n\nDastur 2019-yildan 2021-yilgacha ishladi.\n`;

/** The report's body with one allowed component added: it takes the MDX path. */
const changedReport = smallSiteReport.replace(
	'The programme ran from 2019 to 2021.',
	'The programme ran from July 2019 until December 2021.',
);
const reportBody = (changedReport.split(/^---$/m)[2] ?? '').trim();
const withComponent = `---\ntitle: "With a component"\nsummary: "The same text, through MDX."\norder: 2\n---\n\n${reportBody}\n\nThe case <Latn>Sabhnani</Latn> stays in Latin letters.\n`;
const withComponentUz = `---\ntitle: "Komponentli sahifa"\nsummary: "Xuddi shu matn."\norder: 2\n---\n\n## Tarix {#background}\n\nDastur ishladi. <Latn>Sabhnani</Latn> ishi lotin harflarida qoladi.\n`;

beforeAll(() => {
	project = makeProject({
		'content/en/reports/with-component.mdx': withComponent,
		'content/uz/reports/with-component.mdx': withComponentUz,
		// A published URL that moved: the lock lists it, a redirect covers it, so the build passes.
		'content/urls.lock': '/en/modules/module-6/\n/en/modules/old-module-6/\n',
		'content/redirects.yaml': '- from: "/en/modules/old-module-6/"\n  to: "/en/modules/module-6/"\n',
		// A Uzbek report translated from the English, then one sentence of the English changed.
		'content/en/reports/final-report.mdx': changedReport,
		'content/uz/reports/final-report.mdx': writeTranslationRecord(uzReport, textToSource(smallSiteReport)),
		...Object.fromEntries(
			getSourceSections(textToSource(smallSiteReport)).map((s) => [
				`content/.sources/${s.hash.slice(0, 2)}/${s.hash}.md`,
				s.text,
			]),
		),
	});
	const prev = process.env.BASE_PATH;
	process.env.BASE_PATH = '/e4j/';
	({ status, output } = buildProject(project.root));
	if (prev === undefined) delete process.env.BASE_PATH;
	else process.env.BASE_PATH = prev;
	void spawnSync;
}, 120_000);
afterAll(() => project?.cleanup());

describe('built under BASE_PATH=/e4j/', () => {
	it('builds, with every internal link checked', () => {
		expect(status, output.slice(-2000)).toBe(0);
		expect(output).toMatch(/every internal link and fragment resolves/);
	});

	it('keeps every link, asset and form inside the base', async () => {
		const dist = join(project.root, 'dist');
		const pages = readBuiltSite(dist);
		expect(pages.length).toBeGreaterThan(20);
		let checked = 0;
		for (const p of pages) {
			const $ = load(readFileSync(join(dist, p.file), 'utf8'));
			for (const attr of ['href', 'src', 'action']) {
				for (const el of $(`[${attr}]`).toArray()) {
					const url = $(el).attr(attr)!;
					if (/^(https?:|mailto:|#|data:)/.test(url)) continue;
					expect(url, `${p.path}: ${attr}="${url}"`).toMatch(/^\/e4j\//);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(pages.length * 10);
		expect(readFileSync(join(project.root, 'dist/_headers'), 'utf8')).toContain('/e4j/_astro/*');
	});

	it('in Chromium, reading and searching make requests only under the base', async () => {
		const { server, url } = await serveStatic(join(project.root, 'dist'), 0, '/e4j/');
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage();
			const requests: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			await page.goto(`${url}ru/modules/module-6/`);
			await page.goto(`${url}en/search/?q=consent`);
			await page.locator('.search-result').first().waitFor();
			const prefix = new URL(url).origin + '/e4j/';
			expect(requests.filter((r) => !r.startsWith(prefix))).toEqual([]);
			expect(requests.some((r) => r.includes('/e4j/pagefind/en/'))).toBe(true);
		} finally {
			await browser.close();
			server.close();
		}
	});
});

describe('Markdown in MDX (Astro 7 pipeline, no remark-gfm)', () => {
	it('renders GFM tables, footnotes, strikethrough, task lists and autolinks', () => {
		const html = readFileSync(join(project.root, 'dist/en/reports/final-report/index.html'), 'utf8');
		expect(html).toMatch(/<table>[\s\S]*<th>Year<\/th>/);
		expect(html).toMatch(/<del>Draft<\/del>/);
		expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
		expect(html).toMatch(/<section[^>]*data-footnotes/);
		expect(html).toMatch(/<a href="https:\/\/www\.unodc\.org\/"/);
		expect(html).toMatch(/<h2 id="background"/);
	});
});

describe('a translation older than its English source', () => {
	it('is served with a notice saying the edition exists but is outdated', () => {
		// The small site's Russian module records no source at all: it counts as older than the English.
		const html = readFileSync(join(project.root, 'dist/ru/modules/module-6/index.html'), 'utf8');
		const t = getT('ru');
		expect(load(html)('#notice').text().trim()).toBe(t('notice.outdated', { requested: t('common.language.ru') }));
		expect(readFileSync(join(project.root, 'dist/en/modules/module-6/index.html'), 'utf8')).not.toContain(
			'id="notice"',
		);
	});
});

describe('the two rendering paths', () => {
	const body = (path: string) => {
		const $ = load(readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8'));
		const article = $('[data-content-lang]');
		article.find('header, .title-block, h1, .lead, .eyebrow, .meta').remove();
		return article.html()!.replaceAll(path, '<PAGE>');
	};
	it('a page with a component (MDX) has the same HTML as the same text without one (Markdown)', () => {
		const markdown = body('en/reports/final-report/');
		const mdx = body('en/reports/with-component/');
		expect(markdown).toContain('<h2 id="background">');
		expect(mdx).toContain('<span class="latn">Sabhnani</span>');
		expect(mdx.replace('<p>The case <span class="latn">Sabhnani</span> stays in Latin letters.</p>\n', '')).toBe(
			markdown,
		);
	});
	it('the derived Uzbek Cyrillic edition of a page with a component keeps the marked name in Latin', () => {
		const $ = load(readFileSync(join(project.root, 'dist/uz-cyrl/reports/with-component/index.html'), 'utf8'));
		const text = $('[data-content-lang]').text();
		expect($('.latn').text()).toBe('Sabhnani');
		expect(text).toContain('Дастур ишлади.');
		expect(text).toContain('иши лотин ҳарфларида қолади');
	});
});

describe('the translators’ page after the English changed', () => {
	it('shows exactly the changed words of the changed section, with a link to the translated section', () => {
		const $ = load(readFileSync(join(project.root, 'dist/uz/translations/index.html'), 'utf8'));
		const page = $('[data-changes="uz/reports/final-report"]');
		expect(page.length).toBe(1);
		const sections = page.find('[data-section]');
		expect(sections.map((_, el) => $(el).attr('data-section')).get()).toEqual(['background']);
		const diff = sections.find('.diff');
		expect(
			diff
				.find('del')
				.map((_, el) => $(el).text())
				.get(),
		).toEqual(['oʻchirilgan: to']);
		expect(
			diff
				.find('ins')
				.map((_, el) => $(el).text())
				.get(),
		).toEqual(['qoʻshilgan: July ', 'qoʻshilgan: until December']);
		expect(diff.attr('lang')).toBe('en');
		expect(sections.find('a').attr('href')).toBe('/e4j/uz/reports/final-report/#background');
		expect($('[data-progress="uz"]').text()).toMatch(/Koʻrib chiqilishi kerak: 2 sahifa/);
	});
	it('a translation that records no source says so once, links both pages and gives the command that records it', () => {
		const $ = load(readFileSync(join(project.root, 'dist/en/translations/index.html'), 'utf8'));
		const page = $('[data-changes="ru/modules/module-6"]');
		const notice = page.find('[data-kind="unrecorded"]');
		expect(notice.length).toBe(1);
		expect(notice.text()).toContain('does not record the English text it was made from');
		expect(notice.find('a').attr('href')).toBe('/e4j/en/modules/module-6/');
		expect(page.find('h3 a').attr('href')).toBe('/e4j/ru/modules/module-6/');
		expect(notice.find('code').text()).toBe('npm run mark-translated -- ru modules/module-6');
		// No section quoted: the page stays small however many translations were made by hand.
		expect(page.find('[data-kind="changed-unknown"], blockquote').length).toBe(0);
		expect(page.text()).not.toContain('Consent is irrelevant once a means is used.');
		// A derived edition's translation is the file it is made from: the command names that edition.
		expect($('[data-changes="uz-cyrl/reports/with-component"] [data-kind="unrecorded"] code').text()).toBe(
			'npm run mark-translated -- uz reports/with-component',
		);
	});
	it('on a phone, the command wraps and nothing scrolls the page sideways', async () => {
		const { server, url } = await serveStatic(join(project.root, 'dist'), 0, '/e4j/');
		const browser = await launchBrowser();
		try {
			const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
			await page.goto(`${url}en/translations/`);
			await page.locator('[data-kind="unrecorded"] pre').first().waitFor();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		} finally {
			await browser.close();
			server.close();
		}
	});
});

describe('a published URL that moved', () => {
	it('is exempt from the URL lock by its redirect, which becomes a redirect page and a _redirects line', () => {
		const $ = load(readFileSync(join(project.root, 'dist/en/modules/old-module-6/index.html'), 'utf8'));
		expect($('meta[http-equiv=refresh]').attr('content')).toMatch(/\/e4j\/en\/modules\/module-6\/$/);
		expect(readFileSync(join(project.root, 'dist/_redirects'), 'utf8')).toContain(
			'/e4j/en/modules/old-module-6/ /e4j/en/modules/module-6/ 301',
		);
	});
});

describe('a rebuild with the cache kept', () => {
	it('works after the project folder moved, and draws the same pages', () => {
		const page = 'dist/en/reports/final-report/index.html';
		const before = readFileSync(join(project.root, page), 'utf8');
		// The data store in the cache names the kept HTML files by their old absolute paths.
		const moved = `${project.root}-moved`;
		renameSync(project.root, moved);
		const prev = process.env.BASE_PATH;
		process.env.BASE_PATH = '/e4j/';
		let again: ReturnType<typeof buildProject>;
		try {
			again = buildProject(moved);
		} finally {
			if (prev === undefined) delete process.env.BASE_PATH;
			else process.env.BASE_PATH = prev;
			renameSync(moved, project.root);
		}
		expect(again.status, again.output.slice(-2000)).toBe(0);
		expect(again.output).not.toMatch(/rendered HTML of a page is missing/);
		const strip = (html: string) => html.replace(/\/_astro\/[^"']+/g, '');
		expect(strip(readFileSync(join(project.root, page), 'utf8'))).toBe(strip(before));
	}, 120_000);
});
