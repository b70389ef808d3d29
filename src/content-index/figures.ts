import type { ContentIndex } from './index.ts';
import type { PageCollection } from './files.ts';

/**
 * The figure check: every number on the programme's own pages (report, news, recommendations) must
 * be found in the reference facts or the site's data files, or be listed with its source in
 * `content/data/figure-sources.yaml`. Numbers written as English words count too.
 */

/** Collections whose figures speak for the programme. */
const figureCollections: readonly PageCollection[] = ['reports', 'news', 'recommendations'];

const WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
};

/** The numbers written in a text: digit groups (thousands separators removed) and English number words. */
export function textToFigures(text: string, words = false): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(/\d(?:[\d,\u00a0\u202f ]*\d)?/g)) {
		// "1 200", "1,200" and "1 200" are one figure; a run like "2019 to 2021" is split by the words between.
		const digits = m[0].replace(/[,\u00a0\u202f ]/g, '');
		if (/^\d{1,3}([,\u00a0\u202f ]\d{3})+$/.test(m[0]) || !/\s/.test(m[0])) out.push(digits.replace(/^0+(?=\d)/, ''));
		else for (const part of m[0].split(/[\s,]+/)) if (part) out.push(part.replace(/^0+(?=\d)/, ''));
	}
	if (words)
		for (const m of text
			.toLowerCase()
			.matchAll(
				/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b( million)?/g,
			))
			out.push(String(WORDS[m[1]!]! * (m[2] ? 1_000_000 : 1)));
	return out;
}

/** A figure no source accounts for, with where it is written. */
export interface UntracedFigure {
	file: string;
	line: number;
	figure: string;
	text: string;
}

/**
 * Figures of the programme's pages (every edition) that are neither in the known sources nor listed
 * as exceptions for that page. `known` is the text of the reference facts and the data files.
 */
export function findUntracedFigures(
	index: Pick<ContentIndex, 'pages'>,
	known: readonly string[],
	exceptions: readonly { figure: string; page: string }[],
): UntracedFigure[] {
	const knownFigures = new Set(known.flatMap((text) => textToFigures(text)));
	const out: UntracedFigure[] = [];
	for (const page of index.pages) {
		if (!figureCollections.includes(page.collection)) continue;
		const allowed = new Set(exceptions.filter((e) => e.page === page.key).map((e) => e.figure));
		const lines = page.source.text.split('\n');
		lines.forEach((raw, i) => {
			// Link targets, ids, the translation record and numeric ids in frontmatter are not figures.
			if (
				/^\s*(translation:|sourceHash:|sections:|"[^"]+": "[0-9a-f]{8}"|order:|relatedModules:|relatedCases:)/.test(raw)
			)
				return;
			const text = raw
				.replace(/\]\([^)]*\)/g, ']')
				.replace(/\{#[^}]*\}/g, '')
				.replace(/https?:\/\/\S+/g, '');
			for (const figure of textToFigures(text, page.locale === 'en'))
				if (!knownFigures.has(figure) && !allowed.has(figure))
					out.push({ file: page.file, line: i + 1, figure, text: raw.trim() });
		});
	}
	return out;
}
