// Mutation testing (StrykerJS, vitest runner) of the pure modules: `npm run test:mutation`,
// report in reports/mutation/mutation.html. Not part of `npm test` or CI: it takes minutes.
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	// Only the fast unit tests: the list and why is in that file.
	vitest: { configFile: 'stryker.vitest.config.ts' },
	coverageAnalysis: 'perTest',
	// Later runs retest only the mutants whose code or tests changed (reports/stryker-incremental.json).
	incremental: true,
	mutate: [
		'src/i18n/*.ts',
		...[
			'case-filter',
			'chart',
			'choose-locale',
			'content-html',
			'format',
			'lang',
			'localize',
			'news',
			'period',
			'saved-index',
			'search-query',
			'text',
			'toc',
		].map((name) => `src/lib/${name}.ts`),
		// The pure route helpers (URLs, links between editions, navigation), moved from src/lib/ in #19.
		...['links', 'nav', 'urls'].map((name) => `src/routing/${name}.ts`),
	],
	ignorePatterns: ['dist', 'derived', '.astro', 'bench-results', 'test-results'],
	reporters: ['clear-text', 'progress', 'html', 'json'],
	thresholds: { high: 90, low: 80, break: null },
};
