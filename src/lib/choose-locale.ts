import { localeConfig, type Locale } from '../i18n/locales.ts';

/**
 * Pick the edition to open from `/`: a remembered choice first, then the browser's languages,
 * each matched on the editions' BCP-47 tags: a tag that names the script (`uz-Cyrl-UZ`) picks the
 * edition in that script, a plain one (`uz-UZ`) the edition of that language with no script in
 * its tag. Returns undefined when nothing matches, and the chooser stays.
 * @example chooseLocale(null, ['ru-RU', 'en'], locales) // 'ru'
 */
export function chooseLocale(
	remembered: string | null,
	languages: readonly string[],
	locales: readonly Locale[],
): Locale | undefined {
	if (remembered && (locales as readonly string[]).includes(remembered)) return remembered as Locale;
	const subtags = (tag: string) => tag.toLowerCase().split('-');
	for (const tag of languages) {
		const [primary, ...rest] = subtags(tag);
		const candidates = locales.filter((l) => subtags(localeConfig[l].lang)[0] === primary);
		const script = rest.find((s) => s.length === 4);
		const match =
			candidates.find((l) => script !== undefined && subtags(localeConfig[l].lang).includes(script)) ??
			candidates.find((l) => subtags(localeConfig[l].lang).length === 1) ??
			candidates[0];
		if (match) return match;
	}
	return undefined;
}
