import { describe, expect, it } from 'vitest';
import { collectionEntryToPath, getEditionUrls, localizedPath, pathnameToLocalePath } from '../../src/routing/urls';
import { contentHrefToUrl } from '../../src/routing/links';
import { chooseLocale } from '../../src/lib/choose-locale';
import { locales } from '../../src/i18n/locales';

describe('URLs', () => {
	it('builds edition URLs with trailing slash, query and fragment kept', () => {
		expect(localizedPath('ru', '/modules/module-6/#consent')).toBe('/ru/modules/module-6/#consent');
		expect(localizedPath('uz', '/modules/module-6')).toBe('/uz/modules/module-6/');
		expect(localizedPath('en', '/case-digest/?issue=violence')).toBe('/en/case-digest/?issue=violence');
		expect(localizedPath('uz-cyrl', '/', '/e4j/')).toBe('/e4j/uz-cyrl/');
	});
	it('splits a pathname into edition and rest, under a base', () => {
		expect(pathnameToLocalePath('/e4j/uz/modules/', '/e4j/')).toEqual({ locale: 'uz', path: '/modules/' });
		expect(pathnameToLocalePath('/ru/', '/')).toEqual({ locale: 'ru', path: '/' });
		expect(pathnameToLocalePath('/pagefind/x.js', '/')).toEqual({ locale: undefined, path: '/pagefind/x.js' });
	});
	it('maps collection entries to paths', () => {
		expect(collectionEntryToPath('cases', 'sabhnani')).toBe('/case-digest/cases/sabhnani/');
		expect(collectionEntryToPath('digest', 'violence')).toBe('/case-digest/chapters/violence/');
	});
	it('gives the same path in every edition', () => {
		expect(Object.values(getEditionUrls('/modules/'))).toEqual([
			'/en/modules/',
			'/ru/modules/',
			'/uz/modules/',
			'/uz-cyrl/modules/',
		]);
	});
	it('renders content links into the reader’s edition, leaving external ones alone', () => {
		expect(contentHrefToUrl('/modules/module-7/#introduction', 'uz', '/e4j/')).toBe(
			'/e4j/uz/modules/module-7/#introduction',
		);
		expect(contentHrefToUrl('https://www.unodc.org/', 'uz')).toBe('https://www.unodc.org/');
		expect(contentHrefToUrl('#consent', 'ru')).toBe('#consent');
	});
});

describe('chooseLocale', () => {
	it('prefers a remembered edition', () => expect(chooseLocale('uz', ['ru'], locales)).toBe('uz'));
	it('ignores a remembered value that is not an edition', () =>
		expect(chooseLocale('kk', ['ru-RU'], locales)).toBe('ru'));
	it('maps Uzbek Cyrillic and Latin browser tags', () => {
		expect(chooseLocale(null, ['uz-Cyrl-UZ'], locales)).toBe('uz-cyrl');
		expect(chooseLocale(null, ['uz-UZ'], locales)).toBe('uz');
	});
	it('stays on the chooser when nothing matches', () =>
		expect(chooseLocale(null, ['kk', 'tg'], locales)).toBeUndefined());
});
