import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getContentIndex, invalidateContentIndex, type IndexedPage } from '../content-index/index.ts';
import { pathToContentFile, type PageCollection } from '../content-index/files.ts';
import { getDerivedLocales, isLocale } from '../i18n/locales.ts';
import { pruneRenderedHtml, renderedHtmlFile, writeRenderedHtml } from './rendered-html.ts';

/**
 * Part of every stored digest: bump it when a change here alters the stored HTML, so warm builds
 * and the dev server's store do not keep pages rendered the old way.
 */
const RENDERING_VERSION = 4;

/** The store id of a page: `<locale>/<slug>`. */
const pageToId = (p: Pick<IndexedPage, 'locale' | 'slug'>) => `${p.locale}/${p.slug}`;

/**
 * The store ids a content file stands for (its own, and the editions derived from it), so a
 * page whose file is momentarily broken keeps its last good version in the dev server.
 */
function fileToIds(file: string, collection: PageCollection): string[] {
	const f = pathToContentFile(file);
	if (f.collection !== collection) return [];
	return [
		`${f.locale}/${f.slug}`,
		...(isLocale(f.locale) ? getDerivedLocales(f.locale) : []).map((l) => `${l}/${f.slug}`),
	];
}

/**
 * The content loader of a page collection, on the content index. A page whose MDX uses no
 * component (every page today) is rendered once by Astro's Markdown pipeline (`renderMarkdown`,
 * with the site's `markdown` settings, heading ids included) and cached by digest: its headings in
 * the data store, its HTML in a file the store entry names (rendered-html.ts). A hand-written page
 * that uses an allowed component keeps the MDX path (`deferredRender`, compiled by @astrojs/mdx).
 * The derived Uzbek Cyrillic pages are made in memory and follow edits to the Uzbek file in the
 * dev server.
 */
export function pagesLoader(collection: PageCollection): Loader {
	return {
		name: `tip-pages:${collection}`,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			await syncCollection(context, root, collection, { prune: true });
			const contentDir = join(root, 'content');
			context.watcher?.add(contentDir);
			// One sync at a time: a save can fire several events, and a sync that started on a half-written
			// file must not finish after, and overwrite, the one that read the whole file.
			let running: Promise<void> | undefined;
			let again = false;
			const resync = (path: string) => {
				if (running) {
					again = true;
					return;
				}
				running = (async () => {
					do {
						again = false;
						await syncCollection(context, root, collection, { prune: false });
					} while (again);
				})()
					.catch((error: unknown) =>
						context.logger.error(`Could not reload ${relative(root, path)}: ${(error as Error).message}`),
					)
					.finally(() => (running = undefined));
			};
			context.watcher?.on('all', (event, path) => {
				if (!path.startsWith(contentDir)) return;
				let stamp = 0;
				try {
					stamp = statSync(path).mtimeMs;
				} catch {
					/* deleted */
				}
				invalidateContentIndex(root, `${event}:${path}:${stamp}`);
				resync(path);
			});
		},
	};
}

/**
 * Bring the store up to date with the content index. `prune` removes the kept HTML no entry names
 * any more; it runs only when the loader is loaded (a build, the dev server's start): the syncs that
 * follow saves in the dev server can overlap, and one must not remove a file another has just named.
 */
async function syncCollection(
	context: LoaderContext,
	root: string,
	collection: PageCollection,
	{ prune }: { prune: boolean },
): Promise<void> {
	const { store, renderMarkdown } = context;
	const cacheDir = fileURLToPath(context.config.cacheDir);
	const index = getContentIndex(root);
	const keep = new Set(index.problems.flatMap((p) => fileToIds(p.file, collection)));
	for (const page of index.getEditionPages(collection)) {
		const id = pageToId(page);
		keep.add(id);
		const digest = `${page.digest}:${RENDERING_VERSION}`;
		const stored = store.get(id);
		const entry = { id, data: page.data, digest };
		if (page.usesComponents && !page.derivedFrom) {
			if (stored?.digest !== digest) store.set({ ...entry, filePath: page.file, deferredRender: true });
			continue;
		}
		// The HTML is kept in a file of its own (rendered-html.ts); the store names it.
		const htmlFile = renderedHtmlFile(cacheDir, collection, id, digest);
		if (stored?.digest === digest && stored.rendered?.metadata?.htmlFile === htmlFile && existsSync(htmlFile)) continue;
		// A derived page exists only in memory, so it cannot be an MDX module: its one allowed component,
		// <Latn>, passes through Markdown as inline HTML and becomes the same <span> (lib/content-html.ts).
		// renderMarkdown reads a leading `---` as frontmatter; a body that opens with a rule must not be mistaken for one.
		const body = page.source.body.startsWith('---') ? `\n${page.source.body}` : page.source.body;
		const rendered = await renderMarkdown(body);
		// The MDX path ends the text at its last element; so does this one (same HTML either way).
		writeRenderedHtml(htmlFile, rendered.html.trimEnd());
		// The store ignores a set with an unchanged digest: an entry whose file went missing or moved
		// (another checkout sharing node_modules) is removed first, so it names the file just written.
		if (stored) store.delete(id);
		store.set({ ...entry, filePath: page.file, rendered: { html: '', metadata: { ...rendered.metadata, htmlFile } } });
	}
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	if (!prune) return;
	const inUse = new Set<string>();
	for (const { rendered } of store.values())
		if (typeof rendered?.metadata?.htmlFile === 'string') inUse.add(rendered.metadata.htmlFile);
	pruneRenderedHtml(cacheDir, collection, inUse);
}
