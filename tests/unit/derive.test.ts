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
