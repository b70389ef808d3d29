import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatNumber, languageName } from '../../src/lib/format';

describe('formatNumber', () => {
	it('groups digits the Russian way', () => {
		expect(formatNumber('ru', 1234.5)).toBe('1\u00a0234,5');
	});
	it('groups digits the English way', () => {
		expect(formatNumber('en', 1234.5)).toBe('1,234.5');
	});
});

describe('formatDate', () => {
	it('writes a year and month', () => {
		expect(formatDate('en', '2019-03')).toBe('March 2019');
	});
	it('writes a full date', () => {
		expect(formatDate('en', '2022-06-02')).toBe('June 2, 2022');
	});
	it('writes a year alone', () => {
		expect(formatDate('en', '2019')).toBe('2019');
	});
	it('writes the month in the reader’s language', () => {
		expect(formatDate('ru', '2019-03')).toBe('март 2019 г.');
	});
	it('writes the month in Cyrillic for uz-cyrl', () => {
		expect(formatDate('uz-cyrl', '2019-03')).toBe('март, 2019');
	});
	it('does not shift the day with the time zone', () => {
		expect(formatDate('en', '2022-01-01')).toBe('January 1, 2022');
	});
});

describe('countryName and languageName', () => {
	it('names a country in the reader’s language', () => {
		expect(countryName('ru', 'UZ')).toBe('Узбекистан');
	});
	it('names a country in Uzbek Cyrillic', () => {
		expect(countryName('uz-cyrl', 'UZ')).toBe('Ўзбекистон');
	});
	it('names a language, not the country of the same code, after a country was named', () => {
		expect(countryName('en', 'UZ')).toBe('Uzbekistan');
		expect(languageName('en', 'uz')).toBe('Uzbek');
	});
	it('names a language in the reader’s language', () => {
		expect(languageName('ru', 'uz')).toBe('узбекский');
	});
});
