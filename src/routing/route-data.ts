import type { CollectionEntry } from 'astro:content';
import { getT, type Translate } from '../i18n/ui';
import { locales, type Locale } from '../i18n/locales';
import type { PageCollection } from '../content-index/files';
import { langIfDifferent, resolutionToLocale } from '../lib/lang';
import { headingsToToc, type TocItem } from '../lib/toc';
import { entryToPageMeta, getEntryHeadings, type LocalizedEntry } from './collection-routes';
import { mainNav } from './nav';
import { getContentLocale, type PageMeta } from './page-meta';
import { localizedPath } from './urls';

/** One step of the trail above a page's title. */
interface Breadcrumb {
	label: string;
	href: string;
}

/**
 * Everything a page and its layout need about the route being rendered, computed in one place
 * (as Starlight's `getRouteData` does): pages call one function and draw.
 */
export interface RouteData {
	/** What the layout needs: edition, path, title, description, fallback, editions, search. */
	meta: PageMeta;
	/** The reader's edition (the interface's language). */
	locale: Locale;
	/** The language of the page's text (another edition's for a fallback copy). */
	contentLocale: Locale;
	/** Interface strings in the reader's edition. */
	t: Translate;
	/** A locale-free path (`/modules/`) in the reader's edition, under the base path. */
	url: (path: string) => string;
	/** `lang` for interface text set inside the page's text, when the two languages differ. */
	uiLang: string | undefined;
	/** `lang` for the page's text set inside the interface, when the two languages differ. */
	contentLang: string | undefined;
	/** `lang` for another entry's title shown on this page (its own language, when it differs). */
	langOf: (other: Pick<LocalizedEntry<PageCollection>, 'route'>) => string | undefined;
	/** Home, then the section of the site the page belongs to (the page itself is not a step). */
	breadcrumbs: Breadcrumb[];
	/** The sections of the page, for its table of contents. */
	toc: TocItem[];
}

/** The trail above a page: the edition's home and the main-navigation section it sits under. */
function getBreadcrumbs(path: string, t: Translate, url: (p: string) => string): Breadcrumb[] {
	if (path === '/') return [];
	const section = mainNav.find((n) => n.path !== '/' && path.startsWith(n.path) && path !== n.path);
	const home = mainNav[0]!;
	return [home, ...(section ? [section] : [])].map((n) => ({ label: t(n.label), href: url(n.path) }));
}

function routeData(meta: PageMeta, toc: TocItem[]): RouteData {
	const { locale } = meta;
	const t = getT(locale);
	const url = (path: string) => localizedPath(locale, path, import.meta.env.BASE_URL);
	const contentLocale = getContentLocale(meta);
	return {
		meta,
		locale,
		contentLocale,
		t,
		url,
		uiLang: langIfDifferent(locale, contentLocale),
		contentLang: langIfDifferent(contentLocale, locale),
		langOf: (other) => langIfDifferent(resolutionToLocale(locale, other.route.resolution), locale),
		breadcrumbs: getBreadcrumbs(meta.path, t, url),
		toc,
	};
}

/**
 * The route data of a collection page (a module, case, chapter…) at one edition's URL: its meta
 * from the entry and its route, and its table of contents from the entry's headings, with the
 * page's own sections before and after (learning outcomes, the chapter's case list).
 */
export async function getEntryRouteData<C extends PageCollection>(
	localized: LocalizedEntry<C>,
	/** The page's title and search record, and its own sections (or a function of the edition's strings). */
	spec: EntryPageSpec | ((t: Translate) => EntryPageSpec),
): Promise<RouteData> {
	const { toc, ...meta } = typeof spec === 'function' ? spec(getT(localized.route.locale)) : spec;
	const items =
		toc === false
			? []
			: [
					...(toc?.before ?? []),
					...headingsToToc(await getEntryHeadings(localized.entry as CollectionEntry<PageCollection>)),
					...(toc?.after ?? []),
				];
	return routeData(entryToPageMeta(localized, meta), items);
}

/** What a collection page adds to its route: title, description, search record, own sections. */
export type EntryPageSpec = Pick<PageMeta, 'title' | 'description' | 'search'> & {
	/** Sections of the page before and after the entry's text; `false` for no table of contents. */
	toc?: { before?: TocItem[]; after?: TocItem[] } | false;
};

/**
 * The route data of a page built from interface strings and data (an index, the glossary, search):
 * a real edition in every language.
 */
export function getEditionRouteData(
	locale: Locale,
	path: string,
	page: { title: string; description?: string; noindex?: boolean; search?: PageMeta['search']; toc?: TocItem[] },
): RouteData {
	const { toc = [], ...rest } = page;
	return routeData(
		{ locale, path, ...rest, resolution: { type: 'translated', from: locale }, realLocales: locales },
		toc,
	);
}

/** `getStaticPaths` for pages that exist once per edition; the edition arrives typed in `Astro.props`. */
export function editionPaths() {
	return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}
