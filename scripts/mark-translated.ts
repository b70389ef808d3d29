/**
 * `npm run mark-translated -- <locale> <path>`: after updating a translation to match its English
 * source, record the source's current text (so the page stops showing as outdated, and a later
 * change of the English can be shown word by word).
 * `--all-outdated` marks every outdated translation: only for English edits that did not change
 * meaning (typo fixes, rewording), after checking each one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale, localeConfig, sourceLocale, type Locale } from '../src/i18n/locales.ts';
import { getContentIndex, invalidateContentIndex } from '../src/content-index/index.ts';
import type { PageCollection } from '../src/content-index/files.ts';
import { writeTranslationRecord } from '../src/content-index/translation-record.ts';
import { pruneSourceSnapshots, saveSourceSnapshots } from '../src/content-index/snapshots.ts';

const root = process.cwd();
const { values, positionals } = parseArgs({ options: { 'all-outdated': { type: 'boolean' } }, allowPositionals: true });
const index = getContentIndex(root);

function mark(locale: Locale, path: string): void {
	const [collection, slug] = path.replace(/\.mdx$/, '').split('/') as [PageCollection, string];
	const target = index.getPage(locale, collection, slug);
	const source = index.getPage(sourceLocale, collection, slug);
	if (!target || !source) {
		console.error(
			`content/${locale}/${path}.mdx or its English source content/${sourceLocale}/${path}.mdx does not exist (or has errors: npm run check).`,
		);
		process.exit(2);
	}
	const text = readFileSync(target.file, 'utf8');
	writeFileSync(target.file, writeTranslationRecord(text, source.source));
	saveSourceSnapshots(root, source.source);
	console.log(`${target.file}: marked as translated from the current English text.`);
}

if (values['all-outdated']) {
	for (const page of index.getTranslationStatus()) {
		for (const [locale, state] of Object.entries(page.states) as [Locale, { state: string }][]) {
			if (state.state === 'outdated' && !localeConfig[locale].derivedFrom)
				mark(locale, `${page.collection}/${page.slug}`);
		}
	}
} else {
	const [locale, path] = positionals;
	if (!locale || !path || !isLocale(locale) || locale === sourceLocale) {
		console.error(
			'Usage: npm run mark-translated -- <locale> <path>, e.g. npm run mark-translated -- ru modules/module-9',
		);
		process.exit(2);
	}
	mark(locale, path);
}
invalidateContentIndex(root);
const removed = pruneSourceSnapshots(root, getContentIndex(root));
if (removed) console.log(`${removed} source snapshot(s) no translation refers to any more were removed.`);
