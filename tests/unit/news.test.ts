import { describe, expect, it } from 'vitest';
import { compareNewsDates } from '../../src/lib/news';

describe('compareNewsDates', () => {
	it('sorts newest first, undated last', () => {
		expect(['2019-05-01', null, '2021-02-10', '2020-11'].sort(compareNewsDates)).toEqual([
			'2021-02-10',
			'2020-11',
			'2019-05-01',
			null,
		]);
	});
	it('puts a newer item before an older one', () => {
		expect(compareNewsDates('2021-01-01', '2020-01-01')).toBeLessThan(0);
	});
	it('puts an older item after a newer one', () => {
		expect(compareNewsDates('2020-01-01', '2021-01-01')).toBeGreaterThan(0);
	});
	it('puts an undated item after a dated one', () => {
		expect(compareNewsDates(null, '2020-01-01')).toBe(1);
	});
	it('puts a dated item before an undated one', () => {
		expect(compareNewsDates('2020-01-01', null)).toBe(-1);
	});
	it('treats two undated items as equal', () => {
		expect(compareNewsDates(null, null)).toBe(0);
	});
	it('treats the same date as equal', () => {
		expect(compareNewsDates('2020-01-01', '2020-01-01')).toBe(0);
	});
});
