import { defineCollection } from 'astro:content';
import { getContentIndex } from './content-index/index.ts';
import { pagesLoader } from './loader/pages-loader.ts';

// The same schemas as the content index (which checks every file first and reports file and line).
const { schemas } = getContentIndex();

/** One collection per kind of page, across all editions; entry ids are `<locale>/<slug>`. */
export const collections = {
	modules: defineCollection({ loader: pagesLoader('modules'), schema: schemas.modules }),
	cases: defineCollection({ loader: pagesLoader('cases'), schema: schemas.cases }),
	digest: defineCollection({ loader: pagesLoader('digest'), schema: schemas.digest }),
	recommendations: defineCollection({ loader: pagesLoader('recommendations'), schema: schemas.recommendations }),
	reports: defineCollection({ loader: pagesLoader('reports'), schema: schemas.reports }),
	news: defineCollection({ loader: pagesLoader('news'), schema: schemas.news }),
};
