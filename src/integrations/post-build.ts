import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuiltSite } from '../post-build/built-site.ts';
import { checkBuiltSite } from '../post-build/site-check.ts';
import { buildSearchIndexes } from '../post-build/search.ts';
import { buildServiceWorker, writeEditionLists } from '../post-build/offline.ts';
import { ContentError } from '../content-index/errors.ts';
import { URL_LOCK } from '../post-build/url-lock.ts';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * The steps after the build, on one read of the built HTML: the site check (links, fragments,
 * published URLs) first; then the search bundles and the service worker side by side; last,
 * the lists of files "Save this edition" downloads (which include the search bundles).
 * Any failure throws with its cause; the build exits non-zero.
 */
export default function postBuild(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'tip-post-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const pages = readBuiltSite(dist);
				const { problems, newUrls } = checkBuiltSite(pages, { root, dist, base });
				if (problems.length) throw new ContentError(problems);
				logger.info(
					`${pages.length} pages: every internal link and fragment resolves.${newUrls.length ? ` ${newUrls.length} new URLs not yet in ${URL_LOCK} (npm run urls -- --update records them).` : ''}`,
				);
				const [stats, worker] = await Promise.all([
					buildSearchIndexes(pages, dist),
					buildServiceWorker(dist, (w) => logger.warn(w)),
				]);
				for (const s of stats) logger.info(`search index ${s.locale}: ${s.pages} pages`);
				logger.info(`service worker: ${worker.count} shell files precached (${(worker.size / 1024).toFixed(1)} KB)`);
				for (const e of writeEditionLists(dist))
					logger.info(`offline edition ${e.locale}: ${e.files} files, ${mb(e.bytes)} MB`);
			},
		},
	};
}
