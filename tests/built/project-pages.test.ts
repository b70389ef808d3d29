import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { page } from '../helpers/dist';
import { getContentIndex, loadData } from '../../src/content-index/index';

// The programme's fact file sits beside the repository (../shared/reference), as CI lays it out;
// TIP_REFERENCE_DIR points elsewhere when a checkout lives somewhere else.
const FACTS = `${process.env.TIP_REFERENCE_DIR ?? '../shared/reference'}/project-facts.json`;

describe('project pages', () => {
	it('statistics: the data file and the built table give exactly the reference’s values', () => {
		if (!existsSync(FACTS))
			throw new Error(
				`${FACTS} is missing: this test compares the statistics with the reference facts beside the repository (set TIP_REFERENCE_DIR to their folder).`,
			);
		const reference = JSON.parse(readFileSync(FACTS, 'utf8')).statistics.series as {
			id: string;
			values: { year: number; glotip?: number; us?: number }[];
		}[];
		const data = loadData('statistics.yaml');
		expect(data.map((s) => ({ id: s.id, values: s.values }))).toEqual(
			reference.map((s) => ({ id: s.id, values: s.values })),
		);
		for (const locale of ['en', 'ru', 'uz', 'uz-cyrl']) {
			const $ = page(`/${locale}/reports/statistics/`);
			for (const s of reference) {
				for (const v of s.values) {
					const row = $(`table[data-series="${s.id}"] tr[data-year="${v.year}"]`);
					for (const src of ['glotip', 'us'] as const) {
						const shown = row
							.find(`td[data-source="${src}"]`)
							.text()
							.replace(/\s|\u00a0|\u202f|,/g, '');
						if (v[src] === undefined) expect(shown).not.toMatch(/\d/);
						else expect(Number(shown), `${locale} ${s.id} ${v.year} ${src}`).toBe(v[src]);
					}
				}
			}
			expect($('svg[role=img] title').length).toBe(reference.length);
			expect($('svg[role=img] desc').first().text()).toMatch(/\d/);
		}
	});

	it('every recommendation links at least one module or digest chapter', () => {
		for (const locale of ['en', 'ru', 'uz']) {
			for (const id of ['commission-partnership', 'academies', 'judicial-cooperation', 'awareness', 'education']) {
				const $ = page(`/${locale}/recommendations/${id}/`);
				expect(
					$(`section.box a[href^="/${locale}/modules/"], section.box a[href^="/${locale}/case-digest/chapters/"]`)
						.length,
					`${locale} ${id}`,
				).toBeGreaterThan(0);
				expect($('.badge').text()).not.toBe('');
			}
		}
	});

	it('every page of this group exists in en, ru and uz as a real edition', () => {
		const status = getContentIndex()
			.getTranslationStatus()
			.filter((p) => ['reports', 'recommendations', 'news'].includes(p.collection));
		expect(status.length).toBeGreaterThanOrEqual(12);
		for (const p of status)
			for (const l of ['ru', 'uz'] as const)
				expect(p.states[l].state, `${l} ${p.collection}/${p.slug}`).toBe('up-to-date');
	});

	it('timeline: events in date order with regions named in the reader’s language', () => {
		const events = page('/ru/reports/timeline/')('ol.timeline time')
			.map((_, el) => el.attribs.datetime)
			.get();
		expect(events).toEqual([...events].sort());
		expect(events.length).toBe(loadData('events.yaml').length);
		expect(page('/ru/reports/timeline/')('ol.timeline').text()).toContain('Джизакская область');
	});
});
