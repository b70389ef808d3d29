/**
 * `npm run bench [-- --check] [--sizes 100,300] [--skip-starlight] [--skip-lighthouse] [--skip-build]`
 * 1. Build cost: cold builds of the site with a generated corpus of N pages per language (100 and
 *    300 by default), each beside Astro Starlight 0.42.4 building the same pages when the shared
 *    kit (../shared/bench) is there; per-page cost from one size to the next; a warm rebuild after
 *    one paragraph changed and the dev server's reload.
 * 2. The real site's page weights (build it first: npm run build).
 * 3. Search speed in Chromium and Lighthouse (mobile).
 * Prints tables and writes bench-results/bench.json; --check exits non-zero past a budget.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkPageBudgets, measurePage, pageTypes, type PageWeight } from './page-weight.ts';
import { corpusProject, devReload, editOnePage, starlightBuild, timedBuild, type BuildMeasure } from './build-cost.ts';
import { serveStatic } from '../serve.ts';
import { SEARCH_BUDGET_MS, median, searchQueries, timeSearch } from './search-timing.ts';

const { values } = parseArgs({
	options: {
		check: { type: 'boolean' },
		sizes: { type: 'string', default: '100,300' },
		'skip-starlight': { type: 'boolean' },
		'skip-lighthouse': { type: 'boolean' },
		'skip-build': { type: 'boolean' },
	},
});
const root = process.cwd();
const sizes = values.sizes!.split(',').map(Number);
const budgetFailures: string[] = [];

const kb = (b: number) => (b / 1024).toFixed(1);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

// 1. Build cost at each size, beside Astro Starlight on the same pages when the shared kit is there.
if (!values['skip-build']) {
	const rows: { perLanguage: number; project: BuildMeasure; starlight?: BuildMeasure }[] = [];
	let warm: { dir: string; cold: BuildMeasure } | undefined;
	for (const n of sizes) {
		const dir = corpusProject(root, n);
		const { log: _log, ...project } = timedBuild(dir);
		const starlight = values['skip-starlight'] ? undefined : starlightBuild(n);
		rows.push({ perLanguage: n, project, starlight });
		if (warm) rmSync(warm.dir, { recursive: true, force: true });
		warm = { dir, cold: project };
	}
	// A second build after one paragraph of one page changed, caches kept; then the dev server's reload.
	editOnePage(warm!.dir, 'Edited for the warm rebuild.');
	const { log: _warmLog, ...rebuilt } = timedBuild(warm!.dir, { cold: false });
	const dev = await devReload(warm!.dir);
	rmSync(warm!.dir, { recursive: true, force: true });

	const perPage = (m: BuildMeasure) => (m.wallSeconds * 1000) / m.htmlPages;
	const [a, b] = [rows.at(-2)!, rows.at(-1)!];
	const marginal = (b.project.wallSeconds - a.project.wallSeconds) / (b.project.htmlPages - a.project.htmlPages);
	const marginalBefore = a.project.wallSeconds / a.project.htmlPages;
	const timeGrowth = marginal / marginalBefore;
	const memoryGrowth = b.project.peakRssMiB / b.project.htmlPages / (a.project.peakRssMiB / a.project.htmlPages);
	results.build = { rows, warmRebuild: rebuilt, warmOf: warm!.cold, devServer: dev, timeGrowth, memoryGrowth };

	console.log('\nBuild cost, cold (generated module-like pages of ~2,000 words in en, ru, uz; uz-Cyrl derived)');
	console.log('pages/lang  site        html pages  wall s  CPU s   peak MiB  ms/page  vs Starlight (wall, memory)');
	for (const r of rows) {
		for (const [name, m] of [
			['project', r.project],
			['starlight', r.starlight],
		] as const) {
			if (!m) continue;
			const ratio =
				name === 'project' && r.starlight
					? `${(m.wallSeconds / r.starlight.wallSeconds).toFixed(2)}×, ${(m.peakRssMiB / r.starlight.peakRssMiB).toFixed(2)}×`
					: '';
			console.log(
				`${String(r.perLanguage).padEnd(12)}${name.padEnd(12)}${String(m.htmlPages).padEnd(12)}${m.wallSeconds.toFixed(1).padEnd(8)}${m.cpuSeconds.toFixed(1).padEnd(8)}${String(m.peakRssMiB).padEnd(10)}${perPage(m).toFixed(1).padEnd(9)}${ratio}`,
			);
		}
	}
	console.log(
		`phases of the ${b.perLanguage}-page build (s, from log timestamps): ${Object.entries(b.project.phases)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}`,
	);
	console.log(
		`per-page cost from ${a.perLanguage} to ${b.perLanguage} pages/lang: marginal time per added page ×${timeGrowth.toFixed(2)} of the average at ${a.perLanguage}, peak memory per page ×${memoryGrowth.toFixed(2)} (budget ≤ 1.2 each)`,
	);
	console.log(
		`warm rebuild after one paragraph changed (${b.perLanguage} pages/lang, caches kept): ${rebuilt.wallSeconds.toFixed(1)} s (cold ${warm!.cold.wallSeconds.toFixed(1)} s); dev server: ready in ${dev.startSeconds.toFixed(1)} s, an edit shows ${dev.reloadSeconds.toFixed(2)} s after saving`,
	);
	if (timeGrowth > 1.2) budgetFailures.push(`build time per page grows ×${timeGrowth.toFixed(2)} (budget 1.2)`);
	if (memoryGrowth > 1.2) budgetFailures.push(`build memory per page grows ×${memoryGrowth.toFixed(2)} (budget 1.2)`);
	if (b.starlight) {
		if (b.project.wallSeconds > b.starlight.wallSeconds)
			budgetFailures.push(
				`cold build ${b.project.wallSeconds.toFixed(1)} s, slower than Starlight's ${b.starlight.wallSeconds.toFixed(1)} s`,
			);
		if (b.project.peakRssMiB > 0.8 * b.starlight.peakRssMiB)
			budgetFailures.push(
				`peak memory ${b.project.peakRssMiB} MiB, above 0.8× Starlight's ${b.starlight.peakRssMiB} MiB`,
			);
	}
	if (rebuilt.wallSeconds > warm!.cold.wallSeconds)
		budgetFailures.push(`warm rebuild ${rebuilt.wallSeconds.toFixed(1)} s, slower than a cold build`);
	if (dev.reloadSeconds > 3)
		budgetFailures.push(`dev server shows an edit after ${dev.reloadSeconds.toFixed(1)} s (budget 3 s)`);
}

// 2. The real site: page weights per page type.
if (!existsSync(join(root, 'dist/index.html'))) throw new Error('dist/ is missing: run npm run build first.');
const weights: Record<string, PageWeight> = Object.fromEntries(
	Object.entries(pageTypes).map(([t, p]) => [t, measurePage(join(root, 'dist'), p)]),
);
results.pages = weights;
console.log('\nPage weight of the real site (bytes; gzip in brackets)');
console.log(
	'page type        HTML              CSS            JS (enhancement)  requests before paint  JS needed to read  shell gzip',
);
for (const [t, w] of Object.entries(weights))
	console.log(
		`${t.padEnd(17)}${`${w.html.raw} (${w.html.gzip})`.padEnd(18)}${`${w.css.raw} (${w.css.gzip})`.padEnd(15)}${`${w.js.raw} (${w.js.gzip})`.padEnd(18)}${String(w.requestsBeforePaint).padEnd(23)}${(t === 'search' ? 'yes (search)' : w.requiredJs ? 'yes' : 'no').padEnd(19)}${w.shellGzip}`,
	);
budgetFailures.push(...checkPageBudgets(weights));

// 3. Search in the browser and Lighthouse, against the real site served locally.
const { server, url } = await serveStatic(join(root, 'dist'), 0);
try {
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	// The same measurement as the e2e suite (tests/e2e/search.test.ts): each edition's five queries,
	// each typed into a search page freshly opened in a new browser context.
	const searchRows = [];
	for (const [locale, queries] of Object.entries(searchQueries)) {
		const timings = [];
		for (const query of queries) timings.push(await timeSearch(browser, url, locale, query));
		searchRows.push({ locale, medianMs: median(timings.map((t) => t.ms)), timings });
	}
	await browser.close();
	results.search = searchRows;
	console.log(
		'\nSearch (a search page freshly opened in a new browser context, a query typed at 100 ms a key: time from the last keystroke to the first result in the page; KB = what the page had fetched by then)',
	);
	for (const r of searchRows)
		console.log(
			`${r.locale.padEnd(8)} median ${String(r.medianMs).padStart(4)} ms   ${r.timings.map((t) => `"${t.query}" ${t.ms} ms ${kb(t.bytes)} KB`).join(', ')}`,
		);
	for (const r of searchRows)
		if (r.medianMs > SEARCH_BUDGET_MS)
			budgetFailures.push(
				`search ${r.locale}: median ${r.medianMs} ms from the last keystroke to the first result (budget ${SEARCH_BUDGET_MS} ms)`,
			);

	if (!values['skip-lighthouse']) {
		const lighthouse = (await import('lighthouse')).default;
		const chromeLauncher = await import('chrome-launcher');
		const chrome = await chromeLauncher.launch({
			chromePath: '/usr/bin/chromium',
			chromeFlags: [
				'--headless=new',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		});
		const lh: Record<string, Record<string, number>> = {};
		try {
			for (const [name, path] of [
				['home', 'en/'],
				['module page', 'en/modules/module-6/'],
				['case page', 'en/case-digest/cases/wei-tang/'],
				['case list', 'en/case-digest/'],
				['search page', 'en/search/'],
				['uz-cyrl module', 'uz-cyrl/modules/module-6/'],
			] as const) {
				const run = await lighthouse(`${url}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				});
				const cats = run!.lhr.categories;
				lh[name] = Object.fromEntries(Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
				const failed = Object.values(run!.lhr.audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id);
				if (failed.length) (lh[name] as Record<string, unknown>).failedAudits = failed as never;
			}
		} finally {
			chrome.kill();
		}
		results.lighthouse = lh;
		console.log('\nLighthouse (mobile, default throttling)');
		console.log('page            performance  accessibility  best-practices  seo');
		for (const [name, c] of Object.entries(lh))
			console.log(
				`${name.padEnd(16)}${String(c.performance).padEnd(13)}${String(c.accessibility).padEnd(15)}${String(c['best-practices']).padEnd(16)}${c.seo}${(c as Record<string, unknown>).failedAudits ? `   (not passed: ${((c as Record<string, unknown>).failedAudits as string[]).join(', ')})` : ''}`,
			);
		for (const [name, c] of Object.entries(lh))
			for (const k of ['performance', 'accessibility', 'best-practices', 'seo'])
				if ((c[k] ?? 0) < 100) budgetFailures.push(`Lighthouse ${k} on ${name}: ${c[k]} (budget 100)`);
	}
} finally {
	server.close();
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify({ ...results, budgetFailures }, null, 2));
console.log(`\nResults written to bench-results/bench.json.`);
if (budgetFailures.length) {
	console.log(`\nOver budget:\n- ${budgetFailures.join('\n- ')}`);
	if (values.check) process.exit(1);
} else console.log('All budgets hold.');
