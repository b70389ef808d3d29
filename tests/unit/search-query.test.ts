import { describe, expect, it } from 'vitest';
import { isVisibleFallback, normalizeQuery, resultUrlForLocale, searchLanguages } from '../../src/lib/search-query';
import { getLocaleChain } from '../../src/i18n/locales';
import { latinToCyrillic } from '../../src/i18n/transliterate';

describe('search queries', () => {
	it('finds Latin text from a Cyrillic query in uz, and Cyrillic text from a Latin query in uz-cyrl', () => {
		expect(normalizeQuery('uz', 'одам савдоси')).toBe('odam savdosi');
		expect(normalizeQuery('uz-cyrl', 'odam savdosi')).toBe('одам савдоси');
		expect(normalizeQuery('uz-cyrl', 'qarz asorati')).toBe('қарз асорати');
		expect(normalizeQuery('uz', 'jabrlanuvchi')).toBe('jabrlanuvchi');
		expect(normalizeQuery('ru', 'торговля')).toBe('торговля');
	});
	it('weights fallback languages below the reader’s own', () => {
		expect(searchLanguages(getLocaleChain('uz'))).toEqual([
			{ locale: 'uz', weight: 1 },
			{ locale: 'ru', weight: 0.5 },
			{ locale: 'en', weight: 0.25 },
		]);
	});
	it('keeps a fallback result only when it is the copy the reader sees', () => {
		expect(isVisibleFallback('uz', 'ru', ['en', 'ru'])).toBe(true); // module 9: Russian shown at /uz/
		expect(isVisibleFallback('uz', 'ru', ['en', 'ru', 'uz', 'uz-cyrl'])).toBe(false); // module 6: Uzbek exists
		expect(isVisibleFallback('uz', 'en', ['en', 'ru'])).toBe(false); // Russian comes first in the chain
		expect(isVisibleFallback('ru', 'en', ['en', 'uz', 'uz-cyrl'])).toBe(true); // cases: English at /ru/
	});
	it('links fallback results to the reader’s edition', () => {
		expect(resultUrlForLocale('/e4j/ru/modules/module-9/#state-duties', 'ru', 'uz', '/e4j/')).toBe(
			'/e4j/uz/modules/module-9/#state-duties',
		);
	});
	it('transliterates a one-word Latin query for the Cyrillic index', () => {
		expect(normalizeQuery('uz-cyrl', 'Toshkent')).toBe(latinToCyrillic('Toshkent'));
	});
	it('leaves a Cyrillic query for the Cyrillic index as typed', () => {
		expect(normalizeQuery('uz-cyrl', 'Тошкент')).toBe('Тошкент');
	});
	it('leaves a result URL from another site path alone', () => {
		expect(resultUrlForLocale('/e4j/en/modules/module-9/', 'ru', 'uz', '/e4j/')).toBe('/e4j/en/modules/module-9/');
	});
});
