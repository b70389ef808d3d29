import type { GlossaryTerm } from '../schemas/data.ts';
import { ContentErrors, type ContentProblem } from './errors.ts';

/** A page as the terminology check needs it. */
interface PageText {
	file: string;
	locale: string;
	body: string;
	bodyLine: number;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Report discouraged renderings of glossary terms (e.g. ru "трафикинг" for "торговля людьми")
 * in the translations of the locale they are listed for. A match must start a word; endings may
 * follow, so inflected forms are caught too.
 */
export function checkTerminology(pages: readonly PageText[], glossary: readonly GlossaryTerm[]): ContentProblem[] {
	const rules = glossary.flatMap((term) =>
		(['ru', 'uz'] as const).flatMap((locale) =>
			(term.discouraged?.[locale] ?? []).map((variant) => ({
				locale,
				variant,
				preferred: term.term[locale],
				id: term.id,
				re: new RegExp(`(?<![\\p{L}])${escape(variant)}`, 'iu'),
			})),
		),
	);
	const problems: ContentProblem[] = [];
	for (const page of pages) {
		const own = rules.filter((r) => r.locale === page.locale);
		if (!own.length) continue;
		page.body.split('\n').forEach((raw, i) => {
			// A variant quoted «like this» is mentioned, not used (e.g. when the text explains synonyms).
			const line = raw.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
			for (const r of own)
				if (r.re.test(line))
					problems.push({
						file: page.file,
						line: page.bodyLine + i,
						...ContentErrors.DiscouragedTerm(r.variant, r.preferred, r.id),
					});
		});
	}
	return problems;
}
