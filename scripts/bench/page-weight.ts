/**
 * What a reader's browser must fetch to show a built page: HTML, CSS and JS bytes (raw and
 * gzip), requests before first paint, web fonts, and the page shell (the page with its content
 * emptied), which is what every page of that type costs before its own text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';

export interface Weight {
	raw: number;
	gzip: number;
}
export interface PageWeight {
	path: string;
	html: Weight;
	css: Weight;
	/** Scripts the page loads (all deferred modules here: enhancements, not needed to read). */
	js: Weight;
	/** JavaScript needed to read the page: 0 when the content is in the HTML itself. */
	requiredJs: number;
	/** HTML plus render-blocking resources (stylesheets, synchronous scripts). */
	requestsBeforePaint: number;
	webFonts: number;
	/** HTML + CSS of the page with its content removed, gzip. */
	shellGzip: number;
	contentChars: number;
}

const weigh = (buf: Buffer | string): Weight => ({
	raw: Buffer.byteLength(buf),
	gzip: gzipSync(buf, { level: 9 }).length,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Resolve a URL from the page to a file in dist (under `base`). */
function fileFor(dist: string, base: string, url: string, from: string): string | undefined {
	const path = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
	if (!path.startsWith(base)) return undefined;
	const file = join(dist, path.slice(base.length));
	return existsSync(file) ? file : undefined;
}

/** A module script and every chunk it imports statically, once each. */
function scriptClosure(entry: string, seen = new Set<string>()): string[] {
	if (seen.has(entry)) return [];
	seen.add(entry);
	const text = readFileSync(entry, 'utf8');
	const imports = [...text.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
		join(dirname(entry), m[1]!),
	);
	return [entry, ...imports.filter(existsSync).flatMap((i) => scriptClosure(i, seen))];
}

/** Measure one built page (`path` under the base, e.g. `/en/modules/module-6/`). */
export function measurePage(dist: string, path: string, base = '/'): PageWeight {
	const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(file, 'utf8');
	const $ = load(html);
	const pagePath = `${base}${path.replace(/^\//, '')}`;
	const cssFiles = $('link[rel=stylesheet]')
		.map((_, el) => fileFor(dist, base, el.attribs.href!, pagePath))
		.get()
		.filter(Boolean) as string[];
	const css = cssFiles.map((f) => readFileSync(f)).reduce((w, b) => add(w, weigh(b)), { raw: 0, gzip: 0 });
	const scripts = $('script[src]')
		.map((_, el) => fileFor(dist, base, el.attribs.src!, pagePath))
		.get()
		.filter(Boolean) as string[];
	const jsFiles = [...new Set(scripts.flatMap((s) => scriptClosure(s)))];
	const js = jsFiles.map((f) => readFileSync(f)).reduce((w, b) => add(w, weigh(b)), { raw: 0, gzip: 0 });
	const blockingScripts = $('head script[src]').filter(
		(_, el) => el.attribs.type !== 'module' && el.attribs.async === undefined && el.attribs.defer === undefined,
	).length;
	const content = $('[data-content-lang]');
	const contentChars = content.text().replace(/\s+/g, ' ').trim().length;
	// The shell: the same page with its own text taken out (content and the tables of contents built from it).
	const shell = load(html);
	shell('[data-content-lang]').empty();
	shell('.toc ol, .related, .cite, .pager, .case-list').empty();
	const fonts = cssFiles.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/@font-face/g)?.length ?? 0), 0);
	return {
		path,
		html: weigh(html),
		css,
		js,
		requiredJs: contentChars > 0 ? 0 : js.raw,
		requestsBeforePaint: 1 + cssFiles.length + blockingScripts,
		webFonts: fonts,
		shellGzip: weigh(shell.html()).gzip + css.gzip,
		contentChars,
	};
}

/** One page of each type of the real site. */
export const pageTypes: Record<string, string> = {
	home: '/en/',
	'module page': '/en/modules/module-6/',
	'modules index': '/ru/modules/',
	'case page': '/en/case-digest/cases/wei-tang/',
	'case list': '/en/case-digest/',
	'digest chapter': '/uz/case-digest/chapters/violence/',
	recommendation: '/ru/recommendations/academies/',
	statistics: '/uz/reports/statistics/',
	glossary: '/uz-cyrl/glossary/',
	search: '/en/search/',
};

/** Budgets the page weights are held to (npm test and npm run bench -- --check). */
export const pageBudgets = { moduleShellGzip: 15 * 1024, requiredJs: 0, requestsBeforePaint: 2, webFonts: 0 };

/** Budget failures for a set of measured pages; empty when all hold. */
export function checkPageBudgets(weights: Record<string, PageWeight>): string[] {
	const out: string[] = [];
	for (const [type, w] of Object.entries(weights)) {
		// Search is the one page that may need JavaScript (the brief: reading needs none, search may).
		if (type !== 'search' && w.requiredJs > pageBudgets.requiredJs)
			out.push(`${type} (${w.path}): needs ${w.requiredJs} bytes of JavaScript to read (budget 0)`);
		if (w.requestsBeforePaint > pageBudgets.requestsBeforePaint)
			out.push(
				`${type}: ${w.requestsBeforePaint} requests before first paint (budget ${pageBudgets.requestsBeforePaint})`,
			);
		if (w.webFonts > pageBudgets.webFonts) out.push(`${type}: loads ${w.webFonts} web fonts (budget 0)`);
	}
	const m = weights['module page'];
	if (m && m.shellGzip > pageBudgets.moduleShellGzip)
		out.push(`module page shell: ${m.shellGzip} bytes gzip (budget ${pageBudgets.moduleShellGzip})`);
	return out;
}
