import i18next, { type TOptions } from 'i18next';
import en from '../../content/ui/en.json';
import { getDeriveText } from './derive-text';
import { getLocaleChain, locales, localeConfig, localeToLang, sourceLocale, type Locale } from './locales';

/** Every interface string key; English is the reference set. */
type UIKey = keyof typeof en;
/** Base keys, with i18next plural suffixes (`_one`, `_other`…) folded away. */
export type UIBaseKey = UIKey extends infer K
	? K extends `${infer B}_${'one' | 'few' | 'many' | 'other'}`
		? B
		: K
	: never;

type Strings = Record<string, string>;

/** Every hand-written interface-strings file, `content/ui/<locale>.json`. */
// Stryker disable next-line all: Vite reads the glob's arguments before the code runs, so a mutant there cannot be built.
const files = import.meta.glob<Strings>('../../content/ui/*.json', { eager: true, import: 'default' });

/**
 * A derived edition's strings are made from its source edition's by transliteration, so
 * translators keep one file; placeholders (`{{count}}`) are protected from conversion.
 */
function deriveStrings(strings: Strings, convert: (text: string) => string): Strings {
	return Object.fromEntries(
		Object.entries(strings).map(([k, v]) => [
			k,
			v
				.split(/(\{\{[^}]+\}\})/)
				.map((part, i) => (i % 2 ? part : convert(part)))
				.join(''),
		]),
	);
}

/** The string table of a locale: its own file, or the one of the edition it is derived from, converted. */
function stringsOf(locale: Locale): Strings {
	const own = files[`../../content/ui/${locale}.json`];
	if (own) return own;
	const from = localeConfig[locale].derivedFrom;
	const convert = getDeriveText(locale);
	return from && convert ? deriveStrings(stringsOf(from), convert) : {};
}

/** The raw string tables per locale, as loaded (used by the completeness test). */
export const uiStrings = Object.fromEntries(locales.map((l) => [l, stringsOf(l)])) as Record<Locale, Strings>;

const instance = i18next.createInstance();
void instance.init({
	initAsync: false,
	resources: Object.fromEntries(locales.map((l) => [localeToLang(l), { translation: uiStrings[l] }])),
	lng: localeToLang(sourceLocale),
	// A string an edition lacks comes from the next language of its chain (a new edition can start small).
	fallbackLng: Object.fromEntries(locales.map((l) => [localeToLang(l), getLocaleChain(l).slice(1).map(localeToLang)])),
	keySeparator: false,
	nsSeparator: false,
	interpolation: { escapeValue: false },
	returnNull: false,
});

/** A translation function bound to one locale. */
export type Translate = (key: UIBaseKey, options?: TOptions) => string;

/** Get the interface-string function for a locale (plural rules and interpolation from i18next). */
export function getT(locale: Locale): Translate {
	let t = bound.get(locale);
	if (!t) {
		const fixed = instance.getFixedT(localeToLang(locale));
		t = (key, options) => fixed(key, options) as string;
		bound.set(locale, t);
	}
	return t;
}
const bound = new Map<Locale, Translate>();
