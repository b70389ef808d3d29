import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readBuiltPages } from './site-check.ts';
import type { BuiltPage } from '../lib/link-check.ts';
import { langToLocale, localeToLang, type Locale } from '../i18n/locales.ts';

/** Throw when a Pagefind call reports errors: a search index that silently lost pages is worse than none. */
function assertOk<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length) throw new Error(`Pagefind could not ${what}:\n- ${response.errors.join('\n- ')}`);
	return response;
}

/**
 * Index the built site with Pagefind's Node API, one index per `<html lang>`. Only real editions
 * carry `data-pagefind-body`, so fallback copies, navigation and footers are never indexed.
 * Reports pages and words per language; any indexing error fails the build.
 */
export default function search(): AstroIntegration {
	return {
		name: 'tip-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const stats = new Map<string, { pages: number; words: number }>();
				// One bundle per edition (pagefind/<locale>/): Pagefind will not merge a bundle with itself,
				// and search in one edition merges the bundles of its fallback languages.
				const byLocale = new Map<Locale, BuiltPage[]>();
				for (const page of readBuiltPages(dist)) {
					if (!page.html.includes('data-pagefind-body')) continue;
					const lang = /<html[^>]*\slang="([^"]+)"/.exec(page.html)?.[1] ?? '';
					const locale = langToLocale(lang);
					if (!locale) throw new Error(`${page.path}: <html lang="${lang}"> is not an edition's language.`);
					byLocale.set(locale, [...(byLocale.get(locale) ?? []), page]);
				}
				try {
					for (const [locale, pages] of byLocale) {
						const { index } = assertOk(await pagefind.createIndex({ forceLanguage: localeToLang(locale) }), 'start');
						if (!index) throw new Error('Pagefind returned no index.');
						const s = { pages: 0, words: 0 };
						for (const page of pages) {
							const added = assertOk(
								await index.addHTMLFile({ url: page.path, content: page.html }),
								`index ${page.path}`,
							);
							s.pages += 1;
							s.words += added.file.uniqueWords;
						}
						assertOk(await index.writeFiles({ outputPath: join(dist, 'pagefind', locale) }), 'write the index');
						await index.deleteIndex();
						stats.set(locale, s);
					}
				} catch (cause) {
					logger.error(`Search indexing failed: ${(cause as Error).message}`);
					process.exit(1);
				} finally {
					await pagefind.close();
				}
				for (const [locale, s] of stats)
					logger.info(`search index ${locale}: ${s.pages} pages, ${s.words} words (unique per page, summed)`);
			},
		},
	};
}
