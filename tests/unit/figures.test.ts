/**
 * Every figure on the programme's pages (report, news, recommendations, every edition) is traced:
 * found in the reference facts beside the repository or in content/data/, or listed with its source
 * in content/data/figure-sources.yaml.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { getContentIndex, loadData } from '../../src/content-index/index';
import { findUntracedFigures, textToFigures } from '../../src/content-index/figures';

const REFERENCE = process.env.TIP_REFERENCE_DIR ?? '../shared/reference';

/** The texts figures may come from: the programme's fact files and the site's data files. */
function knownTexts(): string[] {
	const facts = ['project-facts.json', 'uzbekistan.json'].map((f) => `${REFERENCE}/${f}`);
	for (const f of facts)
		if (!existsSync(f))
			throw new Error(`${f} is missing: the figure check needs the reference facts (set TIP_REFERENCE_DIR).`);
	return [...facts, ...globSync('content/data/*.yaml')].map((f) => readFileSync(f, 'utf8'));
}

describe('figures', () => {
	it('reads digits, thousands separators and English number words', () => {
		expect(textToFigures('593 practitioners, 1,200 and 1 200 people, 25-26 November 2021')).toEqual([
			'593',
			'1200',
			'1200',
			'25',
			'26',
			'2021',
		]);
		expect(textToFigures('fourteen regions and one million people', true)).toEqual(['14', '1000000']);
	});

	it('every figure on the report, news and recommendation pages is traced to a source', () => {
		const untraced = findUntracedFigures(getContentIndex(), knownTexts(), loadData('figure-sources.yaml'));
		expect(untraced.map((u) => `${u.file}:${u.line}: ${u.figure} in «${u.text.slice(0, 100)}»`)).toEqual([]);
	});

	it('a figure from nowhere is caught, and an exception with its source lets it through', () => {
		const index = getContentIndex();
		const report = index.pages.find((p) => p.file === 'content/en/reports/final-report.mdx')!;
		const invented = {
			...report,
			source: { ...report.source, text: `${report.source.text}\nThe programme trained 4,321 practitioners in 2020.\n` },
		};
		const found = findUntracedFigures({ pages: [invented] }, knownTexts(), []);
		expect(found.map((u) => u.figure)).toEqual(['4321']);
		expect(
			findUntracedFigures({ pages: [invented] }, knownTexts(), [{ figure: '4321', page: 'reports/final-report' }]),
		).toEqual([]);
	});
});
