import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic, LOANWORD_EXCEPTIONS } from '../../src/i18n/transliterate';
import { wordPairs } from './data/uzbek-word-pairs';

/** The canonical Latin spelling: ʻ (U+02BB) after o/g, ʼ (U+02BC) for the tutuq belgisi. */
function canonical(latin: string): string {
	return latin.replace(/([OoGg])[ʻ‘'`’]/g, '$1ʻ').replace(/['‘’`]/g, 'ʼ');
}

describe('word table', () => {
	it('has at least 250 pairs of every kind', () => {
		expect(wordPairs.length).toBeGreaterThanOrEqual(250);
		for (const kind of [
			'legal-term',
			'region',
			'month',
			'institution',
			'everyday',
			'loanword',
			'apostrophe-form',
			'capitals',
		]) {
			expect(wordPairs.filter((p) => p.kind === kind).length, kind).toBeGreaterThan(0);
		}
	});
});

describe('Latin → Cyrillic', () => {
	for (const p of wordPairs) it(`${p.latin} → ${p.cyrillic}`, () => expect(latinToCyrillic(p.latin)).toBe(p.cyrillic));
});

describe('Cyrillic → Latin gives the canonical ʻ form', () => {
	for (const p of wordPairs) {
		const expected = p.latinFromCyrillic ?? canonical(p.latin);
		it(`${p.cyrillic} → ${expected}`, () => expect(cyrillicToLatin(p.cyrillic)).toBe(expected));
	}
});

describe('what is left alone', () => {
	it('keeps numbers, punctuation and international acronyms', () => {
		expect(latinToCyrillic('UNODC va E4J, 2021-yil 17-may, 14 viloyat.')).toBe(
			'UNODC ва E4J, 2021-йил 17-май, 14 вилоят.',
		);
	});
	it('keeps Cyrillic text as it is when converting to Cyrillic, and Latin when converting to Latin', () => {
		expect(latinToCyrillic('Ўзбекистон')).toBe('Ўзбекистон');
		expect(cyrillicToLatin('UNODC')).toBe('UNODC');
	});
	it('every exception is documented', () => {
		for (const e of LOANWORD_EXCEPTIONS) expect(e.why.length).toBeGreaterThan(5);
	});
});
