import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { locales, type Locale } from '../i18n/locales.ts';

/** The page collections: one folder each inside every edition folder. */
export const pageCollections = ['modules', 'cases', 'digest', 'recommendations', 'reports', 'news'] as const;
export type PageCollection = (typeof pageCollections)[number];

/** Folders directly under `content/` that are not editions. */
export const nonEditionFolders = ['data', 'ui'] as const;

/** One MDX file found under `content/<locale>/<collection>/`. */
export interface ContentFile {
	/** Path relative to the project root, with forward slashes, for messages. */
	file: string;
	absPath: string;
	locale: string;
	collection: string;
	/** The page's id inside its collection: the file name without `.mdx`. */
	slug: string;
	ext: string;
}

/** List every file in the edition folders, without judging them (the checks do that). */
export function listContentFiles(root: string): ContentFile[] {
	const contentDir = join(root, 'content');
	const out: ContentFile[] = [];
	if (!existsSync(contentDir)) return out;
	for (const locale of readdirSync(contentDir).sort()) {
		if ((nonEditionFolders as readonly string[]).includes(locale)) continue;
		const localeDir = join(contentDir, locale);
		if (!statSync(localeDir).isDirectory()) continue;
		for (const collection of readdirSync(localeDir).sort()) {
			const dir = join(localeDir, collection);
			if (!statSync(dir).isDirectory()) {
				out.push({
					file: relative(root, dir).split('\\').join('/'),
					absPath: dir,
					locale,
					collection: '',
					slug: collection,
					ext: extname(collection),
				});
				continue;
			}
			for (const name of readdirSync(dir).sort()) {
				const absPath = join(dir, name);
				if (statSync(absPath).isDirectory()) continue;
				const ext = extname(name);
				out.push({
					file: relative(root, absPath).split('\\').join('/'),
					absPath,
					locale,
					collection,
					slug: name.slice(0, -ext.length || undefined),
					ext,
				});
			}
		}
	}
	return out;
}

/** The locales in which each page (`collection/slug`) exists as a real file. */
export function getAvailability(files: readonly ContentFile[]): Map<string, Set<Locale>> {
	const map = new Map<string, Set<Locale>>();
	for (const f of files) {
		if (f.ext !== '.mdx' || !(locales as readonly string[]).includes(f.locale)) continue;
		const key = `${f.collection}/${f.slug}`;
		if (!map.has(key)) map.set(key, new Set());
		map.get(key)!.add(f.locale as Locale);
	}
	return map;
}
