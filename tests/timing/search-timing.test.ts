/**
 * Time to the first search result in every edition, from the last keystroke on a freshly opened
 * search page (median of five queries per edition), reported in the test output. It runs alone,
 * after the other browser tests (its own vitest project), so the figures are not those of a
 * machine busy with other tests; `npm run bench -- --check` holds the 150 ms budget.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { median, searchQueries, timeSearch } from '../../scripts/bench/search-timing';

const base = inject('baseUrl');
const browser = useBrowser();

describe('search answers at once', () => {
	for (const [locale, queries] of Object.entries(searchQueries))
		it(`${locale}: a freshly opened search page shows the first result soon after the last keystroke`, async ({
			annotate,
		}) => {
			const timings = [];
			for (const query of queries) {
				// Each query on a search page opened in a new browser context: nothing cached, nothing loaded yet.
				const t = await timeSearch(browser(), base, locale, query);
				expect(t.firstHref.startsWith(`${new URL(base).pathname}${locale}/`), `${query}: ${t.firstHref}`).toBe(true);
				timings.push(t);
			}
			const summary = `search ${locale}: median ${median(timings.map((t) => t.ms))} ms from the last keystroke to the first result (${timings.map((t) => `${t.query} ${t.ms}`).join(', ')})`;
			console.log(summary);
			await annotate(summary);
		});
});
