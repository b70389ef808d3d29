import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Parse a built page: `page('/ru/modules/module-6/')`. */
export function page(pathname: string, dist = 'dist'): CheerioAPI {
	const file = join(dist, pathname, pathname.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No built page at ${pathname} (${file})`);
	return load(readFileSync(file, 'utf8'));
}

/** Every HTML file in the build, as pathnames (`/en/modules/module-6/`). */
export function allPages(dist = 'dist'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.html')) out.push(`/${p.slice(dist.length + 1)}`.replace(/index\.html$/, ''));
		}
	};
	walk(dist);
	return out.sort();
}
