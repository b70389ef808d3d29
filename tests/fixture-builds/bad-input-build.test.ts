/**
 * Bad input, end to end: a real `astro build` of a small copy of the site stops with a non-zero
 * exit, prints the problems with file, line and fix, and changes nothing in content/. The kinds
 * of mistake themselves are covered, without building, by tests/unit/bad-input.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildProject, contentFingerprint, makeProject, smallModuleEn, smallModuleRu } from '../helpers/project';

const EN = 'content/en/modules/module-6.mdx';
const RU = 'content/ru/modules/module-6.mdx';

/** Build a broken copy; returns the output, after asserting the exit and that content/ is untouched. */
function buildBroken(files: Record<string, string>): string {
	const project = makeProject(files);
	try {
		const before = contentFingerprint(project.root);
		const { status, signal, output } = buildProject(project.root);
		// Killed by the time limit is not "failed as it should": the exit must be the build's own.
		expect(signal, output.slice(-2000)).toBeNull();
		expect(status, output.slice(-2000)).toBe(1);
		expect(contentFingerprint(project.root)).toBe(before);
		return output;
	} finally {
		project.cleanup();
	}
}

/** The line after `expected` in the output is its fix. */
function expectProblem(output: string, expected: string, fix: string): void {
	const lines = output.split('\n');
	const at = lines.findIndex((l) => l.startsWith(expected));
	expect(at, output.slice(-3000)).toBeGreaterThanOrEqual(0);
	expect(lines[at + 1], output.slice(-3000)).toContain(`→ ${fix}`);
}

describe('a build with bad content', () => {
	it('stops before rendering, naming every problem with its file, line and fix', () => {
		const output = buildBroken({
			[RU]: smallModuleRu
				.replace('title: "Определение понятия торговли людьми"', 'title: "Понятие трафикинга"')
				.replace('Модуль объясняет определение.', 'Дети {менее 18 лет} < 5.'),
		});
		expectProblem(
			output,
			`${RU}:3: "трафикинг" is a discouraged rendering of the glossary term "trafficking-in-persons".`,
			'Use the glossary\'s term "торговля людьми"',
		);
		expectProblem(output, `${RU}:13: Curly braces { } start a JavaScript expression`, 'Use round brackets ( )');
		expectProblem(output, `${RU}:13: A "<" in running text starts an HTML tag`, 'Write the words instead');
		expect(output).not.toMatch(/generating static routes/);
	});

	it('stops after rendering when links or published URLs break, naming them all', () => {
		const output = buildBroken({
			[EN]: smallModuleEn.replace(
				'See [consent](/modules/module-6/#consent).',
				'See [module 99](/modules/module-99/), [agreement](/modules/module-6/#agreement) and [the glossary](/glossary/#consentt).',
			),
			'content/urls.lock': '/en/\n/en/modules/module-6/\n/en/modules/module-7/\n',
		});
		const fixPage = 'Check the path: internal links are written without a language';
		const fixSection = 'Check the #id against the headings of the target page';
		expectProblem(
			output,
			`${EN}:13: On /en/modules/module-6/, this links to a page that does not exist: /en/modules/module-99/.`,
			fixPage,
		);
		expectProblem(
			output,
			`${EN}:13: On /en/modules/module-6/, this links to a section that does not exist on the target page: /en/modules/module-6/#agreement.`,
			fixSection,
		);
		expectProblem(
			output,
			`${EN}:13: On /en/modules/module-6/, this links to a section that does not exist on the target page: /en/glossary/#consentt.`,
			fixSection,
		);
		expectProblem(
			output,
			'content/urls.lock:3: The published URL /en/modules/module-7/ is no longer built.',
			"Trainers' handouts may link it",
		);
	});
});
