import { describe, expect, it } from 'vitest';
import { moduleWordCounts, MIN_WORDS } from '../../scripts/word-counts';
import { countWords } from '../../src/lib/text';

describe('module study editions', () => {
	const counts = moduleWordCounts();
	it('exist in the editions the programme produced: en and ru for 6–14, uz for 6, 7, 8 and 11', () => {
		const editions = Object.fromEntries(Object.entries(counts).map(([slug, c]) => [slug, Object.keys(c).sort()]));
		for (const n of [6, 7, 8, 11]) expect(editions[`module-${n}`]).toEqual(['en', 'ru', 'uz']);
		for (const n of [9, 10, 12, 13, 14]) expect(editions[`module-${n}`]).toEqual(['en', 'ru']);
	});
	it(`have at least ${MIN_WORDS} words in every edition`, () => {
		for (const [slug, c] of Object.entries(counts))
			for (const [locale, n] of Object.entries(c)) expect(n, `${locale} ${slug}`).toBeGreaterThanOrEqual(MIN_WORDS);
	});
	it('count prose words only', () => {
		expect(countWords('## Consent {#consent}\n\nSee [the module](/modules/module-6/#x) | and `code` here.')).toBe(7);
	});
});
