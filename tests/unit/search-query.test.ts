import { describe, expect, it } from 'vitest';
import {
	bundleQueries,
	fallbackReaders,
	isVisibleFallback,
	normalizeQuery,
	phraseQuery,
	rankResults,
	resultUrlForLocale,
	searchLanguages,
	type RankedResult,
} from '../../src/lib/search-query';
import type { Locale } from '../../src/i18n/locales';
import { latinToCyrillic } from '../../src/i18n/transliterate';

describe('search queries', () => {
	it('finds Latin text from a Cyrillic query in uz, and Cyrillic text from a Latin query in uz-cyrl', () => {
		expect(normalizeQuery('uz', 'одам савдоси')).toBe('odam savdosi');
		expect(normalizeQuery('uz-cyrl', 'odam savdosi')).toBe('одам савдоси');
		expect(normalizeQuery('uz-cyrl', 'qarz asorati')).toBe('қарз асорати');
		expect(normalizeQuery('uz', 'jabrlanuvchi')).toBe('jabrlanuvchi');
		expect(normalizeQuery('ru', 'торговля')).toBe('торговля');
	});
	it('searches each language of the chain, weighted below the reader’s own', () => {
		expect(searchLanguages('uz')).toEqual([
			{ locale: 'uz', weight: 1 },
			{ locale: 'ru', weight: 0.5 },
			{ locale: 'en', weight: 0.25 },
		]);
		expect(searchLanguages('ru')).toEqual([
			{ locale: 'ru', weight: 1 },
			{ locale: 'en', weight: 0.5 },
		]);
		expect(searchLanguages('en')).toEqual([{ locale: 'en', weight: 1 }]);
	});
	it('leaves out the language an edition is derived from: uz-cyrl has every uz page, so uz results never show', () => {
		expect(searchLanguages('uz-cyrl').map((l) => l.locale)).toEqual(['uz-cyrl', 'ru', 'en']);
	});
	it('searches the edition’s own bundle in both Uzbek scripts and a fallback bundle as typed', () => {
		expect(bundleQueries('uz', 'uz', 'одам савдоси')).toEqual(['odam savdosi', 'одам савдоси']);
		expect(bundleQueries('uz', 'uz', 'odam savdosi')).toEqual(['odam savdosi']);
		expect(bundleQueries('uz-cyrl', 'uz-cyrl', 'qarz')).toEqual(['қарз', 'qarz']);
		expect(bundleQueries('uz', 'ru', 'торговля людьми')).toEqual(['торговля людьми']);
		expect(bundleQueries('ru', 'en', 'consent')).toEqual(['consent']);
	});
	it('asks for an exact phrase only when the query has several words and no quotes of its own', () => {
		expect(phraseQuery('  debt   bondage ')).toBe('"debt bondage"');
		expect(phraseQuery('consent')).toBeUndefined();
		expect(phraseQuery('"debt bondage"')).toBeUndefined();
	});
	it('keeps a fallback result only when it is the copy the reader sees', () => {
		expect(isVisibleFallback('uz', 'ru', ['en', 'ru'])).toBe(true); // module 9: Russian shown at /uz/
		expect(isVisibleFallback('uz', 'ru', ['en', 'ru', 'uz', 'uz-cyrl'])).toBe(false); // module 6: Uzbek exists
		expect(isVisibleFallback('uz', 'en', ['en', 'ru'])).toBe(false); // Russian comes first in the chain
		expect(isVisibleFallback('ru', 'en', ['en', 'uz', 'uz-cyrl'])).toBe(true); // cases: English at /ru/
	});
	it('tags each copy with the editions that show it, so their search asks for those copies only', () => {
		expect(fallbackReaders('ru', ['en', 'ru'])).toEqual(['uz', 'uz-cyrl']); // module 9
		expect(fallbackReaders('en', ['en', 'ru'])).toEqual([]); // Russian is shown instead
		expect(fallbackReaders('en', ['en', 'uz', 'uz-cyrl'])).toEqual(['ru']); // a case page
		expect(fallbackReaders('en', ['en'])).toEqual(['ru', 'uz', 'uz-cyrl']);
		expect(fallbackReaders('uz', ['en', 'ru', 'uz', 'uz-cyrl'])).toEqual([]);
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

describe('ranking results from several languages', () => {
	const weights = new Map(searchLanguages('uz').map((l) => [l.locale, l.weight]));
	const r = (id: string, locale: Locale, score: number, phrase = false): RankedResult => ({
		id,
		locale,
		score,
		phrase,
	});
	const ids = (results: RankedResult[]) => rankResults(results, weights).map((x) => x.id);

	it('puts a page that matches word for word in a fallback language above weaker matches in the reader’s own', () => {
		expect(ids([r('uz-weak', 'uz', 30), r('uz-weaker', 'uz', 12), r('ru-exact', 'ru', 8, true)])).toEqual([
			'ru-exact',
			'uz-weak',
			'uz-weaker',
		]);
	});
	it('prefers the reader’s own language between matches of the same quality, unless the other matches far better', () => {
		expect(ids([r('ru', 'ru', 10), r('uz', 'uz', 10)])).toEqual(['uz', 'ru']);
		expect(ids([r('ru', 'ru', 10, true), r('uz', 'uz', 6, true)])).toEqual(['uz', 'ru']);
		expect(ids([r('ru', 'ru', 30), r('uz', 'uz', 10)])).toEqual(['ru', 'uz']);
	});
	it('never reorders results already ranked when another language’s results join: they only slot in', () => {
		const own = [r('a', 'uz', 9), r('b', 'uz', 7, true), r('c', 'uz', 3), r('d', 'uz', 3)];
		const later = [r('x', 'ru', 40), r('y', 'ru', 2, true), r('z', 'en', 1)];
		const before = ids(own);
		const after = ids([...later, ...own]);
		expect(after.filter((id) => before.includes(id))).toEqual(before);
		expect(after).toEqual(['b', 'y', 'x', 'a', 'c', 'd', 'z']);
	});
});
