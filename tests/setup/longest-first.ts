import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The site's slowest test files, slowest first (measured: each file alone, `vitest run --project
 * site <file>`). Vitest orders files by their last durations, but a fresh clone (every CI run) has
 * none and falls back to file size, which started the axe file fourteenth and left one worker
 * alone with it at the end. Files not listed keep vitest's order, after these.
 */
const slowestFirst = [
	'tests/e2e/search.test.ts',
	'tests/e2e/accessibility.test.ts',
	'tests/e2e/header.test.ts',
	'tests/fixture-builds/base-path.test.ts',
	'tests/e2e/editions.test.ts',
	'tests/e2e/offline.test.ts',
	'tests/fixture-builds/dev-server.test.ts',
	'tests/fixture-builds/bad-input-build.test.ts',
];

export default class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const sorted = await super.sort(files);
		const rank = (spec: TestSpecification) => {
			const i = slowestFirst.findIndex((f) => spec.moduleId.endsWith(f));
			return i < 0 ? slowestFirst.length : i;
		};
		// Projects keep vitest's order, and so do unlisted files among themselves.
		const projectAt = new Map<string, number>();
		sorted.forEach((spec, i) => projectAt.set(spec.project.name, projectAt.get(spec.project.name) ?? i));
		return sorted
			.map((spec, i) => ({ spec, i, project: projectAt.get(spec.project.name)!, rank: rank(spec) }))
			.sort((a, b) => a.project - b.project || a.rank - b.rank || a.i - b.i)
			.map(({ spec }) => spec);
	}
}
