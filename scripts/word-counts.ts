/**
 * `npm run word-counts`: body words of every module edition (each must be at least 1,500).
 * Exits non-zero when one is shorter. Counts prose only: no frontmatter, code, link targets or ids.
 */
import { getContentIndex } from '../src/content-index/index.ts';

export const MIN_WORDS = 1500;

/** Word counts per module and edition: `{ 'module-6': { en: 4711, ru: 4257, uz: 4175 } }`. */
export function moduleWordCounts(root = process.cwd()): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const p of getContentIndex(root).pages.filter((p) => p.collection === 'modules'))
		(out[p.slug] ??= {})[p.locale] = p.words;
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const counts = moduleWordCounts();
	const slugs = Object.keys(counts).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
	console.log(['module', 'en', 'ru', 'uz'].map((h) => h.padEnd(10)).join(''));
	let short = 0;
	for (const s of slugs) {
		console.log([s, ...['en', 'ru', 'uz'].map((l) => String(counts[s]![l] ?? '—'))].map((c) => c.padEnd(10)).join(''));
		short += Object.values(counts[s]!).filter((n) => n < MIN_WORDS).length;
	}
	if (short) {
		console.error(`\n${short} module edition(s) have fewer than ${MIN_WORDS} words.`);
		process.exit(1);
	}
}
