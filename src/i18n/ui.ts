import i18next, { type TOptions } from 'i18next';
import en from '../../content/ui/en.json';
import ru from '../../content/ui/ru.json';
import uz from '../../content/ui/uz.json';
import { latinToCyrillic } from './transliterate';
import { locales, localeToLang, type Locale } from './locales';

/** Every interface string key; English is the reference set. */
export type UIKey = keyof typeof en;
/** Base keys, with i18next plural suffixes (`_one`, `_other`…) folded away. */
export type UIBaseKey = UIKey extends infer K
	? K extends `${infer B}_${'one' | 'few' | 'many' | 'other'}`
		? B
		: K
	: never;

type Strings = Record<string, string>;

/**
 * Uzbek Cyrillic strings are derived from the Latin ones by transliteration, so translators
 * keep one file; placeholders (`{{count}}`) are protected from conversion.
 */
function deriveCyrillic(strings: Strings): Strings {
	return Object.fromEntries(
		Object.entries(strings).map(([k, v]) => [
			k,
			v
				.split(/(\{\{[^}]+\}\})/)
				.map((part, i) => (i % 2 ? part : latinToCyrillic(part)))
				.join(''),
		]),
	);
}

/** The raw string tables per locale, as loaded (used by the completeness test). */
export const uiStrings: Record<Locale, Strings> = { en, ru, uz, 'uz-cyrl': deriveCyrillic(uz) };

const instance = i18next.createInstance();
void instance.init({
	initAsync: false,
	resources: Object.fromEntries(locales.map((l) => [localeToLang(l), { translation: uiStrings[l] }])),
	lng: 'en',
	fallbackLng: false,
	keySeparator: false,
	nsSeparator: false,
	interpolation: { escapeValue: false },
	returnNull: false,
});

/** A translation function bound to one locale. */
export type Translate = (key: UIBaseKey, options?: TOptions) => string;

/** Get the interface-string function for a locale (plural rules and interpolation from i18next). */
export function getT(locale: Locale): Translate {
	const t = instance.getFixedT(localeToLang(locale));
	return (key, options) => t(key, options) as string;
}
