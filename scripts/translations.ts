/**
 * `npm run translations [-- --locale uz] [--diff] [--json] [--strict]`: the state of every page in
 * every language (the table of the site's /<edition>/translations/ page), each edition's progress
 * in words, and with --diff what changed in the English since each outdated translation was made,
 * word by word. --strict exits non-zero when a translation is outdated.
 */
import { parseArgs } from 'node:util';
import { isLocale, locales, sourceLocale, type Locale } from '../src/i18n/locales.ts';
import { getContentIndex } from '../src/content-index/index.ts';
import type { TranslationState } from '../src/content-index/translation.ts';
import { getTranslationProgress } from '../src/content-index/progress.ts';
import { getPageSourceChanges, type SectionChange } from '../src/content-index/source-changes.ts';

const { values } = parseArgs({
	options: {
		locale: { type: 'string' },
		json: { type: 'boolean' },
		strict: { type: 'boolean' },
		diff: { type: 'boolean' },
	},
});
if (values.locale && !isLocale(values.locale)) {
	console.error(`Unknown locale "${values.locale}". Use one of: ${locales.join(', ')}.`);
	process.exit(2);
}
const shown: Locale[] = values.locale && isLocale(values.locale) ? [values.locale] : [...locales];
const index = getContentIndex(process.cwd());
const status = index.getTranslationStatus();
const progress = getTranslationProgress(index).filter((p) => shown.includes(p.locale));
const label = (s: TranslationState) =>
	s.state === 'outdated'
		? `outdated (${s.changedSections.join(', ')})`
		: s.state === 'derived'
			? `derived from ${s.from}`
			: s.state;
const number = (n: number) => n.toLocaleString('en');

/** What changed, for every outdated page of the shown editions (derived editions follow their source's). */
const changes = () =>
	status.flatMap((p) =>
		shown
			.filter((l) => l !== sourceLocale && p.states[l].state === 'outdated')
			.map((locale) => ({
				locale,
				page: `${p.collection}/${p.slug}`,
				sections: getPageSourceChanges(index, locale, `${p.collection}/${p.slug}`) ?? [],
			})),
	);

/** A section's change as a git-style word diff: [-deleted-]{+inserted+}. */
function printChange(c: SectionChange): string {
	const color = process.stdout.isTTY;
	const del = (t: string) => (color ? `\x1b[31m[-${t}-]\x1b[0m` : `[-${t}-]`);
	const ins = (t: string) => (color ? `\x1b[32m{+${t}+}\x1b[0m` : `{+${t}+}`);
	switch (c.kind) {
		case 'changed':
			return `  § ${c.id}: changed\n${c.diff.map((p) => (p.type === 'del' ? del(p.text) : p.type === 'ins' ? ins(p.text) : p.text)).join('')}`;
		case 'changed-unknown':
			return `  § ${c.id}: changed (this translation predates source snapshots: only today's English is known)\n${c.now}`;
		case 'added':
			return `  § ${c.id}: new in the English\n${ins(c.now.trim())}`;
		case 'removed':
			return `  § ${c.id}: removed from the English${c.before ? `\n${del(c.before.trim())}` : ''}`;
	}
}

if (values.json) {
	console.log(
		JSON.stringify(
			{
				pages: status.map((p) => ({
					page: `${p.collection}/${p.slug}`,
					sourceFile: p.sourceFile,
					states: Object.fromEntries(shown.map((l) => [l, p.states[l]])),
				})),
				progress,
				...(values.diff ? { changes: changes() } : {}),
			},
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
	console.log('\nProgress in words of the English source:');
	for (const p of progress) {
		console.log(
			`${p.locale}: ${p.percent} % translated and up to date (${number(p.upToDateWords)} of ${number(p.totalWords)} words); ` +
				`to translate: ${p.missing.pages} pages, ${number(p.missing.words)} words; to review: ${p.outdated.pages} pages, ${number(p.outdated.words)} words`,
		);
	}
	if (values.diff) {
		const all = changes();
		console.log(
			all.length
				? '\nWhat changed in the English since each outdated translation was made:'
				: '\nNo translation is outdated.',
		);
		for (const c of all) console.log(`\n${c.locale}  ${c.page}\n${c.sections.map(printChange).join('\n\n')}`);
	}
}
const outdated = status.some((p) => shown.some((l) => p.states[l].state === 'outdated'));
if (values.strict && outdated) {
	console.error('\nSome translations are outdated (--strict).');
	process.exitCode = 1;
}
