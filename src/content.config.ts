import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getCollectionSchemas, getKnownIds } from './lib/content-check.ts';
import { pageCollections, type PageCollection } from './lib/content-files.ts';
import { DERIVED_DIR } from './lib/derive.ts';

// The same schemas as the content check (which runs first and reports file and line).
const schemas = getCollectionSchemas(getKnownIds(process.cwd()));

/**
 * One collection per kind of page, across all editions: `content/<locale>/<collection>/<slug>.mdx`
 * plus the derived Uzbek Cyrillic files. Entry ids are `<locale>/<slug>`.
 */
function pages(collection: PageCollection) {
	return defineCollection({
		loader: glob({
			base: '.',
			pattern: [`content/*/${collection}/*.mdx`, `${DERIVED_DIR}/uz-cyrl/${collection}/*.mdx`],
			generateId: ({ entry }) => {
				const parts = entry.split('/');
				return `${parts.at(-3)}/${parts.at(-1)!.replace(/\.mdx$/, '')}`;
			},
		}),
		schema: schemas[collection],
	});
}

export const collections = Object.fromEntries(pageCollections.map((c) => [c, pages(c)])) as Record<PageCollection, ReturnType<typeof pages>>;
