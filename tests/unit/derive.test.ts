import { describe, expect, it } from 'vitest';
import { createDeriver } from '../../src/content-index/derive';
import { latinToCyrillic } from '../../src/i18n/transliterate';

describe('deriving the Uzbek Cyrillic edition of a page, in memory', () => {
	const derive = createDeriver(latinToCyrillic);
	const body = `
## Rozilik {#consent}

Qarang: [oʻquv moduli](/modules/module-6/#consent), \`kod\`, <Latn>Sabhnani</Latn> va https://www.unodc.org/ manzili.[^1]

[^1]: UNODC maʼlumoti.
`;
	const out = derive.body(body);
	it('transliterates prose and the text values of the frontmatter', () => {
		const data = derive.frontmatter({
			title: 'Odam savdosi tushunchasi',
			issues: ['violence'],
			source: 'https://www.unodc.org/e4j/',
			learningOutcomes: ['Rozilikni tushuntirish.'],
		});
		expect(data.title).toBe('Одам савдоси тушунчаси');
		expect(data.learningOutcomes).toEqual(['Розиликни тушунтириш.']);
		expect(out).toContain('## Розилик {#consent}');
		expect(out).toContain('[ўқув модули](/modules/module-6/#consent)');
		expect(out).toContain('UNODC маълумоти.');
	});
	it('leaves ids, codes, links, code, tagged names, URLs and footnote labels alone', () => {
		const data = derive.frontmatter({ issues: ['violence'], source: 'https://www.unodc.org/e4j/' });
		expect(data).toEqual({ issues: ['violence'], source: 'https://www.unodc.org/e4j/' });
		expect(out).toContain('`kod`');
		expect(out).toContain('<Latn>Sabhnani</Latn>');
		expect(out).toContain('https://www.unodc.org/ манзили.[^1]');
		expect(out).toContain('[^1]: UNODC');
	});
});

describe('names kept in Latin letters', () => {
	it('leaves listed case names and codes with digits alone, transliterating the rest', () => {
		const derive = createDeriver(latinToCyrillic, ['R v Wei Tang']);
		expect(derive.frontmatter({ title: 'R v Wei Tang' }).title).toBe('R v Wei Tang');
		expect(derive.body('R v Wei Tang ishi va ECLI:NL:GHARN:2012:BV8582 kodi.\n')).toBe(
			'R v Wei Tang иши ва ECLI:NL:GHARN:2012:BV8582 коди.\n',
		);
	});
});
