import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from './built-site.ts';
import { findDeadLinks } from './link-check.ts';
import { findRemovedUrls, readRedirects, readUrlLock, URL_LOCK, REDIRECTS } from './url-lock.ts';
import { type ContentProblem } from '../content-index/errors.ts';
import { getContentIndex } from '../content-index/index.ts';
import { pathnameToLocalePath } from '../routing/urls.ts';

/** The line of a content file where a link target is written (links are written without a language). */
function lineOfLink(root: string, file: string, href: string, base: string): number {
	const text = getContentIndex(root).pages.find((p) => p.file === file)?.source.text;
	if (text === undefined) return 1;
	const [pathname, rest = ''] = href.split(/(?=[?#])/);
	const plain = pathnameToLocalePath(pathname ?? '', base).path + rest;
	const i = text.split('\n').findIndex((l) => l.includes(`](${plain})`) || l.includes(`](${href})`));
	return i >= 0 ? i + 1 : 1;
}

/**
 * Response headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages); README lists
 * the same for other servers. Hashed assets are cached for a year, HTML is revalidated.
 */
function headersFile(base: string): string {
	const b = base.replace(/\/$/, '');
	return `${b}/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
  Cache-Control: no-cache
${b}/_astro/*
  Cache-Control: public, max-age=31536000, immutable
${b}/pagefind/*
  Cache-Control: public, max-age=86400
`;
}

/**
 * Every internal link and #fragment must resolve in every edition, and no published URL may
 * disappear without a redirect. Returns the problems (file and line); writes `_headers` and
 * `_redirects` for hosts that read them.
 */
export function checkBuiltSite(
	pages: readonly BuiltPage[],
	{ root, dist, base }: { root: string; dist: string; base: string },
): { problems: ContentProblem[]; newUrls: string[] } {
	const problems: ContentProblem[] = [];
	for (const d of findDeadLinks(pages, base, (p) => existsSync(join(dist, p)))) {
		const file = d.sourceFile;
		const what =
			d.reason === 'no-fragment'
				? `links to a section that does not exist on the target page: ${d.href}`
				: `links to a page that does not exist: ${d.href}`;
		problems.push({
			file: file ?? `(template) ${d.page}`,
			line: file ? lineOfLink(root, file, d.href, base) : 1,
			message: `On ${d.page}, this ${what}.`,
			hint:
				d.reason === 'no-fragment'
					? 'Check the #id against the headings of the target page (ids are the same in every language).'
					: 'Check the path: internal links are written without a language, e.g. /modules/module-6/, and must end with /.',
		});
	}
	const built = new Set(pages.map((p) => p.path).filter((p) => p !== '/404.html'));
	const locked = readUrlLock(root);
	const redirects = readRedirects(root);
	if (locked.length) {
		const lockLines = readFileSync(join(root, URL_LOCK), 'utf8').split('\n');
		for (const url of findRemovedUrls(locked, built, redirects)) {
			problems.push({
				file: URL_LOCK,
				line: lockLines.indexOf(url) + 1,
				message: `The published URL ${url} is no longer built.`,
				hint: `Trainers' handouts may link it: add a redirect to its new place in ${REDIRECTS} (from: "${url}", to: "/…/"), or restore the page.`,
			});
		}
	}
	if (!problems.length) {
		writeFileSync(join(dist, '_headers'), headersFile(base));
		const prefix = base.replace(/\/$/, '');
		if (redirects.length)
			writeFileSync(
				join(dist, '_redirects'),
				redirects.map((r) => `${prefix}${r.from} ${prefix}${r.to} 301`).join('\n') + '\n',
			);
	}
	const lockedSet = new Set(locked);
	return { problems, newUrls: locked.length ? [...built].filter((u) => !lockedSet.has(u)) : [] };
}
