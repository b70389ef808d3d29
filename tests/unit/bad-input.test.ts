/**
 * Broken content, as translators and editors really break it. Each case writes a small copy of the
 * site's content (real data files, interface strings and glossary; one module in two languages and
 * the report) with one mistake, runs the content checks the build runs first, and asserts the
 * report a translator reads: file, line, what is wrong, and the fix on the line after it.
 * Nothing is built here; tests/fixture-builds/ proves end to end that such a build exits non-zero
 * and changes nothing, and tests/fixture-builds/dev-server.test.ts that the dev server shows the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildContentIndex } from '../../src/content-index/index';
import { ContentError } from '../../src/content-index/errors';
import { compareTranslation } from '../../src/content-index/translation';
import { makeProject, smallModuleEn, smallModuleRu } from '../helpers/project';
import { writeTranslationRecord } from '../../src/content-index/translation-record';
import { textToSource } from '../helpers/source';

const EN = 'content/en/modules/module-6.mdx';
const RU = 'content/ru/modules/module-6.mdx';
const UZ = 'content/uz/modules/module-6.mdx';
const en6 = smallModuleEn;
const ru6 = smallModuleRu;
const caseFile = (fields: string) =>
	`---\ntitle: "X v. Y"\n${fields}\noutcome: null\nchapter: "3.2"\n---\n\nThe court weighed the evidence.\n`;
const validCase = caseFile('country: "US"\ncourt: null\ncourtLevel: "trial"\nyear: null\nissues: ["violence"]');

interface BadCase {
	name: string;
	files: Record<string, string | Uint8Array | null>;
	/** The exact first line of the report for this problem: `file:line: message`. */
	expected: string;
	/** The start of the fix, printed on the line after it. */
	fix: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

const cases: BadCase[] = [
	{
		name: 'bad YAML',
		files: {
			[EN]: en6.replace('title: "Defining the Concept of Trafficking in Persons"', 'title: "Defining the Concept'),
		},
		expected: `${EN}:3: The frontmatter is not valid YAML`,
		fix: 'Check quotes and indentation on this line',
	},
	{
		name: 'wrong type',
		files: { [EN]: en6.replace('module: 6', 'module: "six"') },
		expected: `${EN}:2: module: expected number (found "six").`,
		fix: 'Correct the `module:` line in the frontmatter',
	},
	{
		name: 'empty title',
		files: { [RU]: ru6.replace('title: "Определение понятия торговли людьми"', 'title: ""') },
		expected: `${RU}:3: title: must not be empty (found "").`,
		fix: 'Correct the `title:` line',
	},
	{
		name: 'misspelt field',
		files: { [RU]: ru6.replace('title:', 'tilte:') },
		expected: `${RU}:3: tilte: this field is not part of this kind of page.`,
		fix: 'Check the spelling. Allowed fields: module, title, summary',
	},
	{
		name: 'wrong date format',
		files: { [EN]: en6.replace('"2019-03"', '"2019/03"') },
		expected: `${EN}:5: published: must be a month written YYYY-MM, e.g. "2019-03" (found "2019/03").`,
		fix: 'Correct the `published:` line',
	},
	{
		name: 'unquoted date in news',
		files: {
			'content/en/news/n.mdx': `---\ntitle: "T"\ndate: 2022-06-02\nplace: null\nsource: { name: "UNODC", url: null }\n---\n\nText.\n`,
		},
		expected:
			'content/en/news/n.mdx:3: date: write the date in double quotes, e.g. "2022-06-02", so it stays text (found an unquoted date 2022-06-02).',
		fix: 'Correct the `date:` line',
	},
	{
		name: 'no frontmatter',
		files: { [RU]: ru6.replace(/^---[\s\S]*?---\n/, '') },
		expected: `${RU}:1: The file does not start with a frontmatter block.`,
		fix: 'Begin the file with a line `---`',
	},
	{
		name: 'unknown locale folder',
		files: { 'content/kk/modules/module-6.mdx': ru6 },
		expected: 'content/kk/modules/module-6.mdx:1: "kk" is not a language edition of this site.',
		fix: 'Move the file into one of the edition folders: content/en/, content/ru/, content/uz/, content/uz-cyrl/.',
	},
	{
		name: 'unknown collection folder',
		files: { 'content/en/articles/a.mdx': en6 },
		expected: 'content/en/articles/a.mdx:1: "articles" is not a kind of page this site builds.',
		fix: 'Put the file in one of: content/en/modules/',
	},
	{
		name: 'translation without English source',
		files: { 'content/ru/modules/module-7.mdx': ru6.replace('module: 6', 'module: 7') },
		expected:
			'content/ru/modules/module-7.mdx:1: This translation has no English source file (content/en/modules/module-7.mdx).',
		fix: 'Every page starts in English',
	},
	{
		name: 'unknown component',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль <Warning>объясняет</Warning> определение.') },
		expected: `${RU}:13: <Warning> is not a component this site provides (or an HTML tag in prose).`,
		fix: 'Use Markdown instead; the allowed components are: <Latn>',
	},
	{
		name: 'import in MDX',
		files: { [EN]: en6.replace('## Introduction', "import Chart from '../chart.astro';\n\n## Introduction") },
		expected: `${EN}:11: \`import\` statements are not allowed in content files.`,
		fix: 'Remove the line',
	},
	{
		name: 'export in MDX',
		files: { [EN]: en6.replace('## Consent {#consent}', 'export const x = 1;\n\n## Consent {#consent}') },
		expected: `${EN}:15: \`export\` statements are not allowed in content files.`,
		fix: 'Remove the line',
	},
	{
		name: 'JavaScript expression',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль объясняет {1 + 1} определения.') },
		expected: `${RU}:13: Curly braces { } start a JavaScript expression in MDX, which content files may not use.`,
		fix: 'Use round brackets ( ) in running text',
	},
	{
		name: 'a lone { in prose',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль объясняет определение {менее 18 лет.') },
		expected: `${RU}:13: Curly braces { } start a JavaScript expression in MDX, which content files may not use.`,
		fix: 'Use round brackets ( ) in running text',
	},
	{
		name: 'a heading id written in running text',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'См. раздел {#bad id} ниже.') },
		expected: `${RU}:13: Curly braces { } start a JavaScript expression in MDX, which content files may not use.`,
		fix: 'Use round brackets ( ) in running text',
	},
	{
		name: 'a stray < before a number',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Дети < 5 лет особенно уязвимы.') },
		expected: `${RU}:13: A "<" in running text starts an HTML tag in MDX, so the page cannot be built.`,
		fix: 'Write the words instead',
	},
	{
		name: 'a stray < glued to a number',
		files: { [EN]: en6.replace('The module explains the definition.', 'Victims aged <5 need special care.') },
		expected: `${EN}:13: A "<" in running text starts an HTML tag in MDX, so the page cannot be built.`,
		fix: 'Write the words instead',
	},
	{
		name: 'heading without id',
		files: { [EN]: en6.replace('## Consent {#consent}', '## Consent') },
		expected: `${EN}:15: The heading "Consent" has no id.`,
		fix: 'End the heading with an id in English kebab-case',
	},
	{
		name: 'a Cyrillic heading id',
		files: { [RU]: ru6.replace('{#consent}', '{#согласие}') },
		expected: `${RU}:15: The heading id "согласие" is not a lowercase kebab-case id.`,
		fix: 'Use lowercase Latin letters, digits and hyphens only',
	},
	{
		name: 'an upper-case heading id',
		files: { [EN]: en6.replace('{#consent}', '{#Consent}') },
		expected: `${EN}:15: The heading id "Consent" is not a lowercase kebab-case id.`,
		fix: 'Use lowercase Latin letters, digits and hyphens only',
	},
	{
		name: 'duplicate section id',
		files: { [EN]: en6.replace('## Consent {#consent}', '## Consent {#introduction}') },
		expected: `${EN}:15: The heading id "introduction" is used twice (first on line 11).`,
		fix: 'Give each section its own id',
	},
	{
		name: 'id mismatch with the source',
		files: { [RU]: ru6.replace('{#consent}', '{#soglasie}') },
		expected: `${RU}:10: Section ids differ from the English edition (${EN}): missing consent; not in English soglasie.`,
		fix: 'Keep each heading id exactly as in the English file',
	},
	{
		name: 'a translation whose module number differs from the English',
		files: { [RU]: ru6.replace('module: 6', 'module: 7') },
		expected: `${RU}:2: module: 7 differs from the English file (6).`,
		fix: `This field is a fact shared by every edition: copy it from ${EN}`,
	},
	{
		name: 'a translated case with other issues than the English',
		files: {
			'content/en/cases/x.mdx': validCase,
			'content/ru/cases/x.mdx': validCase.replace('["violence"]', '["violence", "consent"]'),
		},
		expected: 'content/ru/cases/x.mdx:7: issues: ["violence","consent"] differs from the English file (["violence"]).',
		fix: 'This field is a fact shared by every edition: copy it from content/en/cases/x.mdx',
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
		fix: 'Correct the `issues.1:` line',
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
		fix: 'Correct the `country:` line',
	},
	{
		name: 'a case put in the modules folder',
		files: { 'content/en/modules/x.mdx': validCase },
		expected: 'content/en/modules/x.mdx:1: This looks like a page of "cases", but it is in the "modules" folder.',
		fix: 'Move the file to content/en/cases/',
	},
	{
		name: 'discouraged term in the text',
		files: { [RU]: ru6.replace('Модуль объясняет определение.', 'Модуль объясняет, что такое трафикинг.') },
		expected: `${RU}:13: "трафикинг" is a discouraged rendering of the glossary term "trafficking-in-persons".`,
		fix: 'Use the glossary\'s term "торговля людьми"',
	},
	{
		name: 'discouraged term in a title',
		files: { [RU]: ru6.replace('title: "Определение понятия торговли людьми"', 'title: "Понятие трафикинга"') },
		expected: `${RU}:3: "трафикинг" is a discouraged rendering of the glossary term "trafficking-in-persons".`,
		fix: 'Use the glossary\'s term "торговля людьми"',
	},
	{
		name: 'discouraged inflected variant (glossary pattern with *)',
		files: {
			[RU]: ru6.replace(
				'Согласие не имеет значения, если использован способ воздействия.',
				'Согласие не имеет значения при использовании уязвимого положения.',
			),
		},
		expected: `${RU}:17: "использовани* уязвим*" is a discouraged rendering of the glossary term "abuse-of-vulnerability".`,
		fix: 'Use the glossary\'s term "злоупотребление уязвимостью положения"',
	},
	{
		name: 'discouraged term in an interface string',
		files: { 'content/ui/ru.json': null },
		expected: '',
		fix: '',
	},
	{
		name: 'data file entry missing a language',
		files: {
			'content/data/institutions.yaml':
				'- id: "supreme-court"\n  name:\n    en: "Supreme Court"\n    ru: "Верховный суд"\n',
		},
		expected: 'content/data/institutions.yaml:2: 0.name.uz: is required, expected string (found nothing).',
		fix: 'Correct the `0.name.uz:` line',
	},
	{
		name: 'syntax error in a data file',
		files: {
			'content/data/institutions.yaml': '- id: "supreme-court"\n  name: { en: "Supreme Court", ru: "Верховный суд"\n',
		},
		expected: 'content/data/institutions.yaml:3: The data file is not valid YAML',
		fix: 'Check quotes and indentation on this line',
	},
	{
		name: 'duplicate key in the frontmatter',
		files: { [RU]: ru6.replace('summary:', 'title: "Другое"\nsummary:') },
		expected: `${RU}:4: The field \`title\` appears twice in the frontmatter.`,
		fix: 'Keep one of the two lines',
	},
	{
		name: 'a byte-order mark at the start',
		files: { [RU]: utf8(`\uFEFF${ru6}`) },
		expected: `${RU}:1: The file starts with an invisible byte-order mark (BOM).`,
		fix: 'Save the file as "UTF-8" without BOM',
	},
	{
		name: 'invalid UTF-8 (a file saved as Windows-1251)',
		files: { [RU]: new Uint8Array([...utf8(ru6.split('\n').slice(0, 12).join('\n')), 10, 0xcc, 0xee, 0xe4, 10]) },
		expected: `${RU}:13: The file is not valid UTF-8 text (it was saved in another encoding, e.g. Windows-1251).`,
		fix: 'Reopen the file with the encoding it was written in',
	},
	{
		name: 'an empty file',
		files: { [RU]: '' },
		expected: `${RU}:1: The file is empty.`,
		fix: 'Start from the English file of the same page',
	},
	{
		name: 'an unclosed frontmatter block',
		files: { [RU]: ru6.replace(/\n---\n\n## Введение/, '\n\n## Введение') },
		expected: `${RU}:1: The frontmatter block starts with \`---\` but is never closed.`,
		fix: 'Add a line `---` after the last field',
	},
	{
		name: 'a court record for a case the site does not have',
		files: {
			'content/data/court-records.yaml':
				'- case: "no-such-case"\n  court: "Court"\n  date: "2010-01-01"\n  number: null\n  url: null\n  sherloc: null\n',
		},
		expected: 'content/data/court-records.yaml:1: case: "no-such-case" is not a case page of this site.',
		fix: 'Use the file name of a page in content/en/cases/',
	},
];

/** The discouraged-term-in-UI case needs the real UI file with one string changed. */
import { readFileSync } from 'node:fs';
const uiCase = cases.find((c) => c.name === 'discouraged term in an interface string')!;
const ruUi = JSON.parse(readFileSync('content/ui/ru.json', 'utf8')) as Record<string, string>;
uiCase.files = {
	'content/ui/ru.json': JSON.stringify({ ...ruUi, 'nav.caseDigest': 'Дайджест дел' }, null, 2),
};
const uiLine =
	JSON.stringify({ ...ruUi }, null, 2)
		.split('\n')
		.findIndex((l) => l.includes('"nav.caseDigest"')) + 1;
uiCase.expected = `content/ui/ru.json:${uiLine}: "дайджест*" is a discouraged rendering of the glossary term "case-digest".`;
uiCase.fix = 'Use the glossary\'s term "Сборник дел"';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The report a translator reads for a copy of the small site with these files changed. */
function report(files: Record<string, string | Uint8Array | null>): string {
	const project = makeProject(files, { contentOnly: true });
	cleanup = project.cleanup;
	const { problems } = buildContentIndex(project.root);
	return problems.length ? new ContentError([...problems]).message : 'OK';
}

describe('bad input: the report names file, line, the problem and the fix', () => {
	it('the small valid site has no problems (so each failure below is caused by its mistake)', () => {
		expect(report({})).toBe('OK');
	});

	it.each(cases)('$name', ({ files, expected, fix }) => {
		const text = report(files);
		const lines = text.split('\n');
		const at = lines.findIndex((l) => l.startsWith(expected));
		expect(at, text).toBeGreaterThanOrEqual(0);
		expect(lines[at + 1], text).toMatch(new RegExp(`^ {4}→ ${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});

	it('several problems in one file are all reported in one run, each at its line', () => {
		const text = report({
			[RU]: ru6
				.replace('title: "Определение понятия торговли людьми"', 'title: ""')
				.replace('Модуль объясняет определение.', 'Модуль объясняет {определение} < 5.')
				.replace('{#consent}', '{#Consent}'),
		});
		expect(text).toMatch(/^1 content problem found|^\d+ content problems found/);
		expect(text).toContain(`${RU}:3: title: must not be empty (found "").`);
		// The schema error stops the file's other checks: fixing the frontmatter first is what the translator must do.
		const afterFix = report({
			[RU]: ru6
				.replace('Модуль объясняет определение.', 'Модуль объясняет {определение} < 5.')
				.replace('{#consent}', '{#Consent}'),
		});
		for (const line of [
			`${RU}:13: Curly braces { } start a JavaScript expression`,
			`${RU}:13: A "<" in running text starts an HTML tag`,
			`${RU}:15: The heading id "Consent" is not a lowercase kebab-case id.`,
		])
			expect(afterFix).toContain(line);
	});
});

describe('input that looks wrong but is fine', () => {
	it('CRLF line endings: accepted, same ids, and a translation stays up to date', () => {
		const crlf = (s: string) => s.replace(/\n/g, '\r\n');
		const ru = writeTranslationRecord(ru6, textToSource(en6));
		expect(report({ [EN]: crlf(en6), [RU]: crlf(ru) })).toBe('OK');
		expect(
			compareTranslation(textToSource(crlf(en6).replace(/\r\n/g, '\n')), {
				meta: textToSource(ru).frontmatter.translation as never,
			}),
		).toEqual({
			state: 'up-to-date',
		});
		const project = makeProject({ [EN]: crlf(en6), [RU]: crlf(ru) }, { contentOnly: true });
		cleanup = project.cleanup;
		const index = buildContentIndex(project.root);
		expect(index.getTranslationState('ru', 'modules/module-6')).toEqual({ state: 'up-to-date' });
	});

	it('a quoted mention of a discouraged variant is allowed', () => {
		expect(
			report({ [RU]: ru6.replace('Модуль объясняет определение.', 'Слово «трафикинг» в текстах не используется.') }),
		).toBe('OK');
	});

	it('a backticked < and an allowed component are fine', () => {
		expect(
			report({ [UZ]: ru6.replace('Модуль объясняет определение.', 'Belgi `<` va <Latn>Sabhnani</Latn> ishi.') }),
		).toBe('OK');
	});
});

describe('the suite', () => {
	it('covers at least 40 kinds of mistake', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
	});
});
