/**
 * The site under a sub-path (an organisation hosting it at /e4j/): no link, asset or search
 * request may escape the base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildProject, makeProject, smallModuleRu } from '../helpers/project';
import { load } from 'cheerio';
import { getT } from '../../src/i18n/ui';
import { launchBrowser } from '../helpers/browser';
import { serveStatic } from '../../scripts/serve';
import { readBuiltSite } from '../../src/post-build/built-site';

let project: ReturnType<typeof makeProject>;
let output = '';
let status: number | null = null;

beforeAll(() => {
	project = makeProject();
	const prev = process.env.BASE_PATH;
	process.env.BASE_PATH = '/e4j/';
	({ status, output } = buildProject(project.root));
	if (prev === undefined) delete process.env.BASE_PATH;
	else process.env.BASE_PATH = prev;
	void spawnSync;
	// A whole build: about 8 s alone, more on a busy machine (the default hook timeout is 10 s).
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
		const stale = makeProject({
			'content/ru/modules/module-6.mdx': smallModuleRu.replace(
				'source: "https',
				'translation:\n  sourceHash: "0000000000"\nsource: "https',
			),
		});
		try {
			const { status, output } = buildProject(stale.root);
			expect(status, output.slice(-2000)).toBe(0);
			const html = readFileSync(join(stale.root, 'dist/ru/modules/module-6/index.html'), 'utf8');
			const t = getT('ru');
			expect(load(html)('#notice').text().trim()).toBe(t('notice.outdated', { requested: t('common.language.ru') }));
			expect(readFileSync(join(stale.root, 'dist/en/modules/module-6/index.html'), 'utf8')).not.toContain(
				'id="notice"',
			);
		} finally {
			stale.cleanup();
		}
	});
});
