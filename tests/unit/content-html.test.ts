import { describe, expect, it } from 'vitest';
import { localizeContentHtml, type ContentHtmlContext } from '../../src/lib/content-html';

const ctx: ContentHtmlContext = {
	locale: 'ru',
	base: '/e4j/',
	site: new URL('https://example.org'),
	pathname: '/e4j/ru/modules/module-6/',
	permalinkLabel: 'Ссылка на раздел',
};

describe('localizeContentHtml: links', () => {
	it('sends a content link to the reader’s edition under the base, with its printed address', () => {
		expect(localizeContentHtml('<a href="/modules/module-7/#consent">7</a>', ctx)).toBe(
			'<a href="/e4j/ru/modules/module-7/#consent" data-print-href="https://example.org/e4j/ru/modules/module-7/#consent">7</a>',
		);
	});
	it('prints no address when the site’s origin is unknown', () => {
		expect(localizeContentHtml('<a href="/glossary/">g</a>', { ...ctx, site: undefined })).toBe(
			'<a href="/e4j/ru/glossary/">g</a>',
		);
	});
	it('keeps a query’s ampersands escaped once', () => {
		expect(
			localizeContentHtml('<a href="/case-digest/?issue=a&amp;country=US">c</a>', { ...ctx, site: undefined }),
		).toBe('<a href="/e4j/ru/case-digest/?issue=a&amp;country=US">c</a>');
	});
	it('leaves external and protocol-relative links alone', () => {
		const html = '<a href="https://www.unodc.org/">u</a> <a href="//cdn.example/x">x</a> <a href="#top">t</a>';
		expect(localizeContentHtml(html, ctx)).toBe(html);
	});
});

describe('localizeContentHtml: headings', () => {
	it('gives a ## heading a permalink and its printed section address', () => {
		expect(localizeContentHtml('<h2 id="consent">Согласие</h2>', ctx)).toBe(
			'<h2 id="consent">Согласие<a class="heading-anchor" href="#consent" aria-label="Ссылка на раздел" data-pagefind-ignore>#</a></h2>' +
				'<p class="print-only small-print section-url" data-pagefind-ignore>https://example.org/e4j/ru/modules/module-6/#consent</p>',
		);
	});
	it('gives a ### heading a permalink but no printed address', () => {
		expect(localizeContentHtml('<h3 id="means">Средства</h3>', ctx)).toBe(
			'<h3 id="means">Средства<a class="heading-anchor" href="#means" aria-label="Ссылка на раздел" data-pagefind-ignore>#</a></h3>',
		);
	});
	it('prints no section address when the site’s origin is unknown', () => {
		expect(localizeContentHtml('<h2 id="a">A</h2>', { ...ctx, site: undefined })).not.toContain('section-url');
	});
	it('leaves #### headings and headings without an id alone', () => {
		const html = '<h4 id="d">D</h4><h2>No id</h2>';
		expect(localizeContentHtml(html, ctx)).toBe(html);
	});
	it('keeps markup inside a heading across lines', () => {
		expect(localizeContentHtml('<h2 id="x">A <em>b</em>\nc</h2>', { ...ctx, site: undefined })).toMatch(
			/^<h2 id="x">A <em>b<\/em>\nc<a class="heading-anchor"/,
		);
	});
	it('escapes the permalink label for an attribute', () => {
		expect(localizeContentHtml('<h3 id="a">A</h3>', { ...ctx, permalinkLabel: 'Link "A" & <b>' })).toContain(
			'aria-label="Link &quot;A&quot; &amp; &lt;b>"',
		);
	});
});
