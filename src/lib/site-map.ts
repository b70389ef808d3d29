import { resolveFallback, type FallbackResult } from '../i18n/fallback.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { getAvailability, listContentFiles, pageCollections, type PageCollection } from './content-files.ts';
import { collectionEntryToPath, localizedPath } from './urls.ts';
import { listDerivedPages } from './derive-paths.ts';

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
 * `available` maps `collection/slug` to the locales that have a file; `derived` lists
 * `collection/slug` pages that exist in uz-cyrl by derivation.
 */
export function getPageRoutes(
	available: ReadonlyMap<string, ReadonlySet<Locale>>,
	derived: ReadonlySet<string> = new Set(),
): PageRoute[] {
	const routes: PageRoute[] = [];
	for (const [key, have] of available) {
		const [collection, slug] = key.split('/') as [PageCollection, string];
		if (!(pageCollections as readonly string[]).includes(collection) || !have.has('en')) continue;
		const real = new Set<Locale>(have);
		if (derived.has(key)) real.add('uz-cyrl');
		const realLocales = locales.filter((l) => real.has(l));
		for (const locale of locales) {
			routes.push({
				collection,
				slug,
				locale,
				path: collectionEntryToPath(collection, slug),
				resolution: resolveFallback(locale, real),
				derived: locale === 'uz-cyrl' && derived.has(key) && !have.has('uz-cyrl'),
				realLocales,
			});
		}
	}
	return routes;
}

/** The routes of the project on disk (content files plus derived pages). */
export function getProjectRoutes(root: string): PageRoute[] {
	const files = listContentFiles(root);
	return getPageRoutes(getAvailability(files), listDerivedPages(files));
}

/** Full pathnames (with base) of pages served as fallback copies: kept out of sitemap and hreflang. */
export function getFallbackPaths(root: string, base: string): Set<string> {
	return new Set(
		getProjectRoutes(root)
			.filter((r) => r.resolution.type === 'fallback')
			.map((r) => localizedPath(r.locale, r.path, base)),
	);
}
