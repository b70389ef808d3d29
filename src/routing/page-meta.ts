import type { FallbackResult } from '../i18n/fallback.ts';
import { locales, localeConfig, localeToLang, type Locale } from '../i18n/locales.ts';
import { localizedPath } from './urls.ts';

/** Everything the layout needs to know about a page, computed before rendering. */
export interface PageMeta {
	locale: Locale;
	/** Locale-free path of the page, e.g. `/modules/module-6/`. */
	path: string;
	title: string;
	description?: string;
	/** How the content is served: translated, or from another locale of the chain. */
	resolution: FallbackResult;
	/** Editions that really exist for this page (all, for pages built from UI strings and data). */
	realLocales: readonly Locale[];
	/** True when the content was transliterated from the uz edition. */
	derived?: boolean;
	/** True when the page's translation exists but is older than its English source. */
	outdated?: boolean;
	/** The content file the page's text comes from, for build checks that name file and line. */
	sourceFile?: string;
	/** How search indexes the page: its type and filter values; false keeps it out (lists, indexes). */
	search?: SearchInfo | false;
	/** Mark as not to be indexed by search (fallback copies, the 404). */
	noindex?: boolean;
}

/** Kinds of page, as search filters and badges name them. */
type SearchType = 'module' | 'case' | 'chapter' | 'recommendation' | 'report' | 'news' | 'glossary';

/** What search records about a page besides its text. */
interface SearchInfo {
	type: SearchType;
	filters?: Partial<Record<'module' | 'country' | 'year' | 'issue', (string | number)[]>>;
}

/** The locale whose text fills the page's main content. */
export function getContentLocale(meta: Pick<PageMeta, 'locale' | 'resolution'>): Locale {
	return meta.resolution.type === 'fallback' ? meta.resolution.from : meta.locale;
}

/** Canonical URL, hreflang alternates and robots for a page. */
export function getHeadLinks(meta: PageMeta, site: URL | undefined, base: string) {
	const abs = (p: string) => (site ? new URL(p, site).href : p);
	const canonicalLocale = getContentLocale(meta);
	const isFallback = meta.resolution.type === 'fallback';
	return {
		canonical: abs(localizedPath(canonicalLocale, meta.path, base)),
		// A fallback copy is not an edition: it lists no alternates and points canonical at the real one.
		alternates: isFallback
			? []
			: [
					...locales
						.filter((l) => meta.realLocales.includes(l))
						.map((l) => ({ hreflang: localeToLang(l), href: abs(localizedPath(l, meta.path, base)) })),
					{ hreflang: 'x-default', href: abs(base) },
				],
		noindex: Boolean(meta.noindex),
	};
}

/**
 * Open Graph locale of each edition (`language_TERRITORY`, as link previews expect). The format has
 * no script subtag, so both Uzbek editions are `uz_UZ`; English is `en_GB`, the programme's spelling.
 */
const ogLocale = (l: Locale) => localeConfig[l].ogLocale;

/** The preview image of an edition: 1200×630 PNG with the site's name in that edition's language. */
export const ogImage = { width: 1200, height: 630, type: 'image/png' } as const;

/** Link-preview facts for a page (Open Graph): its locale, other real editions, image and type. */
export function getSocialMeta(
	meta: Pick<PageMeta, 'locale' | 'resolution' | 'realLocales' | 'sourceFile'>,
	site: URL | undefined,
	base: string,
) {
	const locale = ogLocale(getContentLocale(meta));
	const image = `${base}og/${meta.locale}.png`;
	return {
		locale,
		alternateLocales: [...new Set(meta.realLocales.map(ogLocale))].filter((l) => l !== locale),
		image: site ? new URL(image, site).href : image,
		// A content file (module, case, chapter, news…) is an article; lists and tools are the website.
		type: meta.sourceFile ? 'article' : 'website',
	};
}
