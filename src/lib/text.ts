/**
 * Count the words of Markdown/MDX prose: code, link targets, heading ids, table pipes and
 * Markdown punctuation are not words.
 */
export function countWords(markdown: string): number {
	const text = markdown
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/\{#[a-z0-9-]+\}/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#>*_|`[\]-]+/g, ' ');
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read a text at a calm pace for study reading (180 words a minute), at least 1. */
export function readingMinutes(words: number, wordsPerMinute = 180): number {
	return Math.max(1, Math.round(words / wordsPerMinute));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an HTML fragment: tags dropped, footnote marks removed, entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
	return html
		.replace(/<sup\b[\s\S]*?<\/sup>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) =>
			code[0] === '#'
				? String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)))
				: (entities[code.toLowerCase()] ?? m),
		)
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first paragraph of rendered content HTML, as plain text: a page's lead, for its description. */
export function htmlToLead(html: string): string {
	return htmlToText(/<p\b[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
}

/**
 * Shorten a text for a meta description (what search engines and link previews show, about two
 * lines): whole sentences when they fill most of the space, otherwise whole words and "…".
 * @example clipDescription('One. Two three four.', 12) // 'One. Two…'
 */
export function clipDescription(text: string, max = 200): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const head = clean.slice(0, max);
	const sentenceEnd = Math.max(...['. ', '! ', '? '].map((s) => head.lastIndexOf(s)));
	if (sentenceEnd >= max * 0.6) return head.slice(0, sentenceEnd + 1);
	const wordEnd = head.slice(0, max - 1).lastIndexOf(' ');
	return `${head.slice(0, wordEnd > 0 ? wordEnd : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Join short texts into one description, each ending as a sentence. */
export function joinSentences(parts: readonly (string | null | undefined)[]): string {
	return parts
		.map((p) => p?.trim())
		.filter((p): p is string => Boolean(p))
		.map((p) => (/[.!?…»"”)]$/.test(p) ? p : `${p}.`))
		.join(' ');
}
