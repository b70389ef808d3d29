import type { Locale } from '../i18n/locales.ts';

/**
 * Pick the edition to open from `/`: a remembered choice first, then the browser's languages.
 * Uzbek in Cyrillic (`uz-Cyrl`) maps to `uz-cyrl`, other Uzbek to `uz`. Returns undefined when
 * nothing matches, and the chooser stays.
 * @example chooseLocale(null, ['ru-RU', 'en'], locales) // 'ru'
 */
export function chooseLocale(
	remembered: string | null,
	languages: readonly string[],
	locales: readonly Locale[],
): Locale | undefined {
	if (remembered && (locales as readonly string[]).includes(remembered)) return remembered as Locale;
	for (const tag of languages) {
		const lower = tag.toLowerCase();
		if (lower.startsWith('uz')) return lower.includes('cyrl') && locales.includes('uz-cyrl') ? 'uz-cyrl' : 'uz';
		const primary = lower.split('-')[0]!;
		const match = locales.find((l) => l === primary);
		if (match) return match;
	}
	return undefined;
}
