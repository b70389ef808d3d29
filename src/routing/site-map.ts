import { resolveFallback, type FallbackResult } from '../i18n/fallback.ts';
import { locales, localeConfig, sourceLocale, type Locale } from '../i18n/locales.ts';
import { getContentIndex } from '../content-index/index.ts';
import { pageCollections, type PageCollection } from '../content-index/files.ts';
import { collectionEntryToPath, localizedPath } from './urls.ts';

/** One page of a collection as served at one edition's URL. */
export interface PageRoute {
	collection: PageCollection;
	slug: string;
	locale: Locale;
	/** Locale-free path, e.g. `/modules/module-6/`. */
	path: string;
	resolution: FallbackResult;
	/** True when the content is derived by transliteration (uz-cyrl from uz). */
	derived: boolean;
	/** Locales with a real (hand-written or derived) edition of this page, in site order. */
	realLocales: Locale[];
}

/**
 * Every collection page at every edition's URL, resolved through the fallback chains.
 * `available` maps `collection/slug` to the locales with a real edition (hand-written or
 * derived); `handWritten` tells which of those have their own file.
 */
function getPageRoutes(
	available: ReadonlyMap<string, ReadonlySet<Locale>>,
	handWritten: (locale: Locale, key: string) => boolean,
): PageRoute[] {
	const routes: PageRoute[] = [];
	for (const [key, real] of available) {
		const [collection, slug] = key.split('/') as [PageCollection, string];
		if (!(pageCollections as readonly string[]).includes(collection) || !real.has(sourceLocale)) continue;
		const realLocales = locales.filter((l) => real.has(l));
		for (const locale of locales) {
			routes.push({
				collection,
				slug,
				locale,
				path: collectionEntryToPath(collection, slug),
				resolution: resolveFallback(locale, real),
				derived: Boolean(localeConfig[locale].derivedFrom) && real.has(locale) && !handWritten(locale, key),
				realLocales,
			});
		}
	}
	return routes;
}

/** The routes of the project on disk (content files plus derived editions). */
export function getProjectRoutes(root: string): PageRoute[] {
	const index = getContentIndex(root);
	return getPageRoutes(index.getAvailability(), (locale, key) => {
		const [collection, slug] = key.split('/') as [PageCollection, string];
		return index.getPage(locale, collection, slug) !== undefined;
	});
}

/** Full pathnames (with base) of pages served as fallback copies: kept out of sitemap and hreflang. */
export function getFallbackPaths(root: string, base: string): Set<string> {
	return new Set(
		getProjectRoutes(root)
			.filter((r) => r.resolution.type === 'fallback')
			.map((r) => localizedPath(r.locale, r.path, base)),
	);
}
