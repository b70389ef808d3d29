import { locales, type Locale } from '../i18n/locales';
import type { PageMeta } from './page-meta';

/** Meta for a page built from interface strings and data: a real edition in every language. */
export function dataPageMeta(locale: Locale, path: string, title: string, description?: string): PageMeta {
	return { locale, path, title, description, resolution: { type: 'translated', from: locale }, realLocales: locales };
}

/** `getStaticPaths` for pages that exist once per edition. */
export function editionPaths() {
	return locales.map((locale) => ({ params: { locale } }));
}
