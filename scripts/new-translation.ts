/**
 * `npm run new-translation -- <locale> <path>`: start a translation by copying the English file
 * into the locale's folder, with the source hash recorded and the prose marked for translation.
 * Example: npm run new-translation -- uz modules/module-9
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLocale, locales, sourceLocale } from '../src/i18n/locales.ts';
import { sourceHash, sourceSectionHashes } from '../src/lib/translation-status.ts';
import { translationBlock } from '../src/lib/translation-block.ts';

const [locale, rawPath] = process.argv.slice(2);
const fail = (message: string): never => {
	console.error(message);
	process.exit(2);
};
if (!locale || !rawPath)
	fail('Usage: npm run new-translation -- <locale> <path>, e.g. npm run new-translation -- uz modules/module-9');
if (!isLocale(locale!) || locale === sourceLocale)
	fail(
		`Unknown locale "${locale}". Translations go into one of: ${locales.filter((l) => l !== sourceLocale).join(', ')}.`,
	);
const path = rawPath!.replace(/^content\/en\//, '').replace(/\.mdx$/, '');
const source = join('content', sourceLocale, `${path}.mdx`);
if (!existsSync(source))
	fail(
		`There is no English page ${source}. Give the path inside content/en/, e.g. modules/module-9 (see npm run translations).`,
	);
const target = join('content', locale!, `${path}.mdx`);
if (existsSync(target)) fail(`${target} already exists; edit it, or delete it first to start again.`);
const text = readFileSync(source, 'utf8');
const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)!;
const marker =
	'> TRANSLATE: replace the English text of this section, keep the id at the end of each heading as it is.\n\n';
const body = text.slice(m[0].length).replace(/^(## .*\n)/gm, `$1\n${marker}`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `---\n${m[1]}\n${translationBlock(sourceHash(text), sourceSectionHashes(text))}---\n${body}`);
console.log(`Created ${target} from ${source}. Translate the frontmatter text values and every section; keep the ids.`);
