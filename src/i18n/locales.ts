/**
 * The site's editions and their fallback chains, defined once.
 * Everything else (routing, hreflang, search, translation status) reads from here.
 */
export const locales = ['en', 'ru', 'uz', 'uz-cyrl'] as const;
export type Locale = (typeof locales)[number];

/** The source language: every page exists in it; every chain ends in it. */
export const sourceLocale: Locale = 'en';

export interface LocaleConfig {
	/** BCP-47 tag for `lang`, hreflang and the search index. */
	lang: string;
	/** The edition's name in its own language, for the chooser and switcher. */
	label: string;
	/** Locales tried, in order, when a page has no version in this one. */
	fallback: readonly Locale[];
	/** Locale this edition is derived from by transliteration, if any. */
	derivedFrom?: Locale;
}

export const localeConfig: Record<Locale, LocaleConfig> = {
	en: { lang: 'en', label: 'English', fallback: [] },
	ru: { lang: 'ru', label: 'Русский', fallback: ['en'] },
	uz: { lang: 'uz', label: 'Oʻzbekcha', fallback: ['ru', 'en'] },
	'uz-cyrl': { lang: 'uz-Cyrl', label: 'Ўзбекча', fallback: ['uz', 'ru', 'en'], derivedFrom: 'uz' },
};

/** Narrow an arbitrary string (a folder name, a URL segment) to a configured locale. */
export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

/** The BCP-47 language tag of a locale (`uz-cyrl` → `uz-Cyrl`). */
export function localeToLang(locale: Locale): string {
	return localeConfig[locale].lang;
}

/** The locale whose `lang` tag is given, if any. */
export function langToLocale(lang: string): Locale | undefined {
	return locales.find((l) => localeConfig[l].lang.toLowerCase() === lang.toLowerCase());
}

/** The full order in which a page's versions are looked for: the locale itself, then its chain. */
export function getLocaleChain(locale: Locale): Locale[] {
	return [locale, ...localeConfig[locale].fallback];
}

/**
 * Check the locale configuration up front (modelled on Astro's `validateI18nFallback`).
 * Returns a list of problems; empty means valid.
 */
export function validateLocaleConfig(config: Record<string, LocaleConfig>, source: string): string[] {
	const problems: string[] = [];
	const known = new Set(Object.keys(config));
	if (!known.has(source)) problems.push(`The source locale "${source}" is not configured.`);
	for (const [locale, { fallback }] of Object.entries(config)) {
		const seen = new Set<string>([locale]);
		for (const next of fallback) {
			if (!known.has(next))
				problems.push(`Locale "${locale}" falls back to "${next}", which is not a configured locale.`);
			if (seen.has(next)) problems.push(`Locale "${locale}" has a cycle in its fallback chain at "${next}".`);
			seen.add(next);
		}
		if (locale !== source && fallback.at(-1) !== source) {
			problems.push(`The fallback chain of "${locale}" must end in the source locale "${source}".`);
		}
		if (locale === source && fallback.length > 0) problems.push(`The source locale "${source}" cannot fall back.`);
	}
	return problems;
}
