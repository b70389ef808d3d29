import { describe, expect, it } from 'vitest';
import { clipDescription, htmlToLead, htmlToText, joinSentences } from '../../src/lib/text';

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
