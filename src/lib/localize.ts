import { latinToCyrillic } from '../i18n/transliterate.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedText } from '../schemas/data.ts';

/** A data text in the reader's edition; Uzbek Cyrillic is derived from the Uzbek Latin text. */
export function localizeText(text: LocalizedText & { 'uz-cyrl'?: string }, locale: Locale): string {
	if (locale === 'uz-cyrl') return text['uz-cyrl'] ?? latinToCyrillic(text.uz);
	return text[locale];
}
