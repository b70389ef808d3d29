import { localeConfig, type Locale, type Script } from './locales.ts';
import { cyrillicToLatin, latinToCyrillic } from './transliterate.ts';

/** Converters between the scripts the site's editions are written in. */
const converters: Partial<Record<`${Script}>${Script}`, (text: string) => string>> = {
	'Latn>Cyrl': latinToCyrillic,
	'Cyrl>Latn': cyrillicToLatin,
};

/** The converter from one script to another (the identity when they are the same). */
export function scriptConverter(from: Script, to: Script): (text: string) => string {
	if (from === to) return (text) => text;
	const convert = converters[`${from}>${to}`];
	if (!convert) throw new Error(`No transliteration from ${from} to ${to} is available (src/i18n/derive-text.ts).`);
	return convert;
}

/**
 * For a derived edition, the converter that makes its text from the edition it is derived from
 * (`uz-cyrl`: Uzbek Latin → Cyrillic); undefined for hand-written editions.
 */
export function getDeriveText(locale: Locale): ((text: string) => string) | undefined {
	const from = localeConfig[locale].derivedFrom;
	return from === undefined ? undefined : scriptConverter(localeConfig[from].script, localeConfig[locale].script);
}
