import { describe, expect, it } from 'vitest';
import { clipDescription, countWords, htmlToLead, htmlToText, joinSentences, readingMinutes } from '../../src/lib/text';

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

describe('descriptions from content', () => {
	it('takes the first paragraph of rendered HTML as plain text', () => {
		const html =
			'<h2 id="x">Heading</h2>\n<p>R v Wei Tang (<a href="/en/x/">[2009] VSCA 182</a>) &amp; the <em>women</em>’s debt<sup><a href="#fn1">1</a></sup>.\nSecond line.</p><p>Next.</p>';
		expect(htmlToLead(html)).toBe('R v Wei Tang ([2009] VSCA 182) & the women’s debt. Second line.');
		expect(htmlToLead('<ul><li>no paragraph</li></ul>')).toBe('');
	});

	it('decodes numeric and named entities', () => {
		expect(htmlToText('&#39;a&#x27; &quot;b&quot; &lt;c&gt;&nbsp;d &unknown;')).toBe('\'a\' "b" <c> d &unknown;');
	});

	it('keeps a short text as it is', () => {
		expect(clipDescription('  A short   text.  ')).toBe('A short text.');
	});

	it('cuts a long text after a sentence when one fills most of the space', () => {
		const text = `${'a'.repeat(150)}. Then a second sentence that runs past the limit of two hundred characters for sure.`;
		expect(clipDescription(text)).toBe(`${'a'.repeat(150)}.`);
	});

	it('otherwise cuts on a word and adds an ellipsis, within the limit', () => {
		const text = `Short. ${'word '.repeat(60)}`;
		const clipped = clipDescription(text, 100);
		expect(clipped.length).toBeLessThanOrEqual(100);
		expect(clipped).toMatch(/^Short\. (word )+word…$/);
		expect(clipDescription('One. Two three four.', 12)).toBe('One. Two…');
	});

	it('joins parts as sentences, skipping empty ones', () => {
		expect(joinSentences(['Convictions', null, '', 'The case was heard in 2009.'])).toBe(
			'Convictions. The case was heard in 2009.',
		);
		expect(joinSentences(['Asked «why?»', 'Done!'])).toBe('Asked «why?» Done!');
	});
});
