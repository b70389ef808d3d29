import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { locales } from '../i18n/locales.ts';
import {
	CaseSchema,
	DigestChapterSchema,
	ModuleSchema,
	NewsSchema,
	RecommendationSchema,
	ReportSchema,
	type KnownIds,
} from '../schemas/collections.ts';
import { checkDataFile, dataFiles, type DataFileName } from './data.ts';
import { ContentErrors, type ContentProblem } from './errors.ts';
import { listContentFiles, pageCollections, type PageCollection } from './content-files.ts';
import { parseFrontmatter, validateWithSchema } from './frontmatter.ts';
import { checkIdsMatchSource, checkMdxPolicy, getBodyHeadings } from './mdx-policy.ts';
import { checkTerminology } from './terminology.ts';

/** The frontmatter schema of each page collection. */
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

/** Ids that pages may refer to, read from the data files. */
export function getKnownIds(root: string): KnownIds {
	return {
		issues: checkDataFile(root, 'evidential-issues.yaml').entries.map((e) => e.id),
		institutions: checkDataFile(root, 'institutions.yaml').entries.map((e) => e.id),
	};
}

/** A checked page: its frontmatter and body, for the checks that come after the schema. */
export interface CheckedPage {
	file: string;
	locale: string;
	collection: PageCollection;
	slug: string;
	data: Record<string, unknown>;
	body: string;
	bodyLine: number;
}

/**
 * Check every content file: folders, YAML, frontmatter schemas and data files.
 * Returns every problem at once, so a translator can fix them in one pass.
 */
export function checkContent(root: string): { problems: ContentProblem[]; pages: CheckedPage[] } {
	const problems: ContentProblem[] = [];
	for (const name of Object.keys(dataFiles) as DataFileName[]) problems.push(...checkDataFile(root, name).problems);
	const schemas = getCollectionSchemas(getKnownIds(root));
	const files = listContentFiles(root);
	const english = new Set(files.filter((f) => f.locale === 'en').map((f) => `${f.collection}/${f.slug}${f.ext}`));
	const pages: CheckedPage[] = [];
	for (const f of files) {
		if (!(locales as readonly string[]).includes(f.locale)) {
			problems.push({ file: f.file, line: 1, ...ContentErrors.UnknownLocaleFolder(f.locale, locales) });
			continue;
		}
		if (!(pageCollections as readonly string[]).includes(f.collection)) {
			problems.push({
				file: f.file,
				line: 1,
				...ContentErrors.UnknownCollectionFolder(
					f.collection || '(no folder)',
					pageCollections.map((c) => `content/${f.locale}/${c}/`),
				),
			});
			continue;
		}
		if (f.ext !== '.mdx') {
			problems.push({ file: f.file, line: 1, ...ContentErrors.WrongExtension(f.ext || '(none)') });
			continue;
		}
		if (f.locale !== 'en' && !english.has(`${f.collection}/${f.slug}${f.ext}`)) {
			problems.push({
				file: f.file,
				line: 1,
				...ContentErrors.TranslationWithoutSource(`${f.collection}/${f.slug}.mdx`),
			});
		}
		const parsed = parseFrontmatter(readFileSync(f.absPath, 'utf8'), f.file);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		const collection = f.collection as PageCollection;
		const valid = validateWithSchema(schemas[collection], parsed.value.data, f.file, parsed.value.lineOf);
		if (!valid.ok) {
			problems.push(...valid.problems);
			continue;
		}
		problems.push(...checkMdxPolicy(f.file, parsed.value.body, parsed.value.bodyLine));
		pages.push({
			file: f.file,
			locale: f.locale,
			collection,
			slug: f.slug,
			data: valid.value as Record<string, unknown>,
			body: parsed.value.body,
			bodyLine: parsed.value.bodyLine,
		});
	}
	// Translations keep the English section ids, so #links work in every language.
	const idsOf = (p: CheckedPage) => getBodyHeadings(p.body, p.bodyLine).flatMap((h) => (h.id ? [h.id] : []));
	const sources = new Map(pages.filter((p) => p.locale === 'en').map((p) => [`${p.collection}/${p.slug}`, p]));
	for (const p of pages) {
		const source = sources.get(`${p.collection}/${p.slug}`);
		if (p.locale === 'en' || !source) continue;
		problems.push(...checkIdsMatchSource(p.file, idsOf(p), source.file, idsOf(source), p.bodyLine));
	}
	problems.push(...checkTerminology(pages, checkDataFile(root, 'glossary.yaml').entries));
	return { problems, pages };
}
