import { describe, expect, it } from 'vitest';
import { checkPageBudgets, measurePage, pageTypes, type PageWeight } from '../../scripts/bench/page-weight';

describe('page weight budgets (the fast part of npm run bench -- --check)', () => {
	const weights: Record<string, PageWeight> = Object.fromEntries(
		Object.entries(pageTypes).map(([type, path]) => [type, measurePage('dist', path)]),
	);
	it('hold for every page type', () => {
		expect(checkPageBudgets(weights)).toEqual([]);
	});
	it('reading pages carry their text in the HTML and load one stylesheet', () => {
		for (const [type, w] of Object.entries(weights)) {
			if (type === 'search') continue;
			expect(w.contentChars, type).toBeGreaterThan(100);
			expect(w.requestsBeforePaint, type).toBe(2);
		}
	});
	it('the budget check catches a heavy page (it can fail)', () => {
		const heavy = { ...weights['module page']!, shellGzip: 20_000, requiredJs: 10, webFonts: 1 };
		expect(checkPageBudgets({ 'module page': heavy })).toHaveLength(3);
	});
});
