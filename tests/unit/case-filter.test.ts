import { describe, expect, it } from 'vitest';
import {
	caseMatches,
	countOptions,
	emptyFilter,
	filterCases,
	filterToQuery,
	queryToFilter,
	type FilterableCase,
} from '../../src/lib/case-filter';

const usViolence: FilterableCase = {
	id: 'us-1',
	country: 'US',
	year: 2005,
	issues: ['violence', 'consent'],
	courtLevel: 'appeal',
};
const ukUnknownYear: FilterableCase = {
	id: 'uk-1',
	country: 'GB',
	year: null,
	issues: ['consent'],
	courtLevel: 'first',
};
const phLate: FilterableCase = { id: 'ph-1', country: 'PH', year: 2012, issues: ['violence'], courtLevel: 'first' };
const cases = [usViolence, ukUnknownYear, phLate];

describe('caseMatches', () => {
	it('lets every case through an empty filter, even one whose year is not known', () => {
		expect(cases.every((c) => caseMatches(c, emptyFilter))).toBe(true);
	});
	it('keeps a case of the chosen country', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, country: 'US' })).toBe(true);
	});
	it('leaves out a case of another country', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, country: 'GB' })).toBe(false);
	});
	it('keeps a case that has the chosen issue among others', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, issue: 'consent' })).toBe(true);
	});
	it('leaves out a case without the chosen issue', () => {
		expect(caseMatches(ukUnknownYear, { ...emptyFilter, issue: 'violence' })).toBe(false);
	});
	it('keeps a case of the chosen court level', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, courtLevel: 'appeal' })).toBe(true);
	});
	it('leaves out a case of another court level', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, courtLevel: 'first' })).toBe(false);
	});
	it('counts the first year of the range in', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, yearFrom: 2005 })).toBe(true);
	});
	it('leaves out a case before the range', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, yearFrom: 2006 })).toBe(false);
	});
	it('counts the last year of the range in', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, yearTo: 2005 })).toBe(true);
	});
	it('leaves out a case after the range', () => {
		expect(caseMatches(usViolence, { ...emptyFilter, yearTo: 2004 })).toBe(false);
	});
	it('leaves out a case whose year is not known from a range that starts', () => {
		expect(caseMatches(ukUnknownYear, { ...emptyFilter, yearFrom: 1900 })).toBe(false);
	});
	it('leaves out a case whose year is not known from a range that ends', () => {
		expect(caseMatches(ukUnknownYear, { ...emptyFilter, yearTo: 2100 })).toBe(false);
	});
	it('keeps a case only when every chosen filter passes', () => {
		expect(caseMatches(phLate, { ...emptyFilter, country: 'PH', issue: 'violence', yearTo: 2010 })).toBe(false);
	});
});

describe('filterCases', () => {
	it('returns the matching cases in their order', () => {
		expect(filterCases(cases, { ...emptyFilter, issue: 'violence' })).toEqual([usViolence, phLate]);
	});
});

describe('countOptions', () => {
	it('counts each country, ignoring the country already chosen but keeping the other filters', () => {
		const counts = countOptions(cases, { ...emptyFilter, country: 'US', issue: 'consent' }, 'country');
		expect([...counts]).toEqual([
			['US', 1],
			['GB', 1],
		]);
	});
	it('counts every issue of a case with several', () => {
		expect([...countOptions(cases, emptyFilter, 'issue')]).toEqual([
			['violence', 2],
			['consent', 2],
		]);
	});
	it('counts court levels', () => {
		expect([...countOptions(cases, emptyFilter, 'courtLevel')]).toEqual([
			['appeal', 1],
			['first', 2],
		]);
	});
});

describe('queryToFilter', () => {
	it('reads every filter from the query', () => {
		expect(queryToFilter('?issue=violence&country=US&court=appeal&from=2005&to=2010')).toEqual({
			country: 'US',
			issue: 'violence',
			courtLevel: 'appeal',
			yearFrom: 2005,
			yearTo: 2010,
		});
	});
	it('gives the empty filter for an empty query', () => {
		expect(queryToFilter('')).toEqual(emptyFilter);
	});
	it('ignores a year that is not four digits', () => {
		expect(queryToFilter('?from=205&to=20101')).toMatchObject({ yearFrom: null, yearTo: null });
	});
	it('ignores a year with other text around it', () => {
		expect(queryToFilter('?from=x2005&to=2010x')).toMatchObject({ yearFrom: null, yearTo: null });
	});
	it('ignores an empty year', () => {
		expect(queryToFilter('?from=&to=')).toMatchObject({ yearFrom: null, yearTo: null });
	});
});

describe('filterToQuery', () => {
	it('writes nothing for the empty filter', () => {
		expect(filterToQuery(emptyFilter)).toBe('');
	});
	it('writes every filter, in a stable order', () => {
		expect(
			filterToQuery({ country: 'US', issue: 'violence', courtLevel: 'appeal', yearFrom: 2005, yearTo: 2010 }),
		).toBe('?issue=violence&country=US&court=appeal&from=2005&to=2010');
	});
	it('writes only what is set', () => {
		expect(filterToQuery({ ...emptyFilter, yearTo: 2010 })).toBe('?to=2010');
	});
	it('round-trips through queryToFilter', () => {
		const state = { country: 'GB', issue: 'consent', courtLevel: 'first', yearFrom: 1999, yearTo: null };
		expect(queryToFilter(filterToQuery(state))).toEqual(state);
	});
});
