import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from '../lib/toc';
import { localeConfig, type Locale } from '../i18n/locales';
import type { PageMeta } from './page-meta';
import type { PageCollection } from '../content-index/files';
import { getContentIndex, getFreshContentIndex } from '../content-index/index';
import { ContentError } from '../content-index/errors';
import { getProjectRoutes, type PageRoute } from './site-map';

/** A collection page at one edition's URL, with the entry whose content it shows. */
export interface LocalizedEntry<C extends PageCollection> {
	route: PageRoute;
	entry: CollectionEntry<C>;
	/** The English entry: the source, for data every edition shares (numbers, ids). */
	source: CollectionEntry<C>;
	/** The shown translation exists but is older than its English source. */
	outdated: boolean;
	/** Words of prose in the shown text (for reading times). */
	words: number;
}

const memo = new Map<PageCollection, Promise<LocalizedEntry<PageCollection>[]>>();

/** Every page of a collection at every edition's URL, resolved through the fallback chains. */
export function getLocalizedEntries<C extends PageCollection>(collection: C): Promise<LocalizedEntry<C>[]> {
	// The dev server re-reads content after every save; a build computes each collection once.
	if (import.meta.env.DEV) return compute(collection);
	if (!memo.has(collection)) memo.set(collection, compute(collection));
	return memo.get(collection)! as unknown as Promise<LocalizedEntry<C>[]>;
}

async function compute<C extends PageCollection>(collection: C): Promise<LocalizedEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const byId = new Map(entries.map((e) => [e.id, e]));
	const index = getContentIndex();
	return getProjectRoutes(index.root)
		.filter((route) => route.collection === collection)
		.flatMap((route) => {
			if (route.resolution.type === 'missing') return [];
			const entry = byId.get(`${route.resolution.from}/${route.slug}`);
			const source = byId.get(`en/${route.slug}`);
			// Only the reader's own edition can be "outdated"; a fallback copy is another language's page.
			const outdated =
				route.resolution.type === 'translated' &&
				index.getTranslationState(route.locale, `${collection}/${route.slug}`).state === 'outdated';
			const from = route.resolution.from;
			const file =
				index.getPage(from, collection, route.slug) ??
				index.getPage(localeConfig[from].derivedFrom ?? from, collection, route.slug);
			if (!entry || !source) return [];
			// Counted only where a page shows a reading time (most pages never ask).
			return [
				{
					route,
					entry,
					source,
					outdated,
					get words() {
						return file?.words ?? 0;
					},
				},
			];
		});
}

/** Entries of one edition (real or fallback), for index pages. */
export async function getEntriesForLocale<C extends PageCollection>(
	collection: C,
	locale: Locale,
): Promise<LocalizedEntry<C>[]> {
	return (await getLocalizedEntries(collection)).filter((e) => e.route.locale === locale);
}

/**
 * The layout's page data for a collection page: the same for every kind of page, so each page
 * only adds its title, description and what search should record.
 */
export function entryToPageMeta<C extends PageCollection>(
	{ route, entry, outdated }: LocalizedEntry<C>,
	page: Pick<PageMeta, 'title' | 'description' | 'search'>,
): PageMeta {
	// In the dev server a translator's mistake shows as the project's own message, in the error
	// overlay and the terminal, on the page made from that file (the build stops before this).
	if (import.meta.env.DEV && entry.filePath) {
		const index = getFreshContentIndex(process.cwd(), entry.filePath);
		const problems = index.problemsIn(entry.filePath);
		if (problems.length) throw new ContentError(problems, { root: index.root });
	}
	return {
		...page,
		locale: route.locale,
		path: route.path,
		sourceFile: entry.filePath,
		resolution: route.resolution,
		realLocales: route.realLocales,
		derived: route.derived,
		outdated,
	};
}

/** The headings of an entry (for its table of contents), whichever way it is rendered. */
export async function getEntryHeadings(entry: CollectionEntry<PageCollection>): Promise<MarkdownHeading[]> {
	return (entry.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? (await render(entry)).headings;
}
