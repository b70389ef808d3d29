import { getLocaleChain, type Locale } from './locales';

/** How a page is served at a locale's URL. */
export type FallbackResult =
	/** The page exists in the requested locale. */
	| { type: 'translated'; from: Locale }
	/** The page is shown from `from`, the first locale in the chain that has it. */
	| { type: 'fallback'; from: Locale; chain: Locale[] }
	/** No locale in the chain has the page (only possible when the source lacks it). */
	| { type: 'missing' };

/**
 * Decide which version of a page to show at `locale`.
 * Pure: no Astro, no file system. `available` is the set of locales that have the page.
 * @example resolveFallback('uz', new Set(['en', 'ru'])) // { type: 'fallback', from: 'ru', chain: ['uz','ru','en'] }
 */
export function resolveFallback(locale: Locale, available: ReadonlySet<Locale>): FallbackResult {
	const chain = getLocaleChain(locale);
	const from = chain.find((l) => available.has(l));
	if (from === undefined) return { type: 'missing' };
	if (from === locale) return { type: 'translated', from };
	return { type: 'fallback', from, chain };
}
