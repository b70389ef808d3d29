import { describe, expect, it } from 'vitest';
import {
	getLocaleChain,
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
});
