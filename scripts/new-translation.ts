/**
 * `npm run new-translation -- <locale> <path>`: start a translation by copying the English file
 * into the locale's folder, with the source recorded and the prose marked for translation.
 * Example: npm run new-translation -- uz modules/module-9
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isLocale, locales, sourceLocale } from '../src/i18n/locales.ts';
import { getContentIndex } from '../src/content-index/index.ts';
import { pathToContentFile, type PageCollection } from '../src/content-index/files.ts';
import { writeTranslationRecord } from '../src/content-index/translation-record.ts';
import { saveSourceSnapshots } from '../src/content-index/snapshots.ts';

const [locale, rawPath] = process.argv.slice(2);
const fail = (message: string): never => {
	console.error(message);
	process.exit(2);
};
const targets = locales.filter((l) => l !== sourceLocale);
if (!locale || !rawPath)
	fail('Usage: npm run new-translation -- <locale> <path>, e.g. npm run new-translation -- uz modules/module-9');
if (!isLocale(locale!) || !targets.includes(locale))
	fail(`Unknown locale "${locale}". Translations go into one of: ${targets.join(', ')}.`);
const path = rawPath!.replace(/^content\/[^/]+\//, '').replace(/\.mdx$/, '');
const { collection, slug } = pathToContentFile(`content/${sourceLocale}/${path}.mdx`);
const index = getContentIndex(process.cwd());
const source = index.getPage(sourceLocale, collection as PageCollection, slug);
if (!source)
	fail(
		`There is no English page content/${sourceLocale}/${path}.mdx. Give the path inside content/en/, e.g. modules/module-9 (see npm run translations).`,
	);
const target = join('content', locale!, `${path}.mdx`);
if (existsSync(target)) fail(`${target} already exists; edit it, or delete it first to start again.`);
const marker =
	'> TRANSLATE: replace the English text of this section, keep the id at the end of each heading as it is.\n\n';
const { text, body } = source!.source;
const draft = text.slice(0, text.length - body.length) + body.replace(/^(## .*\n)/gm, `$1\n${marker}`);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, writeTranslationRecord(draft, source!.source));
saveSourceSnapshots(process.cwd(), source!.source);
console.log(
	`Created ${target} from ${source!.file}. Translate the frontmatter text values and every section; keep the ids.`,
);
