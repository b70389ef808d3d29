import type { AstroIntegration } from 'astro';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { locales } from '../i18n/locales.ts';

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? listFiles(p) : [p];
	});
}

/**
 * Offline reading: bundles src/sw/service-worker.ts, lets Workbox inject the precache manifest
 * (the shell), and writes `<locale>/offline.json`, the list of files "Save this edition" fetches.
 */
export default function offline(): AstroIntegration {
	return {
		name: 'tip-offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const tmp = mkdtempSync(join(tmpdir(), 'tip-sw-'));
				try {
					const swSrc = join(tmp, 'sw.js');
					await build({
						entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
						bundle: true,
						format: 'iife',
						minify: true,
						outfile: swSrc,
						define: { 'process.env.NODE_ENV': '"production"' },
						logLevel: 'error',
					});
					const { count, size, warnings } = await injectManifest({
						swSrc,
						swDest: join(dist, 'sw.js'),
						globDirectory: dist,
						globPatterns: ['_astro/**/*.{css,js}', 'favicon.svg', '*/offline/index.html'],
					});
					for (const w of warnings) logger.warn(w);
					logger.info(`service worker: ${count} shell files precached (${(size / 1024).toFixed(1)} KB)`);
				} catch (cause) {
					logger.error(`Could not build the service worker: ${(cause as Error).message}`);
					process.exit(1);
				} finally {
					rmSync(tmp, { recursive: true, force: true });
				}
				// What "Save this edition" downloads: every page of the edition and its search index.
				for (const locale of locales) {
					const files = [...listFiles(join(dist, locale)), ...listFiles(join(dist, 'pagefind', locale))]
						.filter(
							(f) =>
								(f.endsWith('.html') && !/\/(offline|translations)\/index\.html$/.test(f)) ||
								f.includes(`/pagefind/${locale}/`),
						)
						.filter((f) => !f.endsWith('offline.json'));
					const entries = files.map((f) => ({
						path: relative(dist, f)
							.split('\\')
							.join('/')
							.replace(/index\.html$/, ''),
						bytes: statSync(f).size,
					}));
					const total = entries.reduce((n, e) => n + e.bytes, 0);
					writeFileSync(join(dist, locale, 'offline.json'), JSON.stringify({ locale, total, files: entries }));
					logger.info(`offline edition ${locale}: ${entries.length} files, ${(total / 1024 / 1024).toFixed(1)} MB`);
				}
			},
		},
	};
}
