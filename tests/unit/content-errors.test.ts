import { afterEach, describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../src/content-index/index';
import { ContentError } from '../../src/content-index/errors';
import { makeFixture, validModule } from '../helpers/fixture';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Check a fixture and return the report a translator would read. */
function report(files: Record<string, string>): string {
	const fx = makeFixture(files);
	cleanup = fx.cleanup;
	const { problems } = buildContentIndex(fx.root);
	return problems.length ? new ContentError([...problems]).message : 'OK';
}

describe('content errors name file, line, field and fix', () => {
	it('accepts a valid module', () => {
		expect(report({ 'content/en/modules/module-6.mdx': validModule })).toBe('OK');
	});

	it('module: empty title', () => {
		expect(
			report({ 'content/en/modules/module-6.mdx': validModule.replace('title: "Defining trafficking"', 'title: ""') }),
		).toMatchInlineSnapshot(`
			"1 content problem found:

			content/en/modules/module-6.mdx:3: title: must not be empty (found "").
			    → Correct the \`title:\` line in the frontmatter; compare with the English file of the same page.
			"
		`);
	});

	it('module: misspelt field', () => {
		expect(report({ 'content/en/modules/module-6.mdx': validModule.replace('summary:', 'sumary:') })).toMatch(
			/content\/en\/modules\/module-6\.mdx:4: sumary: this field is not part of this kind of page\.\n {4}→ Check the spelling\. Allowed fields: module, title, summary/,
		);
	});

	it('module: wrong date format', () => {
		expect(report({ 'content/en/modules/module-6.mdx': validModule.replace('"2019-03"', '"March 2019"') })).toContain(
			'content/en/modules/module-6.mdx:5: published: must be a month written YYYY-MM, e.g. "2019-03" (found "March 2019").',
		);
	});

	it('module: number out of range', () => {
		expect(report({ 'content/en/modules/module-6.mdx': validModule.replace('module: 6', 'module: 16') })).toContain(
			'content/en/modules/module-6.mdx:2: module: must be a module number from 6 to 14 (found 16).',
		);
	});

	it('case: unknown evidential issue lists the allowed ids', () => {
		const text = `---\ntitle: "X v. Y"\ncountry: "US"\ncourt: null\ncourtLevel: "appeal"\nyear: null\nissues: ["violence", "threatz"]\noutcome: null\nchapter: "3.2"\n---\nBody.\n`;
		expect(report({ 'content/en/cases/x.mdx': text })).toContain(
			'content/en/cases/x.mdx:7: issues.1: must be one of the evidential-issue ids in content/data/evidential-issues.yaml: violence, consent (found "threatz").',
		);
	});

	it('case: unknown country code', () => {
		const text = `---\ntitle: "X v. Y"\ncountry: "XX"\ncourt: null\ncourtLevel: "trial"\nyear: 2012\nissues: ["violence"]\noutcome: null\nchapter: "3.2"\n---\nBody.\n`;
		expect(report({ 'content/en/cases/x.mdx': text })).toContain(
			'content/en/cases/x.mdx:3: country: must be a two-letter ISO 3166-1 country code in capitals, e.g. "US", "PH", "DE" (found "XX").',
		);
	});

	it('chapter: missing order', () => {
		expect(
			report({
				'content/en/digest/violence.mdx': `---\ntitle: "Violence"\nissue: "violence"\npart: "3.2"\n---\nText.\n`,
			}),
		).toContain('content/en/digest/violence.mdx:2: order: is required, expected number (found nothing).');
	});

	it('recommendation: unknown institution', () => {
		const text = `---\ntitle: "T"\nsummary: "S"\norder: 1\ntheme: "Training"\nbasis: ["x"]\nactors: ["senate"]\n---\nText.\n`;
		expect(report({ 'content/en/recommendations/r.mdx': text })).toContain(
			'content/en/recommendations/r.mdx:7: actors.0: must be one of the institution ids in content/data/institutions.yaml: supreme-court (found "senate").',
		);
	});

	it('report: bad period', () => {
		const text = `---\ntitle: "T"\nsummary: "S"\norder: 1\nperiod: { start: "2019-7", end: "2021-12" }\n---\nText.\n`;
		expect(report({ 'content/en/reports/r.mdx': text })).toContain(
			'content/en/reports/r.mdx:5: period.start: must be a month written YYYY-MM',
		);
	});

	it('news: wrong type for date', () => {
		const text = `---\ntitle: "T"\ndate: 2022-06-02\nplace: null\nsource: { name: "UNODC", url: null }\n---\nText.\n`;
		expect(report({ 'content/en/news/n.mdx': text })).toContain(
			'content/en/news/n.mdx:3: date: write the date in double quotes, e.g. "2022-06-02", so it stays text (found an unquoted date 2022-06-02).',
		);
	});

	it('bad YAML names the line', () => {
		expect(
			report({
				'content/en/modules/module-6.mdx': validModule.replace(
					'title: "Defining trafficking"',
					'title: "Defining trafficking',
				),
			}),
		).toMatch(/content\/en\/modules\/module-6\.mdx:\d+: The frontmatter is not valid YAML/);
	});

	it('unknown locale folder', () => {
		expect(
			report({ 'content/en/modules/module-6.mdx': validModule, 'content/kk/modules/module-6.mdx': validModule }),
		).toContain(
			'content/kk/modules/module-6.mdx:1: "kk" is not a language edition of this site.\n    → Move the file into one of the edition folders: content/en/, content/ru/, content/uz/, content/uz-cyrl/.',
		);
	});

	it('translation without an English source', () => {
		expect(
			report({
				'content/en/modules/module-6.mdx': validModule,
				'content/ru/modules/module-7.mdx': validModule.replace('module: 6', 'module: 7'),
			}),
		).toContain(
			'content/ru/modules/module-7.mdx:1: This translation has no English source file (content/en/modules/module-7.mdx).',
		);
	});

	it('data file: glossary entry missing a language', () => {
		const glossary = `- id: "consent"\n  term: { en: "consent", ru: "согласие" }\n  definition: { en: "a", ru: "b", uz: "c" }\n  status: { ru: "established", uz: "suggestion" }\n`;
		expect(report({ 'content/data/glossary.yaml': glossary })).toContain(
			'content/data/glossary.yaml:2: 0.term.uz: is required, expected string (found nothing).',
		);
	});
});
