// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import postBuild from './src/integrations/post-build.ts';
import { readRedirects } from './src/post-build/url-lock.ts';
import { locales, localeToLang } from './src/i18n/locales.ts';
import { getFallbackPaths } from './src/routing/site-map.ts';

// SITE is the public origin (used for canonical URLs and the sitemap); BASE_PATH lets an
// organisation host the site under a sub-path such as /e4j/.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const fallbackPaths = getFallbackPaths(process.cwd(), base);
const chooserUrl = new URL(base, site).href;

/**
 * Without SITE every absolute URL points at the local preview server: say so once per build, with the fix.
 * @type {import('astro').AstroIntegration}
 */
const siteWarning = {
	name: 'tip-site-warning',
	hooks: {
		'astro:build:start': ({ logger }) => {
			if (process.env.SITE) return;
			logger.warn(
				`SITE is not set, so absolute URLs (canonical, hreflang, og:url and og:image, the sitemap, robots.txt ` +
					`and the addresses printed on handouts) will point at ${site}. To build for the public site, ` +
					`give its address: SITE=https://example.org npm run build`,
			);
		},
	},
};

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Two pages at a time: while one page's files are written, the next renders (measured: a
	// third of page generation was spent waiting on writes with one).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
	// Astro 7's own Markdown pipeline: GFM is built in; heading attributes give `## Title {#id}`.
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
	// Moved pages keep working: each redirect becomes an HTML page with meta refresh and canonical.
	// The destination is a URL, so it carries the base path (the source is matched under the base).
	redirects: Object.fromEntries(readRedirects(process.cwd()).map((r) => [r.from, `${base.replace(/\/$/, '')}${r.to}`])),
	integrations: [
		siteWarning,
		contentCheck(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'en', locales: Object.fromEntries(locales.map((l) => [l, localeToLang(l)])) },
			// Fallback copies are not editions: they stay out of the sitemap and its alternates.
			filter: (page) =>
				!fallbackPaths.has(new URL(page).pathname) && !/\/(offline|translations)\/$/.test(new URL(page).pathname),
			// One alternate per language, plus x-default: the language chooser (as in each page's <head>).
			// The chooser itself is no language's edition, so its URL is never listed as "en".
			serialize: (item) => {
				const links = (item.links ?? []).filter((link) => {
					const path = new URL(link.url).pathname;
					return !fallbackPaths.has(path) && link.url !== chooserUrl;
				});
				return { ...item, links: links.length ? [...links, { lang: 'x-default', url: chooserUrl }] : [] };
			},
		}),
		postBuild(),
	],
	// A strict Content-Security-Policy as a <meta> tag on every page (hosts can send the same as a
	// header, see README). No inline script runs; Pagefind needs 'wasm-unsafe-eval' for its WebAssembly.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	vite: { build: { assetsInlineLimit: 0 } },
	devToolbar: { enabled: false },
});
