/** The facts of a case the filters look at. */
export interface FilterableCase {
	id: string;
	country: string;
	year: number | null;
	issues: readonly string[];
	courtLevel: string;
}

/** What the reader has chosen; empty means "any". */
export interface FilterState {
	country: string;
	issue: string;
	courtLevel: string;
	yearFrom: number | null;
	yearTo: number | null;
}

export const emptyFilter: FilterState = { country: '', issue: '', courtLevel: '', yearFrom: null, yearTo: null };

/** Does a case pass every chosen filter? A year range leaves out cases whose year is not known. */
export function caseMatches(c: FilterableCase, s: FilterState): boolean {
	if (s.country && c.country !== s.country) return false;
	if (s.issue && !c.issues.includes(s.issue)) return false;
	if (s.courtLevel && c.courtLevel !== s.courtLevel) return false;
	if (s.yearFrom !== null && (c.year === null || c.year < s.yearFrom)) return false;
	if (s.yearTo !== null && (c.year === null || c.year > s.yearTo)) return false;
	return true;
}

/** The cases that match. */
export function filterCases<C extends FilterableCase>(cases: readonly C[], s: FilterState): C[] {
	return cases.filter((c) => caseMatches(c, s));
}

/**
 * How many cases each option of a filter would give, with the other filters kept:
 * the counts shown beside each option.
 */
export function countOptions(
	cases: readonly FilterableCase[],
	s: FilterState,
	field: 'country' | 'issue' | 'courtLevel',
): Map<string, number> {
	const others = { ...s, [field]: '' };
	const counts = new Map<string, number>();
	for (const c of filterCases(cases, others)) {
		const values = field === 'issue' ? c.issues : [c[field]];
		for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	}
	return counts;
}

function toYear(v: string | null): number | null {
	return v && /^\d{4}$/.test(v) ? Number(v) : null;
}

/** Read the filters from a URL query (`?issue=violence&country=US&from=2005`). */
export function queryToFilter(search: string): FilterState {
	const q = new URLSearchParams(search);
	return {
		country: q.get('country') ?? '',
		issue: q.get('issue') ?? '',
		courtLevel: q.get('court') ?? '',
		yearFrom: toYear(q.get('from')),
		yearTo: toYear(q.get('to')),
	};
}

/** Write the filters as a URL query, leaving out what is not set (so links stay short). */
export function filterToQuery(s: FilterState): string {
	const q = new URLSearchParams();
	if (s.issue) q.set('issue', s.issue);
	if (s.country) q.set('country', s.country);
	if (s.courtLevel) q.set('court', s.courtLevel);
	if (s.yearFrom !== null) q.set('from', String(s.yearFrom));
	if (s.yearTo !== null) q.set('to', String(s.yearTo));
	const text = q.toString();
	return text ? `?${text}` : '';
}
