import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { compareTranslation, sourceHash } from '../../src/content-index/translation';
import { writeTranslationRecord } from '../../src/content-index/translation-record';
import { buildContentIndex } from '../../src/content-index/index';
import { textToSource, textToTranslation } from '../helpers/source';
import { makeFixture, validModule } from '../helpers/fixture';

const en = `${validModule}
## Consent {#consent}

Consent is irrelevant once a means is used.
`;
const stamped = (source: string, body: string) =>
	writeTranslationRecord(
		`---\nmodule: 6\ntitle: "Определение"\nsummary: "Элементы."\npublished: "2019-03"\nlearningOutcomes:\n  - "Объяснить."\nsource: "https://www.unodc.org/"\n---\n${body}`,
		textToSource(source),
	);
/** Compare two file texts, as the index does with parsed files. */
const compare = (source: string, translation: string | undefined) =>
	compareTranslation(textToSource(source), translation === undefined ? undefined : textToTranslation(translation));
const getTranslationStatus = (root: string) => buildContentIndex(root).getTranslationStatus();
const ruBody = '\n## Введение {#introduction}\n\nТекст.\n\n## Согласие {#consent}\n\nСогласие не имеет значения.\n';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('translation status (no git history)', () => {
	it('is up to date when the recorded hash matches the English source', () => {
		expect(compare(en, stamped(en, ruBody))).toEqual({ state: 'up-to-date' });
	});
	it('is outdated when an English section changes, naming that section', () => {
		const edited = en.replace(
			'Consent is irrelevant once a means is used.',
			'Consent never excuses the use of a prohibited means.',
		);
		expect(compare(edited, stamped(en, ruBody))).toEqual({
			state: 'outdated',
			changedSections: ['consent'],
		});
	});
	it('names the frontmatter when only a title changes', () => {
		const edited = en.replace('title: "Defining trafficking"', 'title: "Defining trafficking in persons"');
		expect(compare(edited, stamped(en, ruBody))).toEqual({
			state: 'outdated',
			changedSections: ['_frontmatter'],
		});
	});
	it('is missing when there is no file', () => {
		expect(compare(en, undefined)).toEqual({ state: 'missing' });
	});
	it('a translation that records nothing counts as outdated', () => {
		expect(compare(en, `---\ntitle: "x"\n---\n${ruBody}`).state).toBe('outdated');
	});

	it('computes every page × locale, with uz-cyrl derived from uz', () => {
		const fx = makeFixture({
			'content/en/modules/module-6.mdx': en,
			'content/uz/modules/module-6.mdx': stamped(en, ruBody),
			'content/en/modules/module-9.mdx': validModule.replace('module: 6', 'module: 9'),
		});
		cleanup = fx.cleanup;
		const status = getTranslationStatus(fx.root);
		expect(status.map((p) => [p.slug, p.states.ru.state, p.states.uz.state, p.states['uz-cyrl'].state])).toEqual([
			['module-6', 'missing', 'up-to-date', 'derived'],
			['module-9', 'missing', 'missing', 'missing'],
		]);
	});

	it('the real site: modules 9, 10, 12, 13, 14 are missing in uz, and every translation is up to date', () => {
		const status = getTranslationStatus(process.cwd());
		const missingUz = status
			.filter((p) => p.collection === 'modules' && p.states.uz.state === 'missing')
			.map((p) => p.slug)
			.sort();
		expect(missingUz).toEqual(['module-10', 'module-12', 'module-13', 'module-14', 'module-9']);
		expect(
			status.flatMap((p) =>
				Object.entries(p.states)
					.filter(([, s]) => s.state === 'outdated')
					.map(([l]) => `${l}:${p.slug}`),
			),
		).toEqual([]);
	});
});

describe('translator commands', () => {
	const run = (script: string, args: string[], cwd = process.cwd()) =>
		spawnSync(process.execPath, [join(process.cwd(), 'scripts', script), ...args], { cwd, encoding: 'utf8' });

	it('new-translation refuses an unknown locale and a missing source', () => {
		const unknown = run('new-translation.ts', ['kk', 'modules/module-9']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('Unknown locale "kk". Translations go into one of: ru, uz, uz-cyrl.');
		const missing = run('new-translation.ts', ['uz', 'modules/module-99']);
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('There is no English page content/en/modules/module-99.mdx.');
	});

	it('new-translation copies the English file with the hash recorded and sections marked', () => {
		const fx = makeFixture({ 'content/en/modules/module-6.mdx': en });
		cleanup = fx.cleanup;
		const r = run('new-translation.ts', ['uz', 'modules/module-6'], fx.root);
		expect(r.status, r.stderr).toBe(0);
		const text = readFileSync(join(fx.root, 'content/uz/modules/module-6.mdx'), 'utf8');
		expect(text).toContain(`sourceHash: "${sourceHash(textToSource(en))}"`);
		expect(text.match(/> TRANSLATE:/g)?.length).toBe(2);
		expect(compare(en, text)).toEqual({ state: 'up-to-date' });
	});

	it('translations --strict fails when something is outdated, and --json lists states', () => {
		const fx = makeFixture({
			'content/en/modules/module-6.mdx': en,
			'content/ru/modules/module-6.mdx': stamped(en, ruBody),
		});
		cleanup = fx.cleanup;
		expect(run('translations.ts', ['--strict'], fx.root).status).toBe(0);
		writeFileSync(join(fx.root, 'content/en/modules/module-6.mdx'), en.replace('Text.', 'New text.'));
		const strict = run('translations.ts', ['--strict', '--locale', 'ru'], fx.root);
		expect(strict.status).toBe(1);
		expect(strict.stdout).toMatch(/modules\/module-6\s+outdated \(introduction\)/);
		const json = JSON.parse(run('translations.ts', ['--json', '--locale', 'ru'], fx.root).stdout);
		expect(json.pages[0].states.ru).toEqual({ state: 'outdated', changedSections: ['introduction'] });
		expect(existsSync(join(fx.root, 'content/uz'))).toBe(false);
	});
});

describe('what changed in the English, word by word, without git', () => {
	const run = (script: string, args: string[], cwd: string) =>
		spawnSync(process.execPath, [join(process.cwd(), 'scripts', script), ...args], { cwd, encoding: 'utf8' });
	const enWithTwoSections = `${validModule}
## Consent {#consent}

Consent is irrelevant once a means is used. The Protocol says so in article 3.
`;

	it('shows the changed sentence of the changed section only, and nothing after mark-translated', () => {
		const fx = makeFixture({ 'content/en/modules/module-6.mdx': enWithTwoSections });
		cleanup = fx.cleanup;
		expect(run('new-translation.ts', ['ru', 'modules/module-6'], fx.root).status).toBe(0);
		const edited = enWithTwoSections.replace(
			'Consent is irrelevant once a means is used.',
			'Consent never excuses the use of a prohibited means.',
		);
		writeFileSync(join(fx.root, 'content/en/modules/module-6.mdx'), edited);
		const out = run('translations.ts', ['--locale', 'ru', '--diff'], fx.root).stdout;
		expect(out).toContain('ru  modules/module-6');
		expect(out).toContain('§ consent: changed');
		expect(out).toContain('[-is irrelevant once-]{+never excuses the use of+} a');
		expect(out).not.toContain('§ introduction');
		expect(out).not.toContain('§ _frontmatter');
		const json = JSON.parse(run('translations.ts', ['--locale', 'ru', '--diff', '--json'], fx.root).stdout);
		expect(json.changes[0].sections.map((s: { id: string; kind: string }) => `${s.id}:${s.kind}`)).toEqual([
			'consent:changed',
		]);
		expect(json.progress[0]).toMatchObject({ locale: 'ru', outdated: { pages: 1 }, missing: { pages: 0 } });
		expect(json.progress[0].outdated.words).toBeGreaterThan(5);

		expect(run('mark-translated.ts', ['ru', 'modules/module-6'], fx.root).status).toBe(0);
		const after = run('translations.ts', ['--locale', 'ru', '--diff'], fx.root).stdout;
		expect(after).toContain('No translation is outdated.');
		expect(after).toContain('ru: 100 % translated and up to date');
	});

	it('names added and removed sections, and a translation made before snapshots shows today’s text', () => {
		const fx = makeFixture({
			'content/en/modules/module-6.mdx': enWithTwoSections,
			// Recorded by an older version of the tools: hashes, but no snapshot of the English of that time.
			'content/ru/modules/module-6.mdx': stamped(en, ruBody),
		});
		cleanup = fx.cleanup;
		const json = JSON.parse(run('translations.ts', ['--locale', 'ru', '--diff', '--json'], fx.root).stdout);
		const sections = json.changes[0].sections as { id: string; kind: string; now?: string }[];
		expect(sections.find((s) => s.id === 'consent')).toMatchObject({ kind: 'changed-unknown' });
		expect(sections.find((s) => s.id === 'consent')!.now).toContain('The Protocol says so in article 3.');

		writeFileSync(
			join(fx.root, 'content/en/modules/module-6.mdx'),
			enWithTwoSections.replace(
				'## Consent {#consent}',
				'## Means {#means}\n\nThe second element.\n\n## Consent {#consent}',
			),
		);
		expect(run('mark-translated.ts', ['ru', 'modules/module-6'], fx.root).status).toBe(0);
		writeFileSync(join(fx.root, 'content/en/modules/module-6.mdx'), enWithTwoSections);
		const after = JSON.parse(run('translations.ts', ['--locale', 'ru', '--diff', '--json'], fx.root).stdout);
		expect(after.changes[0].sections).toEqual([
			{ kind: 'removed', id: 'means', before: '## Means {#means}\n\nThe second element.\n\n' },
		]);
	});
});
