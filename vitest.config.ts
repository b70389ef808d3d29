import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/setup/longest-first.ts';

export default defineConfig({
	test: {
		sequence: { sequencer: LongestFirst },
		projects: [
			// Pure functions and content checks: no build needed.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
			// The built site: HTML in dist/ and a real Chromium against a local server, two files at a time
			// (one per core: the browser and the fixture builds keep both busy).
			{
				test: {
					name: 'site',
					include: ['tests/built/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/fixture-builds/**/*.test.ts'],
					globalSetup: ['tests/setup/serve-dist.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					maxWorkers: 2,
				},
			},
			// Search timing, alone after the rest, so its figures are not those of a busy machine.
			{
				test: {
					name: 'timing',
					include: ['tests/timing/**/*.test.ts'],
					globalSetup: ['tests/setup/serve-dist.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
