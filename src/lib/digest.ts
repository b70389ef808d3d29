import { localeToLang, sourceLocale, type Locale } from '../i18n/locales';
import { loadData } from '../content-index/index';
import { localizeText } from './localize';
import { getEntriesForLocale } from '../routing/collection-routes';
import { countryName } from './format';
import type { EvidentialIssue } from '../schemas/data';

/** UNODC's own page for the Case Digest: the only source link the site gives for it. */
export const DIGEST_URL = 'https://sherloc.unodc.org/cld/en/news/items/case-digest.html';

/** The evidential-issue taxonomy, in its file order. */
export function getIssues(): EvidentialIssue[] {
	return loadData('evidential-issues.yaml');
}

/** An issue's label in the reader's edition. */
export function issueLabel(id: string, locale: Locale): string {
	const issue = getIssues().find((i) => i.id === id);
	return issue ? localizeText(issue.label, locale) : id;
}

/** Cases of an edition sorted by title, each with what the list and filters need. */
export async function getCaseList(locale: Locale) {
	const cases = await getEntriesForLocale('cases', locale);
	return cases
		.map((c) => ({ ...c, country: c.source.data.country, countryName: countryName(locale, c.source.data.country) }))
		.sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, localeToLang(sourceLocale)));
}
export type CaseListItem = Awaited<ReturnType<typeof getCaseList>>[number];

/** Countries that have cases, with their names in the reader's language, sorted by name. */
export function getCountries(
	cases: readonly CaseListItem[],
	locale: Locale,
): { code: string; name: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const c of cases) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
	return [...counts]
		.map(([code, count]) => ({ code, name: countryName(locale, code), count }))
		.sort((a, b) => a.name.localeCompare(b.name, localeToLang(locale)));
}
