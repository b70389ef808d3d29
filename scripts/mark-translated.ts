/**
 * `npm run mark-translated -- <locale> <path>`: after updating a translation to match its English
 * source, record the source's current hash (so the page stops showing as outdated).
 * `--all-outdated` marks every outdated translation: only for English edits that did not change
 * meaning (typo fixes, rewording), after checking each one.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, sourceLocale } from '../src/i18n/locales.ts';
import { getTranslationStatus, sourceHash, sourceSectionHashes } from '../src/lib/translation-status.ts';
import { translationBlock } from '../src/lib/translation-block.ts';

function mark(locale: string, path: string): void {
	const target = join('content', locale, `${path}.mdx`);
	const source = join('content', sourceLocale, `${path}.mdx`);
	if (!existsSync(target) || !existsSync(source)) {
		console.error(`${target} or its English source ${source} does not exist.`);
		process.exit(2);
	}
	const english = readFileSync(source, 'utf8');
	const text = readFileSync(target, 'utf8').replace(/^(---\r?\n[\s\S]*?)translation:\n(?:[ \t]+.*\n)*/, '$1');
	writeFileSync(
		target,
		text.replace(
			/^---\r?\n([\s\S]*?)\r?\n---/,
			(_, fm: string) => `---\n${fm}\n${translationBlock(sourceHash(english), sourceSectionHashes(english))}---`,
		),
	);
	console.log(`${target}: marked as translated from the current English text.`);
}

const args = process.argv.slice(2);
if (args[0] === '--all-outdated') {
	for (const page of getTranslationStatus(process.cwd())) {
		for (const [locale, state] of Object.entries(page.states)) {
			if (state.state === 'outdated' && locale !== 'uz-cyrl') mark(locale, `${page.collection}/${page.slug}`);
		}
	}
} else {
	const [locale, path] = args;
	if (!locale || !path || !isLocale(locale) || locale === sourceLocale) {
		console.error(
			'Usage: npm run mark-translated -- <locale> <path>, e.g. npm run mark-translated -- ru modules/module-9',
		);
		process.exit(2);
	}
	mark(locale, path.replace(/\.mdx$/, ''));
}
