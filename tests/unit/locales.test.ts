import { describe, expect, it } from 'vitest';
import {
	getLocaleChain,
	isLocale,
	langToLocale,
	locales,
	localeConfig,
	localeToLang,
	sourceLocale,
	validateLocaleConfig,
	type LocaleConfig,
} from '../../src/i18n/locales';

describe('locale configuration', () => {
	it('is valid as configured', () => {
		expect(validateLocaleConfig(localeConfig, sourceLocale)).toEqual([]);
	});
	it('gives the BCP-47 tags the pages use', () => {
		expect(['en', 'ru', 'uz', 'uz-cyrl'].map((l) => localeToLang(l as never))).toEqual(['en', 'ru', 'uz', 'uz-Cyrl']);
	});
	it('has the chains of DESIGN.md', () => {
		expect(getLocaleChain('uz-cyrl')).toEqual(['uz-cyrl', 'uz', 'ru', 'en']);
		expect(getLocaleChain('uz')).toEqual(['uz', 'ru', 'en']);
		expect(getLocaleChain('ru')).toEqual(['ru', 'en']);
		expect(getLocaleChain('en')).toEqual(['en']);
	});
	it('reports unknown targets, cycles and chains that do not end in the source', () => {
		// Deliberately wrong: "kk" is not a locale, uz lists itself.
		const bad = {
			en: { lang: 'en', label: 'English', fallback: [] },
			ru: { lang: 'ru', label: 'Русский', fallback: ['kk'] },
			uz: { lang: 'uz', label: 'Oʻzbekcha', fallback: ['ru', 'uz', 'en'] },
		} as unknown as Record<string, LocaleConfig>;
		expect(validateLocaleConfig(bad, 'en')).toMatchInlineSnapshot(`
			[
			  "Locale "ru" falls back to "kk", which is not a configured locale.",
			  "The fallback chain of "ru" must end in the source locale "en".",
			  "Locale "uz" has a cycle in its fallback chain at "uz".",
			]
		`);
	});
	it('names each edition in its own language', () => {
		expect(locales.map((l) => localeConfig[l].label)).toEqual(['English', 'Русский', 'Oʻzbekcha', 'Ўзбекча']);
	});
	it('derives only Uzbek Cyrillic, from Uzbek Latin', () => {
		expect(locales.map((l) => localeConfig[l].derivedFrom)).toEqual([undefined, undefined, undefined, 'uz']);
	});
	it('has English as the source', () => {
		expect(sourceLocale).toBe('en');
	});
	it('reports a source locale that is not configured', () => {
		const config = { ru: { lang: 'ru', label: 'Русский', fallback: ['en'] } } as unknown as Record<
			string,
			LocaleConfig
		>;
		expect(validateLocaleConfig(config, 'en')).toEqual([
			'The source locale "en" is not configured.',
			'Locale "ru" falls back to "en", which is not a configured locale.',
		]);
	});
	it('reports a source locale that falls back', () => {
		const config = {
			en: { lang: 'en', label: 'English', fallback: ['ru'] },
			ru: { lang: 'ru', label: 'Русский', fallback: ['en'] },
		} as unknown as Record<string, LocaleConfig>;
		expect(validateLocaleConfig(config, 'en')).toEqual(['The source locale "en" cannot fall back.']);
	});
	it('reports a locale listed twice in a chain', () => {
		const config = {
			en: { lang: 'en', label: 'English', fallback: [] },
			ru: { lang: 'ru', label: 'Русский', fallback: ['en'] },
			uz: { lang: 'uz', label: 'Oʻzbekcha', fallback: ['ru', 'ru', 'en'] },
		} as unknown as Record<string, LocaleConfig>;
		expect(validateLocaleConfig(config, 'en')).toEqual(['Locale "uz" has a cycle in its fallback chain at "ru".']);
	});
});

describe('isLocale', () => {
	it('accepts a configured locale', () => {
		expect(isLocale('uz-cyrl')).toBe(true);
	});
	it('refuses another string', () => {
		expect(isLocale('uz-Cyrl')).toBe(false);
	});
});

describe('langToLocale', () => {
	it('finds the locale of a BCP-47 tag', () => {
		expect(langToLocale('uz-Cyrl')).toBe('uz-cyrl');
	});
	it('ignores the case of the tag', () => {
		expect(langToLocale('UZ-CYRL')).toBe('uz-cyrl');
	});
	it('finds nothing for a language without an edition', () => {
		expect(langToLocale('kk')).toBeUndefined();
	});
});
