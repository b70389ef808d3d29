/**
 * How long a reader waits for search results: one measurement shared by `npm run bench` and the
 * e2e suite (tests/e2e/search.test.ts), so the budget and the test time the same thing.
 */
import type { Browser } from 'playwright-core';

/** The budget, in milliseconds from the last keystroke to the first result on the page (median per edition). */
export const SEARCH_BUDGET_MS = 150;

/** Five queries per edition, each taken from the site's own text. */
export const searchQueries = {
	en: ['consent', 'debt bondage', 'non-punishment', 'forced labour', 'victim testimony'],
	ru: ['согласие', 'долговая кабала', 'принудительный труд', 'показания потерпевшего', 'вербовка'],
	uz: ['rozilik', 'majburiy mehnat', 'jabrlanuvchi', 'qarz', 'odam savdosi'],
	'uz-cyrl': ['розилик', 'мажбурий меҳнат', 'жабрланувчи', 'қарз', 'одам савдоси'],
} as const;

/** Delay between keystrokes (the time is taken from the last one, so the pace only shortens the run). */
const KEY_DELAY_MS = 30;

/** One timed search: the time to the first result, what the page had fetched by then, and the first result's link. */
export interface SearchTiming {
	query: string;
	ms: number;
	bytes: number;
	firstHref: string;
}

/**
 * Open `<base><locale>/search/` in a fresh browser context (nothing cached), type `query` into the
 * search field at a typist's pace and time, inside the page, from the last keystroke to the
 * moment the first result for that query is in the document.
 */
export async function timeSearch(
	browser: Browser,
	base: string,
	locale: string,
	query: string,
	suffix = '',
): Promise<SearchTiming> {
	const context = await browser.newContext();
	try {
		// Installed before the page's own scripts: the keystroke and the result list are observed
		// from outside, so the page cannot report its own speed.
		await context.addInitScript(() => {
			const w = window as unknown as { __lastKey: number; __firstResult: number | undefined };
			w.__lastKey = 0;
			w.__firstResult = undefined;
			// `input`, not `keydown`: text outside the keyboard layout (Cyrillic) is typed without key events.
			addEventListener(
				'input',
				(e) => {
					w.__lastKey = e.timeStamp;
					w.__firstResult = undefined;
				},
				true,
			);
			new MutationObserver((records) => {
				const now = performance.now();
				const list = document.getElementById('search-results');
				const input = document.getElementById('search-input') as HTMLInputElement | null;
				if (w.__firstResult !== undefined || !w.__lastKey || !list) return;
				// Results put into the list (not a list left from an earlier query)…
				const added = records.some(
					(r) =>
						r.target === list && [...r.addedNodes].some((n) => (n as Element).classList?.contains('search-result')),
				);
				// …and, when the list says which query it shows, the query typed rather than an older one.
				if (added && (!list.dataset.query || list.dataset.query === input?.value.trim())) w.__firstResult = now;
			}).observe(document, { childList: true, subtree: true });
		});
		const page = await context.newPage();
		await page.goto(`${base}${locale}/search/${suffix}`);
		await page.waitForFunction(() => document.activeElement?.id === 'search-input');
		await page.keyboard.type(query, { delay: KEY_DELAY_MS });
		const handle = await page.waitForFunction(
			() => {
				const w = window as unknown as { __lastKey: number; __firstResult: number | undefined };
				if (w.__firstResult === undefined) return false;
				// Bytes the page fetched itself (the page, its assets, Pagefind's files) before the first result.
				const fetched = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
					.filter((e) => (e as PerformanceResourceTiming).responseEnd <= w.__firstResult!)
					.reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0);
				return { ms: w.__firstResult - w.__lastKey, bytes: fetched };
			},
			undefined,
			{ timeout: 15_000 },
		);
		const { ms, bytes } = (await handle.jsonValue()) as { ms: number; bytes: number };
		const firstHref = (await page.locator('.search-result__title').first().getAttribute('href')) ?? '';
		return { query, ms: Math.round(ms), bytes, firstHref };
	} finally {
		await context.close();
	}
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
