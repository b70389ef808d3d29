import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { globSync } from 'tinyglobby';

/** A built page, read once and scanned once for what the post-build steps need. */
export interface BuiltPage {
	/** Path under the base, e.g. `/ru/modules/module-6/` (or `/404.html`). */
	path: string;
	/** File path relative to `dist/`. */
	file: string;
	/** `<html lang>`. */
	lang: string;
	/** Every `id` in the page. */
	ids: Set<string>;
	/** The `href` of every `<a>`, entities decoded. */
	links: string[];
	/** The content file the page's text was made from (`data-source-file`), if any. */
	sourceFile: string | undefined;
	/** True when the page has text for search (`data-pagefind-body`). */
	searchable: boolean;
}

/** Scan one page's HTML in a single streaming pass (no DOM is built: the site has thousands of pages). */
function scanPage(path: string, file: string, html: string): BuiltPage {
	const page: BuiltPage = {
		path,
		file,
		lang: '',
		ids: new Set(),
		links: [],
		sourceFile: undefined,
		searchable: false,
	};
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes.id !== undefined) page.ids.add(attributes.id);
				if (name === 'html') page.lang = attributes.lang ?? '';
				else if (name === 'a' && attributes.href !== undefined) page.links.push(attributes.href);
				if (attributes['data-source-file'] !== undefined) page.sourceFile ??= attributes['data-source-file'];
				if (attributes['data-pagefind-body'] !== undefined) page.searchable = true;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return page;
}

/** Every HTML page of a build, read and scanned once for every post-build step (the HTML itself is not kept). */
export function readBuiltSite(dist: string): BuiltPage[] {
	return globSync('**/*.html', { cwd: dist })
		.sort()
		.map((file) => scanPage(`/${file}`.replace(/index\.html$/, ''), file, readFileSync(join(dist, file), 'utf8')));
}
