import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs (see stryker.config.mjs): the fast unit tests only. Chosen here and not
 * with Stryker's `testFiles`, which makes it activate module-level (static) mutants too late,
 * so they all "survive" (stryker-js issue #6144, still open in 10.1).
 */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		exclude: [
			...configDefaults.exclude,
			// These build whole sites: minutes per run.
			'tests/unit/bad-input.test.ts',
			'tests/unit/small-site-build.test.ts',
			// Covers src/content-index/ (not mutated); its check of the real content's translation state
			// fails whenever an English source changes before its translations do.
			'tests/unit/translation-status.test.ts',
			// Covers src/content-index/figures.ts (not mutated) and reads ../shared/reference/, which is
			// not beside Stryker's sandbox copy of the project.
			'tests/unit/figures.test.ts',
		],
		testTimeout: 120_000,
	},
});
