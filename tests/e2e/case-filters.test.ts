import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { useBrowser } from '../helpers/browser';

const base = inject('baseUrl');
const browser = useBrowser();

/** Cases read straight from the content files: what the filters must show, computed independently. */
function casesFromContent(): { id: string; country: string; issues: string[] }[] {
	const dir = 'content/en/cases';
	return readdirSync(dir).map((f) => {
		const data = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!) as {
			country: string;
			issues: string[];
		};
		return { id: f.replace(/\.mdx$/, ''), country: data.country, issues: data.issues };
	});
}

describe('Case Digest filters', () => {
	const cases = casesFromContent();
	// The most common issue among cases from the country with most cases: a combination with results.
	const country = Object.entries(
		cases.reduce<Record<string, number>>((m, c) => ({ ...m, [c.country]: (m[c.country] ?? 0) + 1 }), {}),
	).sort((a, b) => b[1] - a[1])[0]![0];
	const issue = Object.entries(
		cases
			.filter((c) => c.country === country)
			.flatMap((c) => c.issues)
			.reduce<Record<string, number>>((m, i) => ({ ...m, [i]: (m[i] ?? 0) + 1 }), {}),
	).sort((a, b) => b[1] - a[1])[0]![0];
	const expected = cases
		.filter((c) => c.country === country && c.issues.includes(issue))
		.map((c) => c.id)
		.sort();

	it('has at least 40 cases in en and uz', async () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		expect(readdirSync('content/uz/cases').length).toBe(cases.length);
	});

	for (const locale of ['en', 'uz']) {
		it(`${locale}: filtering by issue and country shows exactly the matching cases, in the URL, restored on reload and Back`, async () => {
			const context = await browser().newContext();
			const page = await context.newPage();
			await page.goto(`${base}${locale}/case-digest/`);
			const visible = () =>
				page
					.locator('#case-list li[data-case]:visible')
					.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case!).sort());
			expect((await visible()).length).toBe(cases.length);
			await page.selectOption('select[name=issue]', issue);
			await page.selectOption('select[name=country]', country);
			expect(await visible()).toEqual(expected);
			expect(new URL(page.url()).searchParams.get('issue')).toBe(issue);
			expect(new URL(page.url()).searchParams.get('country')).toBe(country);
			// The option shows how many cases it would give.
			expect(await page.locator(`select[name=issue] option[value="${issue}"]`).textContent()).toContain(
				`(${expected.length})`,
			);
			await page.reload();
			expect(await visible()).toEqual(expected);
			expect(await page.inputValue('select[name=country]')).toBe(country);
			await page.goBack();
			expect(await page.inputValue('select[name=country]')).toBe('');
			expect(await visible()).toEqual(
				cases
					.filter((c) => c.issues.includes(issue))
					.map((c) => c.id)
					.sort(),
			);
			await context.close();
		});
	}

	it('without JavaScript, the static issue and country pages list the same cases', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${base}en/case-digest/`);
		expect(await page.locator('#case-filters').isVisible()).toBe(false);
		await page.locator(`a[href="/en/case-digest/issues/${issue}/"]`).click();
		const onIssuePage = await page
			.locator('li[data-case]')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case!).sort());
		expect(onIssuePage).toEqual(
			cases
				.filter((c) => c.issues.includes(issue))
				.map((c) => c.id)
				.sort(),
		);
		await page.goto(`${base}en/case-digest/countries/${country.toLowerCase()}/`);
		const onCountryPage = await page
			.locator('li[data-case]')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.case!).sort());
		expect(onCountryPage).toEqual(
			cases
				.filter((c) => c.country === country)
				.map((c) => c.id)
				.sort(),
		);
		expect(onCountryPage.filter((id) => onIssuePage.includes(id))).toEqual(expected);
		await context.close();
	});
});
