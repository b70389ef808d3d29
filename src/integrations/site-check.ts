import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDeadLinks, type BuiltPage } from '../lib/link-check.ts';
import { findRemovedUrls, readRedirects, readUrlLock, URL_LOCK, REDIRECTS } from '../lib/url-lock.ts';
import { ContentError, type ContentProblem } from '../content-index/errors.ts';
import { pathnameToLocalePath } from '../lib/urls.ts';

/** Every HTML page in `dist`, as paths under the base (`/ru/modules/module-6/`). */
export function readBuiltPages(dist: string): BuiltPage[] {
	const out: BuiltPage[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html'))
				out.push({
					path: `/${relative(dist, p).split('\\').join('/')}`.replace(/index\.html$/, ''),
					html: readFileSync(p, 'utf8'),
				});
		}
	};
	walk(dist);
	return out;
}

/** The line of a content file where a link target is written (links are written without a language). */
function lineOfLink(root: string, file: string, href: string, base: string): number {
	const path = join(root, file);
	if (!existsSync(path)) return 1;
	const [pathname, rest = ''] = href.split(/(?=[?#])/);
	const plain = pathnameToLocalePath(pathname ?? '', base).path + rest;
	const lines = readFileSync(path, 'utf8').split('\n');
	const i = lines.findIndex((l) => l.includes(`](${plain})`) || l.includes(`](${href})`));
	return i >= 0 ? i + 1 : 1;
}

/**
 * Response headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages); README lists
 * the same for other servers. Hashed assets are cached for a year, HTML is revalidated.
 */
export function headersFile(base: string): string {
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
 * After the build: every internal link and #fragment must resolve in every edition, and no
 * published URL may disappear without a redirect. Fails the build with file and line.
 */
export default function siteCheck(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'tip-site-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const pages = readBuiltPages(dist);
				const problems: ContentProblem[] = [];
				const dead = findDeadLinks(pages, base, (p) => existsSync(join(dist, p)));
				for (const d of dead) {
					// Derived Uzbek Cyrillic pages are made from the Uzbek Latin file: report that one.
					const file = d.sourceFile?.replace(/^derived\/uz-cyrl\//, 'content/uz/');
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
				if (locked.length) {
					const lockLines = readFileSync(join(root, URL_LOCK), 'utf8').split('\n');
					for (const url of findRemovedUrls(locked, built, readRedirects(root))) {
						problems.push({
							file: URL_LOCK,
							line: lockLines.indexOf(url) + 1,
							message: `The published URL ${url} is no longer built.`,
							hint: `Trainers' handouts may link it: add a redirect to its new place in ${REDIRECTS} (from: "${url}", to: "/…/"), or restore the page.`,
						});
					}
				}
				if (problems.length) {
					logger.error(
						`${new ContentError(problems).message}\nThe built site cannot be trusted: fix the links above and build again.`,
					);
					process.exit(1);
				}
				const newUrls = [...built].filter((u) => !locked.includes(u));
				logger.info(
					`${pages.length} pages: every internal link and fragment resolves.${locked.length && newUrls.length ? ` ${newUrls.length} new URLs not yet in ${URL_LOCK} (npm run urls -- --update records them).` : ''}`,
				);
				writeFileSync(join(dist, '_headers'), headersFile(base));
				// A _redirects file for hosts that read one (Netlify, Cloudflare Pages); the HTML redirect pages serve the rest.
				const redirects = readRedirects(root);
				if (redirects.length)
					writeFileSync(
						join(dist, '_redirects'),
						redirects
							.map((r) => `${base.replace(/\/$/, '')}${r.from} ${base.replace(/\/$/, '')}${r.to} 301`)
							.join('\n') + '\n',
					);
			},
		},
	};
}
