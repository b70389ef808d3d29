import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { PageMeta } from './page-meta';
import type { PageCollection } from './content-files';
import { DERIVED_DIR } from './derive';
import { readFileSync } from 'node:fs';
import { getPageRoutes, type PageRoute } from './site-map';
import { compareTranslation } from './translation-status';

/** A collection page at one edition's URL, with the entry whose content it shows. */
export interface LocalizedEntry<C extends PageCollection> {
	route: PageRoute;
	entry: CollectionEntry<C>;
	/** The English entry: the source, for data every edition shares (numbers, ids). */
	source: CollectionEntry<C>;
	/** The shown translation exists but is older than its English source. */
	outdated: boolean;
}

/** Is the file a translation made from an older English text? (Derived files follow their uz source.) */
function isOutdated(entry: { filePath?: string }, source: { filePath?: string }): boolean {
	if (!entry.filePath || !source.filePath || entry.filePath === source.filePath) return false;
	const file = entry.filePath.replace(new RegExp(`^${DERIVED_DIR}/uz-cyrl/`), 'content/uz/');
	return compareTranslation(readFileSync(source.filePath, 'utf8'), readFileSync(file, 'utf8')).state === 'outdated';
}

const memo = new Map<PageCollection, Promise<LocalizedEntry<PageCollection>[]>>();

/** Every page of a collection at every edition's URL, resolved through the fallback chains. */
export function getLocalizedEntries<C extends PageCollection>(collection: C): Promise<LocalizedEntry<C>[]> {
	if (!memo.has(collection)) memo.set(collection, compute(collection));
	return memo.get(collection)! as unknown as Promise<LocalizedEntry<C>[]>;
}

async function compute<C extends PageCollection>(collection: C): Promise<LocalizedEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const byId = new Map(entries.map((e) => [e.id, e]));
	const available = new Map<string, Set<Locale>>();
	const derived = new Set<string>();
	for (const e of entries) {
		const [locale, slug] = e.id.split('/') as [Locale, string];
		const key = `${collection}/${slug}`;
		if (!available.has(key)) available.set(key, new Set());
		if (e.filePath?.startsWith(`${DERIVED_DIR}/`)) derived.add(key);
		else available.get(key)!.add(locale);
	}
	return getPageRoutes(available, derived).flatMap((route) => {
		if (route.resolution.type === 'missing') return [];
		const entry = byId.get(`${route.resolution.from}/${route.slug}`);
		const source = byId.get(`en/${route.slug}`);
		// Only the reader's own edition can be "outdated"; a fallback copy is another language's page.
		return entry && source
			? [{ route, entry, source, outdated: route.resolution.type === 'translated' && isOutdated(entry, source) }]
			: [];
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
