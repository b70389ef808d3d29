import { describe, expect, it } from 'vitest';
import { transliterateMdx } from '../../src/lib/derive';

describe('deriving the Uzbek Cyrillic edition from an MDX file', () => {
	const source = `---
title: "Odam savdosi tushunchasi"
issues: ["violence"]
source: "https://www.unodc.org/e4j/"
learningOutcomes:
  - "Rozilikni tushuntirish."
---

## Rozilik {#consent}

Qarang: [oʻquv moduli](/modules/module-6/#consent), \`kod\`, <Latn>Sabhnani</Latn> va https://www.unodc.org/ manzili.[^1]

[^1]: UNODC maʼlumoti.
`;
	const out = transliterateMdx(source);
	it('transliterates prose and text values of the frontmatter', () => {
		expect(out).toContain('title: "Одам савдоси тушунчаси"');
		expect(out).toContain('- "Розиликни тушунтириш."');
		expect(out).toContain('## Розилик {#consent}');
		expect(out).toContain('[ўқув модули](/modules/module-6/#consent)');
		expect(out).toContain('UNODC маълумоти.');
	});
	it('leaves ids, codes, links, code, tagged names, URLs and footnote labels alone', () => {
		expect(out).toMatch(/issues: \[ ?"violence" ?\]/);
		expect(out).toContain('source: "https://www.unodc.org/e4j/"');
		expect(out).toContain('`kod`');
		expect(out).toContain('<Latn>Sabhnani</Latn>');
		expect(out).toContain('https://www.unodc.org/ манзили.[^1]');
		expect(out).toContain('[^1]: UNODC');
	});
});

describe('names kept in Latin letters', () => {
	it('leaves listed case names and codes with digits alone, transliterating the rest', () => {
		const out = transliterateMdx(
			'---\ntitle: "R v Wei Tang"\n---\n\nR v Wei Tang ishi va ECLI:NL:GHARN:2012:BV8582 kodi.\n',
			['R v Wei Tang'],
		);
		expect(out).toContain('title: "R v Wei Tang"');
		expect(out).toContain('R v Wei Tang иши ва ECLI:NL:GHARN:2012:BV8582 коди.');
	});
});
