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
