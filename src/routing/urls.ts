import { isLocale, type Locale } from '../i18n/locales.ts';
import type { PageCollection } from '../content-index/files.ts';

/** Where each page collection lives in the URL space (without locale). */
const collectionBasePath: Record<PageCollection, string> = {
	modules: '/modules/',
	cases: '/case-digest/cases/',
	digest: '/case-digest/chapters/',
	recommendations: '/recommendations/',
	reports: '/reports/',
	news: '/news/',
};

/** The locale-free path of a page in a collection, e.g. `/modules/module-6/`. */
export function collectionEntryToPath(collection: PageCollection, slug: string): string {
	return `${collectionBasePath[collection]}${slug}/`;
}

function withTrailingSlash(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The URL of a locale-free path in an edition, under the site's base path.
 * Keeps `?query` and `#fragment`; always ends the path with a slash (the site's policy).
 * @example localizedPath('ru', '/modules/module-6/#consent', '/e4j/') // '/e4j/ru/modules/module-6/#consent'
 */
export function localizedPath(locale: Locale, path: string, base = '/'): string {
	const m = /^([^?#]*)([?#].*)?$/.exec(path)!;
	let pathname = m[1] || '/';
	if (!pathname.startsWith('/')) pathname = `/${pathname}`;
	if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname)) pathname += '/';
	return `${withTrailingSlash(base)}${locale}${pathname}${m[2] ?? ''}`;
}

/**
 * Split a site pathname into its edition and the locale-free rest.
 * @example pathnameToLocalePath('/e4j/uz/modules/', '/e4j/') // { locale: 'uz', path: '/modules/' }
 */
export function pathnameToLocalePath(pathname: string, base = '/'): { locale: Locale | undefined; path: string } {
	const b = withTrailingSlash(base);
	const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
	const [first, ...tail] = rest.split('/');
	if (first && isLocale(first)) return { locale: first, path: `/${tail.join('/')}` };
	return { locale: undefined, path: `/${rest}` };
}
