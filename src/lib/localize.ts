import { latinToCyrillic } from '../i18n/transliterate.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedText } from '../schemas/data.ts';

/** A data text in the reader's edition; Uzbek Cyrillic is derived from the Uzbek Latin text. */
export function localizeText(text: LocalizedText & { 'uz-cyrl'?: string }, locale: Locale): string {
	if (locale === 'uz-cyrl') return text['uz-cyrl'] ?? toCyrillic(text.uz);
	return text[locale];
}

const cyrillic = new Map<string, string>();
/** Data labels recur on hundreds of pages: each is transliterated once. */
function toCyrillic(latin: string): string {
	let out = cyrillic.get(latin);
	if (out === undefined) cyrillic.set(latin, (out = latinToCyrillic(latin)));
	return out;
}
