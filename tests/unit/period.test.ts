import { describe, expect, it } from 'vitest';
import { getT } from '../../src/i18n/ui';
import { formatPeriod, periodToSortKey } from '../../src/lib/period';

describe('periodToSortKey', () => {
	it.each([
		['2020', '2020-01-01'],
		['2020-H1', '2020-01-01'],
		['2020-H2', '2020-07-01'],
		['2020-Q1', '2020-01-01'],
		['2020-Q2', '2020-04-01'],
		['2020-Q4', '2020-10-01'],
		['2020-05', '2020-05-01'],
		['2020-05-17', '2020-05-17'],
	])('%s sorts from %s', (period, key) => {
		expect(periodToSortKey(period)).toBe(key);
	});
});

describe('formatPeriod', () => {
	const t = getT('en');
	it('writes a year as it is', () => {
		expect(formatPeriod('en', t, '2020')).toBe('2020');
	});
	it('writes the first half of a year', () => {
		expect(formatPeriod('en', t, '2020-H1')).toBe('first half of 2020');
	});
	it('writes the second half of a year', () => {
		expect(formatPeriod('en', t, '2020-H2')).toBe('second half of 2020');
	});
	it('writes a quarter', () => {
		expect(formatPeriod('en', t, '2020-Q3')).toBe('quarter 3 of 2020');
	});
	it('writes a month in the reader’s language', () => {
		expect(formatPeriod('ru', getT('ru'), '2021-05')).toBe('май 2021 г.');
	});
	it('writes a day', () => {
		expect(formatPeriod('en', t, '2021-05-17')).toBe('May 17, 2021');
	});
});
