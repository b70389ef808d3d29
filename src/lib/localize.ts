import { getDeriveText } from '../i18n/derive-text.ts';
import { getLocaleChain, localeConfig, type Locale } from '../i18n/locales.ts';

/** A data text in some of the editions' languages (`{ en, ru, uz }`, sometimes `uz-cyrl`). */
export type LocalizedTextInput = Partial<Record<Locale, string>>;

const derived = new Map<string, string>();

/**
 * A data text in the reader's edition: its own language when the data gives it; for a derived
 * edition, the text of the edition it is derived from, transliterated (once per text: labels recur
 * on hundreds of pages); otherwise the first language of the fallback chain that has it.
 */
export function localizeText(text: LocalizedTextInput, locale: Locale): string {
	const own = text[locale];
	if (own !== undefined) return own;
	const from = localeConfig[locale].derivedFrom;
	const derive = getDeriveText(locale);
	if (from !== undefined && derive && text[from] !== undefined) {
		const key = `${locale}\u0000${text[from]}`;
		let out = derived.get(key);
		if (out === undefined) derived.set(key, (out = derive(text[from]!)));
		return out;
	}
	for (const l of getLocaleChain(locale)) if (text[l] !== undefined) return text[l]!;
	throw new Error(`A data text has no language of the ${locale} chain: ${JSON.stringify(text)}`);
}
