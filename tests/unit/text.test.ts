import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/text';

describe('countWords', () => {
	it('counts words of prose in any script', () => {
		expect(countWords('Odam savdosi — торговля людьми 2019')).toBe(5);
	});
	it('counts numbers as words', () => {
		expect(countWords('in 2019')).toBe(2);
	});
	it('does not count a dash standing alone', () => {
		expect(countWords('one — two')).toBe(2);
	});
	it('does not count fenced code', () => {
		expect(countWords('one\n```\nconst a = 1;\nlet b = 2;\n```\ntwo')).toBe(2);
	});
	it('counts a link’s text but not its target', () => {
		expect(countWords('see [the module](/modules/module-6/#consent-and-means) now')).toBe(4);
	});
	it('does not count a heading id', () => {
		expect(countWords('## Consent {#consent-of-victim}')).toBe(1);
	});
	it('does not count HTML tags', () => {
		expect(countWords('<Latn lang="uz">Sabhnani</Latn> case')).toBe(2);
	});
	it('does not count table pipes, emphasis marks or list dashes', () => {
		expect(countWords('| **a** | _b_ |\n|---|---|\n- c > d `e`')).toBe(5);
	});
	it('counts words joined by a hyphen as two', () => {
		expect(countWords('follow-up')).toBe(2);
	});
	it('keeps the words on either side of inline code apart', () => {
		expect(countWords('one```x```two')).toBe(2);
	});
	it('keeps the words on either side of a link target apart', () => {
		expect(countWords('[one](/x)two')).toBe(2);
	});
	it('keeps the words on either side of a heading id apart', () => {
		expect(countWords('one{#x}two')).toBe(2);
	});
	it('keeps the words on either side of a tag apart', () => {
		expect(countWords('one<br>two')).toBe(2);
	});
	it('counts nothing in an empty text', () => {
		expect(countWords('')).toBe(0);
	});
});

describe('readingMinutes', () => {
	it('is at least one minute', () => {
		expect(readingMinutes(0)).toBe(1);
	});
	it('reads 180 words a minute', () => {
		expect(readingMinutes(900)).toBe(5);
	});
	it('rounds to the nearest minute', () => {
		expect(readingMinutes(450)).toBe(3);
	});
	it('rounds down below the half', () => {
		expect(readingMinutes(980)).toBe(5);
	});
	it('takes another pace', () => {
		expect(readingMinutes(900, 300)).toBe(3);
	});
});
