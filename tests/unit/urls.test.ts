import { describe, expect, it } from 'vitest';
import { collectionEntryToPath, localizedPath, pathnameToLocalePath } from '../../src/routing/urls';
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
		expect(locales.map((l) => localizedPath(l, '/modules/'))).toEqual([
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

describe('localizedPath', () => {
	it('adds the slash a base path lacks', () => {
		expect(localizedPath('ru', '/modules/', '/e4j')).toBe('/e4j/ru/modules/');
	});
	it('adds the leading slash a path lacks', () => {
		expect(localizedPath('ru', 'modules/module-6/')).toBe('/ru/modules/module-6/');
	});
	it('gives the edition’s home for an empty path', () => {
		expect(localizedPath('uz', '')).toBe('/uz/');
	});
	it('adds no slash after a file name', () => {
		expect(localizedPath('en', '/downloads/final-report.pdf')).toBe('/en/downloads/final-report.pdf');
	});
	it('adds the slash after a folder whose name has a dot', () => {
		expect(localizedPath('en', '/reports/v1.5/summary')).toBe('/en/reports/v1.5/summary/');
	});
	it('keeps a fragment on a path without a slash', () => {
		expect(localizedPath('en', '/glossary#consent')).toBe('/en/glossary/#consent');
	});
});

describe('pathnameToLocalePath', () => {
	it('reads a pathname outside the base as a site path', () => {
		expect(pathnameToLocalePath('/other/ru/x/', '/e4j/')).toEqual({ locale: undefined, path: '/other/ru/x/' });
	});
	it('takes a base without its trailing slash', () => {
		expect(pathnameToLocalePath('/e4j/ru/glossary/', '/e4j')).toEqual({ locale: 'ru', path: '/glossary/' });
	});
	it('uses / as the default base', () => {
		expect(pathnameToLocalePath('/uz-cyrl/news/')).toEqual({ locale: 'uz-cyrl', path: '/news/' });
	});
});

describe('collectionEntryToPath', () => {
	it.each([
		['modules', '/modules/x/'],
		['cases', '/case-digest/cases/x/'],
		['digest', '/case-digest/chapters/x/'],
		['recommendations', '/recommendations/x/'],
		['reports', '/reports/x/'],
		['news', '/news/x/'],
	] as const)('puts %s entries under %s', (collection, path) => {
		expect(collectionEntryToPath(collection, 'x')).toBe(path);
	});
});

describe('contentHrefToUrl', () => {
	it('leaves a protocol-relative link alone', () => {
		expect(contentHrefToUrl('//www.unodc.org/e4j/', 'ru')).toBe('//www.unodc.org/e4j/');
	});
	it('uses / as the default base', () => {
		expect(contentHrefToUrl('/glossary/', 'ru')).toBe('/ru/glossary/');
	});
});

describe('chooseLocale: more cases', () => {
	it('maps a bare uz-Cyrl tag to Uzbek Cyrillic', () => {
		expect(chooseLocale(null, ['uz-Cyrl'], locales)).toBe('uz-cyrl');
	});
	it('maps Uzbek Cyrillic to Uzbek Latin where there is no Cyrillic edition', () => {
		expect(chooseLocale(null, ['uz-Cyrl'], ['en', 'uz'])).toBe('uz');
	});
	it('goes on to the next browser language when one has no edition', () => {
		expect(chooseLocale(null, ['fr-FR', 'ru'], locales)).toBe('ru');
	});
	it('matches a browser language by its primary tag only', () => {
		expect(chooseLocale(null, ['en-GB'], locales)).toBe('en');
	});
	it('does not take a language whose code only starts like an edition', () => {
		expect(chooseLocale(null, ['eng'], locales)).toBeUndefined();
	});
});
