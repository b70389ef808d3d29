import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { page } from '../helpers/dist';
import { KEEP_LATIN, hasCyrillic } from '../../src/i18n/transliterate';

describe('Uzbek Cyrillic edition, derived from Uzbek Latin', () => {
	const cyr = page('/uz-cyrl/modules/module-6/');
	const lat = page('/uz/modules/module-6/');

	it('is Cyrillic, with lang uz-Cyrl, and says it was transliterated, linking the Latin edition', () => {
		expect(cyr('html').attr('lang')).toBe('uz-Cyrl');
		expect(cyr('[data-content-lang]').attr('data-content-lang')).toBe('uz-Cyrl');
		expect(hasCyrillic(cyr('h1').text())).toBe(true);
		expect(cyr('#derived-notice a[hreflang="uz"]').attr('href')).toBe('/uz/modules/module-6/');
	});

	it('keeps the section ids of the Latin edition', () => {
		const ids = ($: typeof cyr) =>
			$('[data-content-lang] [id]')
				.map((_, el) => el.attribs.id)
				.get();
		expect(ids(cyr)).toEqual(ids(lat));
		expect(ids(cyr).length).toBeGreaterThan(10);
	});

	it('has no Latin letters outside code, URLs, tagged names, case names and international acronyms', () => {
		const root = cyr('[data-content-lang]').clone();
		root.find('code, .latn, .print-only').remove();
		// Case names are foreign proper names, kept in Latin letters on purpose.
		const caseNames = readdirSync('content/en/cases').map(
			(f) => /^title:\s*"(.*)"$/m.exec(readFileSync(`content/en/cases/${f}`, 'utf8'))![1]!,
		);
		let text = root.text();
		for (const name of caseNames) text = text.split(name).join(' ');
		const words = text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
		const stray = words.filter(
			(w) => !KEEP_LATIN.has(w) && !/^[A-Z]?[a-z]+[A-Z]/.test(w) && w !== 'E4J' && w !== 'E' && w !== 'J',
		);
		expect(stray).toEqual([]);
	});

	it('a module with no Uzbek edition follows the chain to Russian, unchanged, with the notice', () => {
		const $ = page('/uz-cyrl/modules/module-9/');
		expect($('[data-content-lang]').attr('lang')).toBe('ru');
		expect($('#notice').length).toBe(1);
		expect($('h1').text()).toBe(page('/ru/modules/module-9/')('h1').text());
	});

	it('derives data too: glossary terms, issue labels and region names are Cyrillic', () => {
		expect(hasCyrillic(page('/uz-cyrl/glossary/')('#trafficking-in-persons dt').text())).toBe(true);
		expect(page('/uz-cyrl/case-digest/issues/violence/')('h1').text()).toMatch(/Зўрлик/);
		expect(page('/uz-cyrl/reports/timeline/')('main').text()).toContain('вилояти');
	});

	it('keeps foreign case names and codes in Latin letters', () => {
		expect(page('/uz-cyrl/case-digest/cases/wei-tang/')('h1').text()).toBe('R v Wei Tang');
		expect(page('/uz-cyrl/case-digest/cases/nl-bv8582/')('h1').text()).toBe('ECLI:NL:GHARN:2012:BV8582');
	});
});
