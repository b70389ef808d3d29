import type { z } from 'zod';
import {
	CaseSchema,
	DigestChapterSchema,
	ModuleSchema,
	NewsSchema,
	RecommendationSchema,
	ReportSchema,
	type KnownIds,
} from '../schemas/collections.ts';
import type { PageCollection } from './files.ts';

/** The frontmatter schema of each page collection, given the ids the data files define. */
export function getCollectionSchemas(ids: KnownIds) {
	return {
		modules: ModuleSchema(),
		cases: CaseSchema(ids),
		digest: DigestChapterSchema(ids),
		recommendations: RecommendationSchema(ids),
		reports: ReportSchema(),
		news: NewsSchema(),
	} satisfies Record<PageCollection, z.ZodType>;
}
export type CollectionSchemas = ReturnType<typeof getCollectionSchemas>;

/**
 * Frontmatter fields that are facts shared by every edition of a page (numbers, ids, dates, codes):
 * a translation must carry the English values. Text fields are translated.
 */
export const sharedFields: Record<PageCollection, readonly string[]> = {
	modules: ['module', 'published', 'source', 'relatedCases'],
	cases: ['country', 'court', 'courtLevel', 'year', 'issues', 'chapter'],
	digest: ['issue', 'order', 'part'],
	recommendations: ['order', 'actors', 'relatedModules', 'relatedChapters', 'relatedCases'],
	reports: ['order', 'period', 'published'],
	news: ['date'],
};
