/**
 * `npm run bench [-- --check] [-- --sizes 0,100,300] [-- --skip-lighthouse]`
 * Builds the site with a synthetic corpus at two sizes (time, peak memory of the whole process
 * tree, pages, dist and search-index sizes, growth), measures the real site's page weights and
 * search speed, and runs Lighthouse (mobile). Prints a table and writes bench-results/bench.json.
 * --check exits non-zero when a budget is exceeded.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticPage } from './corpus.ts';
import { checkPageBudgets, measurePage, pageTypes, type PageWeight } from './page-weight.ts';
import { serveStatic } from '../serve.ts';
import { SEARCH_BUDGET_MS, median, searchQueries, timeSearch } from './search-timing.ts';

const { values } = parseArgs({
	options: {
		check: { type: 'boolean' },
		sizes: { type: 'string', default: '0,100,300' },
		'skip-lighthouse': { type: 'boolean' },
		'skip-build': { type: 'boolean' },
	},
});
const root = process.cwd();
const sizes = values.sizes!.split(',').map(Number);
const budgetFailures: string[] = [];

function dirSize(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir).reduce((n, name) => {
		const p = join(dir, name);
		const st = statSync(p);
		return n + (st.isDirectory() ? dirSize(p) : st.size);
	}, 0);
}

/** Resident memory of a process and all its descendants, in bytes (from /proc). */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	let rss = 0;
	const rssOf = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
			const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, 'utf8'));
			rssOf.set(Number(name), m ? Number(m[1]) * 1024 : 0);
		} catch {
			/* process ended while reading */
		}
	}
	const walk = (p: number) => {
		rss += rssOf.get(p) ?? 0;
		for (const c of children.get(p) ?? []) walk(c);
	};
	walk(pid);
	return rss;
}

/** Build a project directory, timing it and sampling the peak memory of its process tree. */
function timedBuild(dir: string): Promise<{ seconds: number; peakRss: number; ok: boolean; log: string }> {
	return new Promise((done) => {
		const started = performance.now();
		const child = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
		child.on('close', (code) => {
			clearInterval(timer);
			done({ seconds: (performance.now() - started) / 1000, peakRss: peak, ok: code === 0, log });
		});
	});
}

/** A temporary copy of the site with `n` synthetic pages per hand-written language. */
function corpusProject(n: number): string {
	const dir = mkdtempSync(join(tmpdir(), `tip-bench-${n}-`));
	for (const name of ['src', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		cpSync(join(root, name), join(dir, name), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	for (const lang of ['en', 'ru', 'uz'] as const) {
		mkdirSync(join(dir, 'content', lang, 'reports'), { recursive: true });
		for (let i = 0; i < n; i++)
			writeFileSync(join(dir, 'content', lang, 'reports', `bench-${i}.mdx`), syntheticPage(i, lang));
	}
	return dir;
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const kb = (b: number) => (b / 1024).toFixed(1);
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

// 1. Build cost at each size.
interface BuildRow {
	perLanguage: number;
	seconds: number;
	peakRss: number;
	pages: number;
	secondsPerPage: number;
	rssPerPage: number;
	distBytes: number;
	searchIndexBytes: Record<string, number>;
}
if (!values['skip-build']) {
	const rows: BuildRow[] = [];
	for (const n of sizes) {
		const dir = corpusProject(n);
		const r = await timedBuild(dir);
		if (!r.ok) {
			console.error(r.log.slice(-3000));
			throw new Error(`Benchmark build with ${n} pages per language failed.`);
		}
		const dist = join(dir, 'dist');
		const pages = (function count(d: string): number {
			return readdirSync(d).reduce((k, name) => {
				const p = join(d, name);
				return k + (statSync(p).isDirectory() ? count(p) : name.endsWith('.html') ? 1 : 0);
			}, 0);
		})(dist);
		const indexes = Object.fromEntries(
			readdirSync(join(dist, 'pagefind'))
				.filter((l) => statSync(join(dist, 'pagefind', l)).isDirectory())
				.map((l) => [l, dirSize(join(dist, 'pagefind', l))]),
		);
		rows.push({
			perLanguage: n,
			seconds: r.seconds,
			peakRss: r.peakRss,
			pages,
			secondsPerPage: r.seconds / pages,
			rssPerPage: r.peakRss / pages,
			distBytes: dirSize(dist),
			searchIndexBytes: indexes,
		});
		rmSync(dir, { recursive: true, force: true });
	}
	// The corpus is added to the real site, whose pages are lighter than the synthetic ones, so the
	// average time per page rises with the corpus share even when cost is linear. Linearity is
	// judged on the marginal time per added page between consecutive sizes (the first size is the
	// baseline, 0 = the real site alone), and on peak memory per page.
	const marginal = rows.slice(1).map((r, i) => (r.seconds - rows[i]!.seconds) / (r.pages - rows[i]!.pages));
	const [a, b] = [rows.at(-2)!, rows.at(-1)!];
	const timeGrowth = marginal.length > 1 ? marginal.at(-1)! / marginal.at(-2)! : b.secondsPerPage / a.secondsPerPage;
	const memoryGrowth = b.rssPerPage / a.rssPerPage;
	results.build = { rows, marginalSecondsPerPage: marginal, timeGrowth, memoryGrowth };
	console.log(
		'\nBuild cost (synthetic module-like pages of ~2,000 words, en/ru/uz + derived uz-cyrl, added to the real site)',
	);
	console.log(
		'pages/lang  html pages  wall s  peak RSS MB  ms/page  RSS KB/page  dist MB  search index KB per language',
	);
	for (const r of rows)
		console.log(
			`${String(r.perLanguage).padEnd(12)}${String(r.pages).padEnd(12)}${r.seconds.toFixed(1).padEnd(8)}${mb(r.peakRss).padEnd(13)}${(r.secondsPerPage * 1000).toFixed(1).padEnd(9)}${kb(r.rssPerPage).padEnd(13)}${mb(r.distBytes).padEnd(9)}${Object.entries(
				r.searchIndexBytes,
			)
				.map(([l, v]) => `${l} ${kb(v)}`)
				.join(', ')}`,
		);
	console.log(
		`marginal time per added page: ${marginal.map((m, i) => `${rows[i]!.perLanguage}→${rows[i + 1]!.perLanguage}: ${(m * 1000).toFixed(1)} ms`).join(', ')}`,
	);
	console.log(
		`growth from ${a.perLanguage} to ${b.perLanguage}: time per added page ×${timeGrowth.toFixed(2)}, peak memory per page ×${memoryGrowth.toFixed(2)} (budget ≤ 1.2)`,
	);
	if (timeGrowth > 1.2) budgetFailures.push(`build time per page grows ×${timeGrowth.toFixed(2)} (budget 1.2)`);
	if (memoryGrowth > 1.2) budgetFailures.push(`build memory per page grows ×${memoryGrowth.toFixed(2)} (budget 1.2)`);
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
		console.log('page          performance  accessibility  best-practices  seo');
		for (const [name, c] of Object.entries(lh))
			console.log(
				`${name.padEnd(14)}${String(c.performance).padEnd(13)}${String(c.accessibility).padEnd(15)}${String(c['best-practices']).padEnd(16)}${c.seo}${(c as Record<string, unknown>).failedAudits ? `   (not passed: ${((c as Record<string, unknown>).failedAudits as string[]).join(', ')})` : ''}`,
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
