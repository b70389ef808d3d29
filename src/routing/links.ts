import type { Locale } from '../i18n/locales.ts';
import { localizedPath } from './urls.ts';

/**
 * Content links are written without a language (`/modules/module-6/#consent`) so the same
 * Markdown works in every translation; they are rendered into the reader's edition and base.
 * External links, fragments and already-prefixed links pass through.
 */
export function contentHrefToUrl(href: string, locale: Locale, base = '/'): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	return localizedPath(locale, href, base);
}
