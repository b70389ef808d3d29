import type { Locale } from '../i18n/locales.ts';
import { contentHrefToUrl } from '../routing/links.ts';

/** What the reader's edition contributes to a page's content HTML. */
export interface ContentHtmlContext {
	/** The edition the page is served in (links go there, even when the text is a fallback copy). */
	locale: Locale;
	/** The site's base path, e.g. `/` or `/e4j/`. */
	base: string;
	/** The public origin, for the addresses printed on handouts; none when unknown. */
	site: URL | undefined;
	/** The page's own pathname (with base), for printed section addresses. */
	pathname: string;
	/** The accessible name of a heading's permalink, in the reader's language. */
	permalinkLabel: string;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Turn a page's content HTML, rendered once per content file and shared by every edition that
 * shows it, into this edition's HTML: content links (written without a language, `/modules/…`)
 * go to the reader's edition and carry their printed address; `##`/`###` headings get a permalink,
 * and `##` sections their printed address. A derived page's `<Latn>` (raw HTML in Markdown) becomes
 * the `<span>` that the component renders on the MDX path.
 */
export function localizeContentHtml(html: string, ctx: ContentHtmlContext): string {
	const absolute = (path: string) => (ctx.site ? new URL(path, ctx.site).href : undefined);
	return (
		html
			// MDX writes the footnote markers' boolean attributes as ="true", Markdown as ="": one form for both paths.
			.replace(/ (data-footnote-ref|data-footnotes|data-footnote-backref)="true"/g, ' $1=""')
			.replace(/<Latn>/g, '<span class="latn">')
			.replace(/<\/Latn>/g, '</span>')
			.replace(/<a href="(\/(?!\/)[^"]*)"/g, (_, href: string) => {
				const target = contentHrefToUrl(href.replace(/&amp;/g, '&'), ctx.locale, ctx.base);
				const print = absolute(target);
				return `<a href="${escapeAttribute(target)}"${print ? ` data-print-href="${escapeAttribute(print)}"` : ''}`;
			})
			.replace(/<h([23]) id="([^"]+)">([\s\S]*?)<\/h\1>/g, (_, level: string, id: string, inner: string) => {
				const anchor = `<a class="heading-anchor" href="#${id}" aria-label="${escapeAttribute(ctx.permalinkLabel)}" data-pagefind-ignore>#</a>`;
				const printed = level === '2' ? absolute(`${ctx.pathname}#${id}`) : undefined;
				const sectionUrl = printed
					? `<p class="print-only small-print section-url" data-pagefind-ignore>${escapeAttribute(printed)}</p>`
					: '';
				return `<h${level} id="${id}">${inner}${anchor}</h${level}>${sectionUrl}`;
			})
	);
}
