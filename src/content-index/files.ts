import { globSync } from 'tinyglobby';

/** The page collections: one folder each inside every edition folder. */
export const pageCollections = ['modules', 'cases', 'digest', 'recommendations', 'reports', 'news'] as const;
export type PageCollection = (typeof pageCollections)[number];

/** Folders directly under `content/` that are not editions (data, interface strings, source snapshots). */
const nonEditionFolders = ['data', 'ui', '.sources'] as const;

/** One file found under an edition folder, `content/<locale>/<collection>/<name>`. */
export interface ContentFile {
	/** Path relative to the project root, with forward slashes, for messages. */
	file: string;
	/** The edition folder (not yet checked against the configured locales). */
	locale: string;
	/** The collection folder; empty when the file sits directly in the edition folder. */
	collection: string;
	/** The page's id inside its collection: the file name without its extension. */
	slug: string;
	/** The extension with its dot (`.mdx`), or empty. */
	ext: string;
}

/** `content/ru/modules/module-6.mdx` → its parts; files deeper than a collection folder keep their folders in the slug. */
export function pathToContentFile(file: string): ContentFile {
	const [, locale = '', ...rest] = file.split('/');
	const collection = rest.length > 1 ? rest[0]! : '';
	const name = rest.length > 1 ? rest.slice(1).join('/') : (rest[0] ?? '');
	const dot = name.lastIndexOf('.');
	const ext = dot > 0 ? name.slice(dot) : '';
	return { file, locale, collection, slug: ext ? name.slice(0, -ext.length) : name, ext };
}

/**
 * Every file in the edition folders, sorted, without judging them (the checks do that): the one
 * place that lists content files.
 */
export function listContentFiles(root: string): ContentFile[] {
	const ignore = nonEditionFolders.map((f) => `${f}/**`);
	return globSync('*/**', { cwd: `${root}/content`, ignore, dot: true, onlyFiles: true })
		.sort()
		.map((rel) => pathToContentFile(`content/${rel}`));
}
