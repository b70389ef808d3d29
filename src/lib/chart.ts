import type { StatisticSeries } from '../schemas/data.ts';

/** One bar of a grouped bar chart, in SVG user units. */
interface Bar {
	year: number;
	source: 'glotip' | 'us';
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Geometry of a grouped bar chart of one series (years on x, one bar per source). */
export interface ChartLayout {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	bars: Bar[];
	years: { year: number; x: number }[];
	ticks: { value: number; y: number }[];
}

const sources = ['glotip', 'us'] as const;

/** A round step for axis ticks (1, 2 or 5 times a power of ten) giving about `count` ticks. */
export function niceStep(max: number, count = 4): number {
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw || 1));
	const unit = raw / power;
	return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/**
 * Lay out a series as grouped bars, computed at build time (no chart library in the browser).
 * Years without a figure for a source get no bar; the table beside the chart says "no figure".
 */
export function layoutSeries(series: StatisticSeries, width = 520, height = 280): ChartLayout {
	const plot = { left: 48, top: 16, right: width - 12, bottom: height - 36 };
	const max = Math.max(...series.values.flatMap((v) => sources.map((s) => v[s] ?? 0)));
	const step = niceStep(max);
	const top = Math.ceil(max / step) * step || step;
	const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
	const band = (plot.right - plot.left) / series.values.length;
	const barWidth = Math.min(28, (band * 0.8) / sources.length);
	const bars: Bar[] = [];
	const years = series.values.map((v, i) => {
		const center = plot.left + band * (i + 0.5);
		sources.forEach((s, j) => {
			const value = v[s];
			if (value === undefined) return;
			const x = center - barWidth + j * barWidth;
			bars.push({
				year: v.year,
				source: s,
				value,
				x,
				y: y(value),
				width: barWidth - 2,
				height: plot.bottom - y(value),
			});
		});
		return { year: v.year, x: center };
	});
	const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({ value: i * step, y: y(i * step) }));
	return { width, height, plot, bars, years, ticks };
}
