import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The committed list of published URLs (paths without the base), one per line. */
export const URL_LOCK = 'content/urls.lock';
/** Redirects for URLs that moved: `- from: /en/old/` `to: /en/new/`. */
export const REDIRECTS = 'content/redirects.yaml';

/** Read the URL lock; an absent file is an empty list. */
export function readUrlLock(root: string): string[] {
	const p = join(root, URL_LOCK);
	if (!existsSync(p)) return [];
	return readFileSync(p, 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
}

/** Write the URL lock, sorted, with a header saying what it is for. */
export function writeUrlLock(root: string, urls: Iterable<string>): void {
	const header =
		'# Every URL the site has published. A URL removed from the build must get a redirect in\n# content/redirects.yaml; `npm run urls -- --update` adds new URLs. Do not delete lines.\n';
	writeFileSync(join(root, URL_LOCK), header + [...new Set(urls)].sort().join('\n') + '\n');
}

/** The redirects, validated lightly (each needs a from and a to path ending in /). */
export function readRedirects(root: string): { from: string; to: string }[] {
	const p = join(root, REDIRECTS);
	if (!existsSync(p)) return [];
	const data = (parseYaml(readFileSync(p, 'utf8')) ?? []) as { from?: unknown; to?: unknown }[];
	return data.map((r, i) => {
		if (typeof r.from !== 'string' || typeof r.to !== 'string' || !r.from.startsWith('/') || !r.to.startsWith('/')) {
			throw new Error(
				`${REDIRECTS}: entry ${i + 1} needs "from" and "to" paths starting with /, e.g. from: "/en/old/", to: "/en/new/"`,
			);
		}
		return { from: r.from, to: r.to };
	});
}

/** URLs in the lock that the build no longer has and that no redirect covers. */
export function findRemovedUrls(
	locked: readonly string[],
	built: ReadonlySet<string>,
	redirects: readonly { from: string }[],
): string[] {
	const redirected = new Set(redirects.map((r) => r.from));
	return locked.filter((u) => !built.has(u) && !redirected.has(u));
}
