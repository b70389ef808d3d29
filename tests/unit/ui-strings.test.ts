import { describe, expect, it } from 'vitest';
import { getT, uiStrings } from '../../src/i18n/ui';
import { locales } from '../../src/i18n/locales';
import { hasCyrillic, latinToCyrillic } from '../../src/i18n/transliterate';

const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const englishKeys = new Set(Object.keys(uiStrings.en).map(base));

describe('interface strings', () => {
	for (const locale of locales) {
		it(`${locale}: every key is present and not empty`, () => {
			const keys = new Set(Object.keys(uiStrings[locale]).map(base));
			expect([...englishKeys].filter((k) => !keys.has(k))).toEqual([]);
			expect(
				Object.entries(uiStrings[locale])
					.filter(([, v]) => !v.trim())
					.map(([k]) => k),
			).toEqual([]);
			expect(
				[...keys].filter((k) => !englishKeys.has(k)),
				'keys that English does not have',
			).toEqual([]);
		});
		it(`${locale}: keeps every {{placeholder}} of the English string`, () => {
			for (const [key, value] of Object.entries(uiStrings.en)) {
				const own = uiStrings[locale][key] ?? uiStrings[locale][`${base(key)}_other`];
				for (const ph of value.match(/\{\{\w+\}\}/g) ?? []) expect(own, `${locale} ${key}`).toContain(ph);
			}
		});
	}
	it('Russian plurals use the few and many forms', () => {
		const t = getT('ru');
		expect([1, 2, 5, 21].map((count) => t('digest.issueCount', { count }))).toEqual(
			[1, 2, 5, 21].map((n) =>
				uiStrings.ru[`digest.issueCount_${n === 1 || n === 21 ? 'one' : n === 2 ? 'few' : 'many'}`]!.replace(
					'{{count}}',
					String(n),
				),
			),
		);
	});
	it('Uzbek Cyrillic strings are derived and in Cyrillic', () => {
		expect(hasCyrillic(uiStrings['uz-cyrl']['nav.modules']!)).toBe(true);
		expect(uiStrings['uz-cyrl']['nav.modules']).not.toBe(uiStrings.uz['nav.modules']);
	});
	it('Uzbek Cyrillic keeps placeholders as they are and converts the text around them', () => {
		expect(uiStrings.uz['module.label']).toBe('{{number}}-modul');
		expect(uiStrings['uz-cyrl']['module.label']).toBe(`{{number}}${latinToCyrillic('-modul')}`);
	});
	it('Uzbek Cyrillic converts every text part between placeholders', () => {
		const [before, after] = uiStrings.uz['notice.outdated']!.split('{{requested}}');
		expect(getT('uz-cyrl')('notice.outdated', { requested: 'X' })).toBe(
			`${latinToCyrillic(before!)}X${latinToCyrillic(after!)}`,
		);
	});
	it('fills placeholders without HTML-escaping them (Astro escapes when rendering)', () => {
		expect(getT('en')('period.H1', { year: '<2020>' })).toBe('first half of <2020>');
	});
	it('gives each edition its own strings', () => {
		expect(['en', 'ru', 'uz', 'uz-cyrl'].map((l) => getT(l as never)('nav.modules'))).toEqual([
			uiStrings.en['nav.modules'],
			uiStrings.ru['nav.modules'],
			uiStrings.uz['nav.modules'],
			uiStrings['uz-cyrl']['nav.modules'],
		]);
	});
});
