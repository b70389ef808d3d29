/**
 * The site's editions and their fallback chains, defined once.
 * Everything else (routing, hreflang, search, translation status) reads from here.
 */
export const locales = ['en', 'ru', 'uz', 'uz-cyrl'] as const;
export type Locale = (typeof locales)[number];

/** The source language: every page exists in it; every chain ends in it. */
export const sourceLocale: Locale = 'en';

/** A writing system, as an ISO 15924 code. */
export type Script = 'Latn' | 'Cyrl';

export interface LocaleConfig {
	/** BCP-47 tag for `lang`, hreflang and the search index (Pagefind's language). */
	lang: string;
	/** The edition's name in its own language, for the chooser and switcher. */
	label: string;
	/** Short code shown where space is scarce (badges, the phone header). */
	short: string;
	/** The writing system of the edition. */
	script: Script;
	/** Text direction. */
	dir: 'ltr' | 'rtl';
	/** Open Graph locale of the edition (`language_TERRITORY`). */
	ogLocale: string;
	/** Locales tried, in order, when a page has no version in this one. */
	fallback: readonly Locale[];
	/** Locale this edition is derived from by transliteration, if any (its pages, data and UI strings). */
	derivedFrom?: Locale;
	/** Data files (labels, glossary) must give their text in this language; a new edition may start without. */
	requiredInData: boolean;
}

export const localeConfig: Record<Locale, LocaleConfig> = {
	en: {
		lang: 'en',
		label: 'English',
		short: 'EN',
		script: 'Latn',
		dir: 'ltr',
		ogLocale: 'en_GB',
		fallback: [],
		requiredInData: true,
	},
	ru: {
		lang: 'ru',
		label: 'Русский',
		short: 'RU',
		script: 'Cyrl',
		dir: 'ltr',
		ogLocale: 'ru_RU',
		fallback: ['en'],
		requiredInData: true,
	},
	uz: {
		lang: 'uz',
		label: 'Oʻzbekcha',
		short: 'UZ',
		script: 'Latn',
		dir: 'ltr',
		ogLocale: 'uz_UZ',
		fallback: ['ru', 'en'],
		requiredInData: true,
	},
	'uz-cyrl': {
		lang: 'uz-Cyrl',
		label: 'Ўзбекча',
		short: 'ЎЗ',
		script: 'Cyrl',
		dir: 'ltr',
		ogLocale: 'uz_UZ',
		fallback: ['uz', 'ru', 'en'],
		derivedFrom: 'uz',
		requiredInData: false,
	},
};

/** Editions written by hand (translators' folders under content/), the source first. */
export const handWrittenLocales: readonly Locale[] = locales.filter((l) => !localeConfig[l].derivedFrom);

/** Editions translated by hand from the source: what translators work on. */
export const translatedLocales: readonly Locale[] = handWrittenLocales.filter((l) => l !== sourceLocale);

/** Editions that data files must give text in (the rest fall back along their chain). */
export const dataLocales: readonly Locale[] = locales.filter((l) => localeConfig[l].requiredInData);

/** Editions derived from `locale` by transliteration. */
export function getDerivedLocales(locale: Locale): Locale[] {
	return locales.filter((l) => localeConfig[l].derivedFrom === locale);
}

/**
 * The same language in another script, if the site has it (`uz` ↔ `uz-cyrl`): readers may type
 * a search in either script.
 */
export function getScriptTwin(locale: Locale): Locale | undefined {
	const primary = (l: Locale) => localeConfig[l].lang.split('-')[0];
	return locales.find(
		(l) => l !== locale && primary(l) === primary(locale) && localeConfig[l].script !== localeConfig[locale].script,
	);
}

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
		const from = config[locale]?.derivedFrom;
		if (from !== undefined && !known.has(from))
			problems.push(`Locale "${locale}" is derived from "${from}", which is not a configured locale.`);
		if (from !== undefined && config[from]?.derivedFrom !== undefined)
			problems.push(
				`Locale "${locale}" is derived from "${from}", which is itself derived: derive from a hand-written edition.`,
			);
	}
	return problems;
}
