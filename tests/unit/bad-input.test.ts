/**
 * Broken content, as translators and editors really break it: each case builds a small copy of
 * the site and asserts the exact message (file, line, problem), a non-zero exit, and that the
 * failed build changed nothing in content/.
 */
import { describe, expect, it } from 'vitest';
import { buildProject, contentFingerprint, makeProject, smallModuleEn, smallModuleRu } from '../helpers/project';

const en6 = smallModuleEn;
const ru6 = smallModuleRu;
const EN = 'content/en/modules/module-6.mdx';
const RU = 'content/ru/modules/module-6.mdx';
const caseFile = (fields: string) =>
	`---\ntitle: "X v. Y"\n${fields}\noutcome: null\nchapter: "3.2"\n---\n\nThe court weighed the evidence.\n`;

interface BadCase {
	name: string;
	files: Record<string, string | null>;
	/** The exact first line of the report for this problem. */
	expected: string;
}

const cases: BadCase[] = [
	{
		name: 'bad YAML',
		files: {
			[EN]: en6.replace('title: "Defining the Concept of Trafficking in Persons"', 'title: "Defining the Concept'),
		},
		expected: `${EN}:3: The frontmatter is not valid YAML`,
	},
	{
		name: 'wrong type',
		files: { [EN]: en6.replace('module: 6', 'module: "six"') },
		expected: `${EN}:2: module: expected number (found "six").`,
	},
	{
		name: 'empty title',
		files: { [RU]: ru6.replace('title: "Определение понятия торговли людьми"', 'title: ""') },
		expected: `${RU}:3: title: must not be empty (found "").`,
	},
	{
		name: 'misspelt field',
		files: { [RU]: ru6.replace('title:', 'tilte:') },
		expected: `${RU}:3: tilte: this field is not part of this kind of page.`,
	},
	{
		name: 'wrong date format',
		files: { [EN]: en6.replace('"2019-03"', '"2019/03"') },
		expected: `${EN}:5: published: must be a month written YYYY-MM, e.g. "2019-03" (found "2019/03").`,
	},
	{
		name: 'unquoted date in news',
		files: {
			'content/en/news/n.mdx': `---\ntitle: "T"\ndate: 2022-06-02\nplace: null\nsource: { name: "UNODC", url: null }\n---\n\nText.\n`,
		},
		expected:
			'content/en/news/n.mdx:3: date: write the date in double quotes, e.g. "2022-06-02", so it stays text (found an unquoted date 2022-06-02).',
	},
	{
		name: 'no frontmatter',
		files: { [RU]: ru6.replace(/^---[\s\S]*?---\n/, '') },
		expected: `${RU}:1: The file does not start with a frontmatter block.`,
	},
	{
		name: 'unknown locale folder',
		files: { 'content/kk/modules/module-6.mdx': ru6 },
		expected: 'content/kk/modules/module-6.mdx:1: "kk" is not a language edition of this site.',
	},
	{
		name: 'unknown collection folder',
		files: { 'content/en/articles/a.mdx': en6 },
		expected: 'content/en/articles/a.mdx:1: "articles" is not a kind of page this site builds.',
	},
	{
		name: 'translation without English source',
		files: { 'content/ru/modules/module-7.mdx': ru6.replace('module: 6', 'module: 7') },
		expected:
			'content/ru/modules/module-7.mdx:1: This translation has no English source file (content/en/modules/module-7.mdx).',
	},
	{
		name: 'unknown component',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль <Warning>объясняет</Warning> определение.') },
		expected: `${RU}:13: <Warning> is not a component this site provides (or an HTML tag in prose).`,
	},
	{
		name: 'import in MDX',
		files: { [EN]: en6.replace('## Introduction', "import Chart from '../chart.astro';\n\n## Introduction") },
		expected: `${EN}:11: \`import\` statements are not allowed in content files.`,
	},
	{
		name: 'export in MDX',
		files: { [EN]: en6.replace('## Consent {#consent}', 'export const x = 1;\n\n## Consent {#consent}') },
		expected: `${EN}:15: \`export\` statements are not allowed in content files.`,
	},
	{
		name: 'JavaScript expression',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль объясняет {1 + 1} определения.') },
		expected: `${RU}:13: Curly braces { } start a JavaScript expression in MDX, which content files may not use.`,
	},
	{
		name: 'heading without id',
		files: { [EN]: en6.replace('## Consent {#consent}', '## Consent') },
		expected: `${EN}:15: The heading "Consent" has no id.`,
	},
	{
		name: 'duplicate section id',
		files: { [EN]: en6.replace('## Consent {#consent}', '## Consent {#introduction}') },
		expected: `${EN}:15: The heading id "introduction" is used twice (first on line 11).`,
	},
	{
		name: 'id mismatch with the source',
		files: { [RU]: ru6.replace('{#consent}', '{#soglasie}') },
		expected: `${RU}:10: Section ids differ from the English edition (${EN}): missing consent; not in English soglasie.`,
	},
	{
		name: 'unknown evidential issue',
		files: {
			'content/en/cases/x.mdx': caseFile(
				'country: "US"\ncourt: null\ncourtLevel: "trial"\nyear: null\nissues: ["violence", "bribery"]',
			),
		},
		expected:
			'content/en/cases/x.mdx:7: issues.1: must be one of the evidential-issue ids in content/data/evidential-issues.yaml: victim-testimony, corroboration,',
	},
	{
		name: 'unknown country code',
		files: {
			'content/en/cases/x.mdx': caseFile(
				'country: "UK"\ncourt: null\ncourtLevel: "trial"\nyear: null\nissues: ["violence"]',
			),
		},
		expected:
			'content/en/cases/x.mdx:3: country: must be a two-letter ISO 3166-1 country code in capitals, e.g. "US", "PH", "DE" (the ISO code is "GB") (found "UK").',
	},
	{
		name: 'discouraged term',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль объясняет, что такое трафикинг.') },
		expected: `${RU}:13: "трафикинг" is a discouraged rendering of the glossary term "trafficking-in-persons".`,
	},
	{
		name: 'data file entry missing a language',
		files: {
			'content/data/institutions.yaml':
				'- id: "supreme-court"\n  name:\n    en: "Supreme Court"\n    ru: "Верховный суд"\n',
		},
		expected: 'content/data/institutions.yaml:2: 0.name.uz: is required, expected string (found nothing).',
	},
	{
		name: 'broken internal link',
		files: { [EN]: en6.replace('[consent](/modules/module-6/#consent)', '[module 99](/modules/module-99/)') },
		expected: `${EN}:13: On /en/modules/module-6/, this links to a page that does not exist: /en/modules/module-99/.`,
	},
	{
		name: 'dead fragment',
		files: { [EN]: en6.replace('/modules/module-6/#consent', '/modules/module-6/#agreement') },
		expected: `${EN}:13: On /en/modules/module-6/, this links to a section that does not exist on the target page: /en/modules/module-6/#agreement.`,
	},
	{
		name: 'unknown glossary term',
		files: { [EN]: en6.replace('/modules/module-6/#consent', '/glossary/#consentt') },
		expected: `${EN}:13: On /en/modules/module-6/, this links to a section that does not exist on the target page: /en/glossary/#consentt.`,
	},
	{
		name: 'removed URL',
		files: { 'content/urls.lock': '/en/\n/en/modules/module-6/\n/en/modules/module-7/\n' },
		expected: 'content/urls.lock:3: The published URL /en/modules/module-7/ is no longer built.',
	},
];

describe('bad input fails the build with file, line and fix, and changes nothing', () => {
	it.concurrent.each(cases)('$name', async ({ files, expected }) => {
		const project = makeProject(files);
		try {
			const before = contentFingerprint(project.root);
			const { status, output } = buildProject(project.root);
			expect(status, output.slice(-2000)).not.toBe(0);
			expect(output).toContain(expected);
			expect(output).toMatch(/→ /);
			expect(contentFingerprint(project.root)).toBe(before);
		} finally {
			project.cleanup();
		}
	});

	it('the small valid site builds (so the failures above are caused by the broken input)', () => {
		const project = makeProject();
		try {
			const { status, output } = buildProject(project.root);
			expect(status, output.slice(-3000)).toBe(0);
		} finally {
			project.cleanup();
		}
	});
});
