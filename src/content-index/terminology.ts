import type { GlossaryTerm } from '../schemas/data.ts';
import { ContentErrors, type ContentProblem } from './errors.ts';
import { translatedLocales } from '../i18n/locales.ts';

/** A piece of prose in a known language, with where it is written. */
export interface ProseText {
	file: string;
	line: number;
	locale: string;
	text: string;
}

/** Frontmatter fields that hold identifiers, codes or URLs, not prose. */
const NOT_PROSE = new Set([
	'source',
	'url',
	'translation',
	'country',
	'courtLevel',
	'issue',
	'issues',
	'chapter',
	'part',
]);

/** The prose of a page: each body line and every text value of its frontmatter, with their lines. */
export function pageProseTexts(page: {
	file: string;
	locale: string;
	source: {
		body: string;
		bodyLine: number;
		frontmatter: Record<string, unknown>;
		lineOf: (path: readonly PropertyKey[]) => number;
	};
}): ProseText[] {
	const out: ProseText[] = [];
	const walk = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string')
			out.push({ file: page.file, locale: page.locale, line: page.source.lineOf(path), text: value });
		else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) walk(v, [...path, k]);
	};
	walk(page.source.frontmatter, []);
	page.source.body
		.split('\n')
		.forEach((text, i) => out.push({ file: page.file, locale: page.locale, line: page.source.bodyLine + i, text }));
	return out;
}

/**
 * A discouraged variant as a pattern: it must start a word, endings may follow (so inflected forms
 * are caught), and `*` inside a variant stands for any letters (`использовани* уязвим*`).
 */
function variantToRegExp(variant: string): RegExp {
	const source = variant
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\p{L}*');
	return new RegExp(`(?<![\\p{L}\\p{N}])${source}`, 'iu');
}

/**
 * Report discouraged renderings of glossary terms (e.g. ru "трафикинг" for "торговля людьми") in
 * the texts of the locale they are listed for: page bodies and frontmatter, data files, UI strings.
 */
export function checkTerminology(texts: readonly ProseText[], glossary: readonly GlossaryTerm[]): ContentProblem[] {
	const rules = rulesOf(glossary);
	const problems: ContentProblem[] = [];
	for (const t of texts) {
		// A variant quoted «like this» is mentioned, not used (e.g. when the text explains synonyms).
		const text = t.text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
		for (const r of rules.get(t.locale) ?? []) {
			if (r.re.test(text))
				problems.push({ file: t.file, line: t.line, ...ContentErrors.DiscouragedTerm(r.variant, r.preferred, r.id) });
		}
	}
	return problems;
}

/** The patterns of a glossary's discouraged variants, made once per glossary (the index checks page by page). */
const rulesCache = new WeakMap<readonly GlossaryTerm[], ReturnType<typeof makeRules>>();
function rulesOf(glossary: readonly GlossaryTerm[]) {
	let rules = rulesCache.get(glossary);
	if (!rules) rulesCache.set(glossary, (rules = makeRules(glossary)));
	return rules;
}

function makeRules(glossary: readonly GlossaryTerm[]) {
	const rules = glossary.flatMap((term) =>
		translatedLocales.flatMap((locale) =>
			(term.discouraged?.[locale] ?? []).map((variant) => ({
				locale,
				variant,
				preferred: term.term[locale] ?? term.term.en ?? term.id,
				id: term.id,
				re: variantToRegExp(variant),
			})),
		),
	);
	return Map.groupBy(rules, (r) => r.locale as string);
}
