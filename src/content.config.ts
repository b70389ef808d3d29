import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getCollectionSchemas, getKnownIds } from './lib/content-check.ts';
import type { PageCollection } from './lib/content-files.ts';
import { DERIVED_DIR } from './lib/derive.ts';

// The same schemas as the content check (which runs first and reports file and line).
const schemas = getCollectionSchemas(getKnownIds(process.cwd()));

/**
 * One loader per kind of page, across all editions: `content/<locale>/<collection>/<slug>.mdx`
 * plus the derived Uzbek Cyrillic files. Entry ids are `<locale>/<slug>`.
 */
function pagesOf(collection: PageCollection) {
	return glob({
		base: '.',
		pattern: [`content/*/${collection}/*.mdx`, `${DERIVED_DIR}/uz-cyrl/${collection}/*.mdx`],
		generateId: ({ entry }) => {
			const parts = entry.split('/');
			return `${parts.at(-3)}/${parts.at(-1)!.replace(/\.mdx$/, '')}`;
		},
	});
}

export const collections = {
	modules: defineCollection({ loader: pagesOf('modules'), schema: schemas.modules }),
	cases: defineCollection({ loader: pagesOf('cases'), schema: schemas.cases }),
	digest: defineCollection({ loader: pagesOf('digest'), schema: schemas.digest }),
	recommendations: defineCollection({ loader: pagesOf('recommendations'), schema: schemas.recommendations }),
	reports: defineCollection({ loader: pagesOf('reports'), schema: schemas.reports }),
	news: defineCollection({ loader: pagesOf('news'), schema: schemas.news }),
};
