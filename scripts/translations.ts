/**
 * `npm run translations [-- --locale uz] [--json] [--strict]`: the state of every page in every
 * language, the same table as the site's /en/translations/ page.
 * --strict exits non-zero when a translation is outdated.
 */
import { parseArgs } from 'node:util';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { getContentIndex } from '../src/content-index/index.ts';
import type { TranslationState } from '../src/content-index/translation.ts';

const { values } = parseArgs({
	options: { locale: { type: 'string' }, json: { type: 'boolean' }, strict: { type: 'boolean' } },
});
if (values.locale && !isLocale(values.locale)) {
	console.error(`Unknown locale "${values.locale}". Use one of: ${locales.join(', ')}.`);
	process.exit(2);
}
const shown: Locale[] = values.locale ? [values.locale as Locale] : [...locales];
const status = getContentIndex(process.cwd()).getTranslationStatus();
const label = (s: TranslationState) =>
	s.state === 'outdated'
		? `outdated (${s.changedSections.join(', ')})`
		: s.state === 'derived'
			? `derived from ${s.from}`
			: s.state;

if (values.json) {
	console.log(
		JSON.stringify(
			status.map((p) => ({
				page: `${p.collection}/${p.slug}`,
				sourceFile: p.sourceFile,
				states: Object.fromEntries(shown.map((l) => [l, p.states[l]])),
			})),
			null,
			2,
		),
	);
} else {
	const rows = status.map((p) => [`${p.collection}/${p.slug}`, ...shown.map((l) => label(p.states[l]))]);
	const header = ['page', ...shown];
	const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
	console.log('');
	for (const l of shown) {
		const counts: Record<string, number> = {};
		for (const p of status) counts[p.states[l].state] = (counts[p.states[l].state] ?? 0) + 1;
		console.log(
			`${l}: ${Object.entries(counts)
				.map(([k, v]) => `${v} ${k}`)
				.join(', ')}`,
		);
	}
}
const outdated = status.some((p) => shown.some((l) => p.states[l].state === 'outdated'));
if (values.strict && outdated) {
	console.error('\nSome translations are outdated (--strict).');
	process.exit(1);
}
