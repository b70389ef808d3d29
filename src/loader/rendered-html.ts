import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The HTML of Markdown-rendered pages is kept in files beside Astro's data store, not in it. The
 * store becomes a JavaScript module of the server bundle (its whole JSON as one string literal)
 * and is saved whole after every edit in the dev server: with the HTML in it, a corpus of 1,200
 * pages made a 31 MB store that the bundler parsed and every page render held in memory. Each
 * file is named by its page and the page's digest, so a file is never rewritten in place, and a
 * page render reads only its own.
 */
const RENDERED_DIR = 'tip-rendered';

/** Where a page's HTML is kept for one digest: `<cacheDir>/tip-rendered/<collection>/<locale>.<slug>.<hash>.html`. */
export function renderedHtmlFile(cacheDir: string, collection: string, id: string, digest: string): string {
	const hash = createHash('sha256').update(digest).digest('hex').slice(0, 16);
	return join(cacheDir, RENDERED_DIR, collection, `${id.replace('/', '.')}.${hash}.html`);
}

/** Keep a page's HTML (written once per digest; an existing file already holds the same HTML). */
export function writeRenderedHtml(file: string, html: string): void {
	if (existsSync(file)) return;
	mkdirSync(join(file, '..'), { recursive: true });
	// Written under a temporary name, then renamed: a build stopped mid-write leaves no half file.
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, html);
	renameSync(temporary, file);
}

/** Remove the kept HTML of a collection that no stored page refers to any more. */
export function pruneRenderedHtml(cacheDir: string, collection: string, inUse: ReadonlySet<string>): void {
	const dir = join(cacheDir, RENDERED_DIR, collection);
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir))
		if (name.endsWith('.html') && !inUse.has(join(dir, name))) rmSync(join(dir, name), { force: true });
}

/** The HTML a page was rendered to, from the file its store entry names. */
function readRenderedHtml(metadata: Record<string, unknown> | undefined): string {
	const file = metadata?.htmlFile;
	if (typeof file !== 'string') throw new Error('This content entry names no rendered HTML file (metadata.htmlFile).');
	try {
		return readFileSync(file, 'utf8');
	} catch (cause) {
		throw new Error(`The rendered HTML of a page is missing (${file}). Delete node_modules/.astro and build again.`, {
			cause,
		});
	}
}

/** The HTML of a Markdown-rendered content entry; undefined for an entry rendered through MDX. */
export function entryHtml(entry: { rendered?: { metadata?: Record<string, unknown> } }): string | undefined {
	return entry.rendered ? readRenderedHtml(entry.rendered.metadata) : undefined;
}
