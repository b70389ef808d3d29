import { resolveFallback } from '../i18n/fallback.ts';
import { getScriptTwin, isLocale, localeConfig, type Locale } from '../i18n/locales.ts';
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
 * Languages whose indexes a reader of `locale` searches, in ranking order, with Pagefind index
 * weights: the edition itself (1), then each fallback language at half the previous weight, so
 * a fallback result only outranks an own-language one when it matches far better; the result
 * list then groups by language, so own-language results always come first.
 */
export function searchLanguages(chain: readonly Locale[]): { locale: Locale; weight: number }[] {
	return chain.map((locale, i) => ({ locale, weight: 1 / 2 ** i }));
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

/** Rewrite a result URL from its own edition to the reader's (where the fallback notice shows). */
export function resultUrlForLocale(url: string, from: Locale, locale: Locale, base: string): string {
	const prefix = `${base}${from}/`;
	return url.startsWith(prefix) ? `${base}${locale}/${url.slice(prefix.length)}` : url;
}
