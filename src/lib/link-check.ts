/** A page of the built site, as the link check reads it. */
export interface BuiltPage {
	/** Path under the base, e.g. `/ru/modules/module-6/`. */
	path: string;
	html: string;
}

/** A link that leads nowhere, with where it was found. */
export interface DeadLink {
	page: string;
	href: string;
	reason: 'no-page' | 'no-fragment';
	/** The content file the link's page was made from, if any. */
	sourceFile?: string;
}

const ATTR = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'g');

/** Every id in a page. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(ATTR('id'))].map((m) => m[1]!));
}

function decode(s: string): string {
	return s
		.replace(/&amp;/g, '&')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');
}

/**
 * Find internal links (and `#fragments`) that do not resolve in the built site.
 * `base` is the site's base path; `pathExists` says whether a non-HTML file exists.
 */
export function findDeadLinks(
	pages: readonly BuiltPage[],
	base: string,
	pathExists: (path: string) => boolean,
): DeadLink[] {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const ids = new Map<string, Set<string>>();
	const idsFor = (path: string) => {
		if (!ids.has(path)) ids.set(path, idsOf(byPath.get(path)!.html));
		return ids.get(path)!;
	};
	const dead: DeadLink[] = [];
	for (const page of pages) {
		const sourceFile = /data-source-file="([^"]+)"/.exec(page.html)?.[1];
		for (const m of page.html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
			const href = decode(m[1]!);
			if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
			const [pathAndQuery, fragment] = href.split('#') as [string, string | undefined];
			const rawPath = pathAndQuery.split('?')[0]!;
			let target: string;
			if (rawPath === '') target = page.path;
			else if (rawPath.startsWith(base)) target = `/${rawPath.slice(base.length)}`;
			else {
				dead.push({ page: page.path, href, reason: 'no-page', sourceFile });
				continue;
			}
			if (!byPath.has(target)) {
				if (!pathExists(target)) dead.push({ page: page.path, href, reason: 'no-page', sourceFile });
				continue;
			}
			if (fragment && !idsFor(target).has(decodeURIComponent(fragment)))
				dead.push({ page: page.path, href, reason: 'no-fragment', sourceFile });
		}
	}
	return dead;
}
