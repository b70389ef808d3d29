import { localeToLang, type Locale } from '../i18n/locales.ts';

/**
 * `Intl` formatting per edition. Uzbek Cyrillic uses `uz-Cyrl`, so month names and country
 * names come out in Cyrillic where the runtime's ICU data has them.
 */
export function formatNumber(locale: Locale, value: number): string {
	return new Intl.NumberFormat(localeToLang(locale)).format(value);
}

/** A `YYYY-MM` or `YYYY-MM-DD` date in the reader's language ("March 2019", "2 June 2022"). */
export function formatDate(locale: Locale, isoDate: string): string {
	const [y, m, d] = isoDate.split('-').map(Number);
	const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
	const options: Intl.DateTimeFormatOptions = d
		? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
		: m
			? { year: 'numeric', month: 'long', timeZone: 'UTC' }
			: { year: 'numeric', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(localeToLang(locale), options).format(date);
}

const displayNames = new Map<string, Intl.DisplayNames>();
/** `Intl.DisplayNames` per language and kind, made once (they are costly to construct on every page). */
function getDisplayNames(locale: Locale, type: 'region' | 'language'): Intl.DisplayNames {
	const key = `${locale}:${type}`;
	let names = displayNames.get(key);
	if (!names) displayNames.set(key, (names = new Intl.DisplayNames([localeToLang(locale)], { type })));
	return names;
}

/** A country's name in the reader's language, from its ISO 3166-1 code. */
export function countryName(locale: Locale, code: string): string {
	return getDisplayNames(locale, 'region').of(code) ?? code;
}

/** A language's name in the reader's language (`uz` → "узбекский"). */
export function languageName(locale: Locale, lang: string): string {
	return getDisplayNames(locale, 'language').of(lang) ?? lang;
}
