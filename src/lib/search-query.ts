import { resolveFallback } from '../i18n/fallback.ts';
import { getLocaleChain, getScriptTwin, isLocale, localeConfig, locales, type Locale } from '../i18n/locales.ts';
import { scriptConverter } from '../i18n/derive-text.ts';
import { hasCyrillic } from '../i18n/transliterate.ts';

/**
 * The query as the edition's index is written: Uzbek readers may type in either script, so a
 * Cyrillic query is transliterated for the Latin index and a Latin one for the Cyrillic index.
 */
export function normalizeQuery(locale: Locale, query: string): string {
	const twin = getScriptTwin(locale);
	if (!twin) return query;
	const script = localeConfig[locale].script;
	const typed = script === 'Latn' ? hasCyrillic(query) : /[A-Za-z]/.test(query);
	return typed ? scriptConverter(localeConfig[twin].script, script)(query) : query;
}

/**
 * The search bundles a reader of `locale` searches, in chain order, each with a weight that only
 * breaks ties between matches of the same quality (see `rankResults`): the edition itself (1),
 * then each fallback language at half the previous weight. A language the edition is derived
 * from (uz for uz-cyrl) is left out: the edition has every one of its pages, so none of its
 * results could ever be shown.
 */
export function searchLanguages(locale: Locale): { locale: Locale; weight: number }[] {
	const derivedFrom = localeConfig[locale].derivedFrom;
	return getLocaleChain(locale)
		.filter((l) => l !== derivedFrom)
		.map((l, i) => ({ locale: l, weight: 1 / 2 ** i }));
}

/**
 * The queries to run against the bundle of `bundle` for a reader of `edition` who typed `raw`:
 * in the edition's own bundle, the query in the edition's script and as typed (an Uzbek page may
 * quote Russian); in a fallback language's bundle, as typed.
 */
export function bundleQueries(edition: Locale, bundle: Locale, raw: string): string[] {
	return bundle === edition ? [...new Set([normalizeQuery(edition, raw), raw])] : [raw];
}

/**
 * The query as an exact phrase (Pagefind's `"…"` search), or nothing for a single word or a query
 * the reader already quoted. Only whole words count, so a phrase match is a match word for word.
 */
export function phraseQuery(query: string): string | undefined {
	const q = query.trim().replace(/\s+/g, ' ');
	return q.includes(' ') && !q.includes('"') ? `"${q}"` : undefined;
}

/** A search result as far as ranking needs it. */
export interface RankedResult {
	/** The bundle the result came from. */
	locale: Locale;
	/** Pagefind's score within that bundle. */
	score: number;
	/** The page contains the whole query, word for word. */
	phrase: boolean;
	/** Pagefind's page id, unique within a bundle: the last tie-breaker, so the order is stable. */
	id: string;
}

/**
 * Order results from several bundles by how well each page matches: pages that contain the query
 * word for word first, whatever their language; then by Pagefind's score times the bundle's
 * weight, so that for matches of the same quality the reader's own language comes first.
 * The key depends on the result alone, so adding results from a bundle that answers later never
 * changes the order of those already shown: new ones only slot in between.
 */
export function rankResults<T extends RankedResult>(results: readonly T[], weights: ReadonlyMap<Locale, number>): T[] {
	const weight = (r: T) => weights.get(r.locale) ?? 0;
	const order = [...weights.keys()];
	return [...results].sort(
		(a, b) =>
			Number(b.phrase) - Number(a.phrase) ||
			b.score * weight(b) - a.score * weight(a) ||
			order.indexOf(a.locale) - order.indexOf(b.locale) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);
}

/**
 * Is a result from index `from` the copy that readers of `locale` see? Only when the page has
 * no version earlier in the chain; otherwise the reader's own edition already covers it.
 */
export function isVisibleFallback(locale: Locale, from: Locale, editions: readonly string[]): boolean {
	const have = new Set(editions.filter(isLocale));
	const r = resolveFallback(locale, have);
	return r.type !== 'missing' && r.from === from;
}

/**
 * The Pagefind filter that says which other editions show a page's copy (they have no version of
 * their own): a fallback bundle is searched with `fallback-for: <the reader's edition>`, so it
 * answers with the copies that edition shows and no result is fetched only to be hidden.
 */
export const FALLBACK_FILTER = 'fallback-for';

/** The editions, other than `from`, whose readers see the copy in `from` of a page that exists in `editions`. */
export function fallbackReaders(from: Locale, editions: readonly string[]): Locale[] {
	return locales.filter((l) => l !== from && isVisibleFallback(l, from, editions));
}

/** Rewrite a result URL from its own edition to the reader's (where the fallback notice shows). */
export function resultUrlForLocale(url: string, from: Locale, locale: Locale, base: string): string {
	const prefix = `${base}${from}/`;
	return url.startsWith(prefix) ? `${base}${locale}/${url.slice(prefix.length)}` : url;
}
