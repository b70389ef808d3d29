import { describe, expect, it } from 'vitest';
import { layoutSeries, niceStep } from '../../src/lib/chart';
import type { StatisticSeries } from '../../src/schemas/data';

const series = (values: StatisticSeries['values']): StatisticSeries => ({
	id: 'victims',
	label: { en: 'Victims', ru: 'Жертвы', uz: 'Jabrlanuvchilar' },
	values,
	alignmentUncertain: false,
});

describe('niceStep', () => {
	it.each([
		[4, 1],
		[4.4, 2],
		[8, 2],
		[20, 5],
		[30, 10],
		[100, 50],
		[7000, 2000],
	])('gives a round step for a maximum of %d', (max, step) => {
		expect(niceStep(max)).toBe(step);
	});
	it('gives 1 for a maximum of 0', () => {
		expect(niceStep(0)).toBe(1);
	});
	it('takes the number of ticks wanted', () => {
		expect(niceStep(10, 2)).toBe(5);
	});
});

describe('layoutSeries', () => {
	const layout = layoutSeries(
		series([
			{ year: 2019, glotip: 30, us: 50 },
			{ year: 2020, us: 90 },
		]),
	);

	it('keeps the size and leaves room for the axes', () => {
		expect(layout).toMatchObject({ width: 520, height: 280, plot: { left: 48, top: 16, right: 508, bottom: 244 } });
	});
	it('puts each year at the middle of its band', () => {
		expect(layout.years).toEqual([
			{ year: 2019, x: 163 },
			{ year: 2020, x: 393 },
		]);
	});
	it('draws one bar per source that has a figure, side by side, scaled to a round top', () => {
		expect(layout.bars.map((b) => ({ ...b, y: Math.round(b.y * 10) / 10 }))).toEqual([
			{ year: 2019, source: 'glotip', value: 30, x: 135, y: 175.6, width: 26, height: 68.4 },
			{ year: 2019, source: 'us', value: 50, x: 163, y: 130, width: 26, height: 114 },
			{ year: 2020, source: 'us', value: 90, x: 393, y: 38.8, width: 26, height: 205.2 },
		]);
	});
	it('puts ticks at each step up to the round top', () => {
		expect(layout.ticks).toEqual([
			{ value: 0, y: 244 },
			{ value: 50, y: 130 },
			{ value: 100, y: 16 },
		]);
	});
	it('narrows the bars to fit a narrow chart', () => {
		const narrow = layoutSeries(series([{ year: 2019, glotip: 10, us: 10 }, { year: 2020 }]), 120, 100);
		expect(narrow.bars.map((b) => [b.x, b.width])).toEqual([
			[51, 10],
			[63, 10],
		]);
	});
	it('draws no bar and one tick step for a series without figures', () => {
		const empty = layoutSeries(series([{ year: 2019 }]));
		expect(empty.bars).toEqual([]);
		expect(empty.ticks).toEqual([
			{ value: 0, y: 244 },
			{ value: 1, y: 16 },
		]);
	});
});
