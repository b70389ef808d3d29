import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { Parser } from 'htmlparser2';
import { globSync } from 'tinyglobby';

/** Parse a built page: `page('/ru/modules/module-6/')`. */
export function page(pathname: string, dist = 'dist'): CheerioAPI {
	const file = join(dist, pathname, pathname.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No built page at ${pathname} (${file})`);
	return load(readFileSync(file, 'utf8'));
}

/** Every HTML file in the build, as pathnames (`/en/modules/module-6/`). */
export function allPages(dist = 'dist'): string[] {
	return globSync('**/*.html', { cwd: dist })
		.map((f) => `/${f}`.replace(/index\.html$/, ''))
		.sort();
}

/**
 * What a page makes the browser fetch by itself: `src` of scripts, images, frames and media, `href`
 * of stylesheets, icons, preloads and manifests (not of canonical/alternate links, which are names),
 * and `url(…)` in inline styles. One streaming pass per page, so every page of the build can be checked.
 */
export function loadedResources(pathname: string, dist = 'dist'): string[] {
	const file = join(dist, pathname, pathname.endsWith('.html') ? '' : 'index.html');
	const urls: string[] = [];
	let inStyle = false;
	const parser = new Parser(
		{
			onopentag(name, a) {
				if (['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'track'].includes(name) && a.src)
					urls.push(a.src);
				if (name === 'img' && a.srcset) urls.push(...a.srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
				if (name === 'link' && a.href && !/\b(canonical|alternate)\b/.test(a.rel ?? '')) urls.push(a.href);
				if (name === 'object' && a.data) urls.push(a.data);
				if (a.style) for (const m of a.style.matchAll(/url\(["']?([^"')]+)/g)) urls.push(m[1]!);
				inStyle = name === 'style';
			},
			ontext(text) {
				if (inStyle)
					for (const m of text.matchAll(/url\(["']?([^"')]+)|@import\s+["']([^"']+)/g)) urls.push(m[1] ?? m[2]!);
			},
			onclosetag() {
				inStyle = false;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(readFileSync(file, 'utf8'));
	return urls;
}
