/**
 * axe-core, run inside the page itself: injected once per loaded document, then run as often as a
 * test needs (the light scheme, the dark one, a part of the page after a click).
 *
 * Why not @axe-core/playwright: its `analyze()` injects axe twice into every frame and finishes each
 * run in a new blank page with a third copy, which made axe the suite's largest cost (1.0–3.5 s a
 * run against 0.2–1.4 s here, measured on this site's pages). What it adds is support for frames
 * from other origins; this site has none (nothing is embedded), and `axeViolations` refuses a page
 * with any frame rather than check it partly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeOptions {
	/** Only this part of the page (a CSS selector); the whole document when absent. */
	include?: string;
	/** Only these rules; every rule axe runs by default when absent. */
	rules?: string[];
}

/** The violations axe finds on the page as it is now, as `rule: selector | selector` lines (empty when it passes). */
export async function axeViolations(page: Page, { include, rules }: AxeOptions = {}): Promise<string[]> {
	if (page.frames().length > 1)
		throw new Error(
			`${page.url()} has frames: axe is run in the top document only, so embed nothing or check the frames too.`,
		);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const options: RunOptions = {
		resultTypes: ['violations'],
		...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
	};
	// Reduced to strings in the page: the full results (passes included) need not cross to Node.
	return page.evaluate(
		async ([include, options]) => {
			const { axe } = window as unknown as { axe: { run: (c: unknown, o: RunOptions) => Promise<AxeResults> } };
			const results = await axe.run(include ?? document, options);
			return results.violations.map(
				(v) =>
					`${v.id}: ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(' | ')}`,
			);
		},
		[include ?? null, options] as const,
	);
}
