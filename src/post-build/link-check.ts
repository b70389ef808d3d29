import type { BuiltPage } from './built-site.ts';

/** A link that leads nowhere, with where it was found. */
export interface DeadLink {
	page: string;
	href: string;
	reason: 'no-page' | 'no-fragment';
	/** The content file the link's page was made from, if any. */
	sourceFile?: string;
}

/**
 * Find internal links (and `#fragments`) that do not resolve in the built site.
 * `base` is the site's base path; `pathExists` says whether a non-HTML file exists.
 */
export function findDeadLinks(
	pages: readonly Pick<BuiltPage, 'path' | 'links' | 'ids' | 'sourceFile'>[],
	base: string,
	pathExists: (path: string) => boolean,
): DeadLink[] {
	const byPath = new Map(pages.map((p) => [p.path, p]));
	const dead: DeadLink[] = [];
	for (const page of pages) {
		const sourceFile = page.sourceFile;
		for (const href of page.links) {
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
			const targetPage = byPath.get(target);
			if (!targetPage) {
				if (!pathExists(target)) dead.push({ page: page.path, href, reason: 'no-page', sourceFile });
				continue;
			}
			if (fragment && !targetPage.ids.has(decodeURIComponent(fragment)))
				dead.push({ page: page.path, href, reason: 'no-fragment', sourceFile });
		}
	}
	return dead;
}
