import { localeToLang, type Locale } from '../i18n/locales.ts';
import type { FallbackResult } from '../i18n/fallback.ts';

/**
 * The `lang` attribute an element needs inside a context of language `context`: the element's
 * language when it differs, otherwise undefined (so the attribute is left out).
 */
export function langIfDifferent(element: Locale, context: Locale): string | undefined {
	return localeToLang(element) !== localeToLang(context) ? localeToLang(element) : undefined;
}

/** The locale a resolved page's text is in. */
export function resolutionToLocale(locale: Locale, resolution: FallbackResult): Locale {
	return resolution.type === 'fallback' ? resolution.from : locale;
}
