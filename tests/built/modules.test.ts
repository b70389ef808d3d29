import { describe, expect, it } from 'vitest';
import { page } from '../helpers/dist';

describe('module pages', () => {
	const $ = page('/en/modules/module-6/');
	it('have a title block, learning outcomes, a table of contents, cite and prev/next', () => {
		expect($('h1').text()).toBe('Defining the Concept of Trafficking in Persons');
		expect($('.eyebrow').text()).toContain('Module 6');
		expect($('#learning-outcomes').length).toBe(1);
		expect($('.toc--desktop a[href="#consent"]').length).toBe(1);
		expect($('details.toc--mobile summary').text()).toBe('On this page');
		expect($('.citation').text()).toContain('http');
		expect($('a[rel=next]').attr('href')).toBe('/en/modules/module-7/');
	});
	it('give every section heading a permalink, and print each section’s address on the handout', () => {
		const sections = $('[data-content-lang] h2[id]').filter((_, h) => h.attribs.id !== 'learning-outcomes');
		expect(sections.length).toBeGreaterThan(5);
		sections.each((_, h) => {
			const id = h.attribs.id!;
			expect($(h).find(`a.heading-anchor[href="#${id}"]`).length, id).toBe(1);
			expect($(h).next('p.section-url.print-only').text(), id).toBe(`http://localhost:4321/en/modules/module-6/#${id}`);
		});
	});
	it('carry a build-time QR code of the permanent URL for the printed handout', () => {
		expect($('.handout-qr svg').length).toBe(1);
		expect($('.handout-header').text()).toContain('/en/modules/module-6/');
		expect($('script').filter((_, s) => /qrcode/i.test($(s).html() ?? '')).length).toBe(0);
	});
	it('list related cases from frontmatter, in the reader’s edition', () => {
		expect($('.related a[href^="/en/case-digest/cases/"]').length).toBeGreaterThan(0);
	});
	it('index: number, title, summary, real editions, reading time', () => {
		const idx = page('/uz/modules/');
		const m9 = idx('li.card').filter((_, li) => idx(li).text().includes('9'));
		expect(idx('li.card').length).toBe(9);
		expect(m9.first().find('.meta').text()).toMatch(/English.*Русский/);
		expect(m9.first().find('.meta').text()).not.toMatch(/Oʻzbekcha/);
	});
});
