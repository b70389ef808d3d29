import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { globSync } from 'tinyglobby';
import { injectManifest } from 'workbox-build';
import { locales, type Locale } from '../i18n/locales.ts';

/** Pages a reader does not save with an edition: the offline page itself and the translators' status. */
const NOT_SAVED = /(^|\/)(offline|translations)\/index\.html$/;

/**
 * Bundle src/sw/service-worker.ts and let Workbox inject the precache manifest (the shell).
 * Returns what was precached; warnings are passed to `warn`.
 */
export async function buildServiceWorker(
	dist: string,
	warn: (message: string) => void,
): Promise<{ count: number; size: number }> {
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
		warnings.forEach(warn);
		return { count, size };
	} catch (cause) {
		throw new Error('Could not build the service worker.', { cause });
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** What "Save this edition" downloads, written to `<locale>/offline.json`: every page of the edition and its search bundle. */
export function writeEditionLists(dist: string): { locale: Locale; files: number; bytes: number }[] {
	return locales.map((locale) => {
		const files = [
			...globSync(`${locale}/**/*.html`, { cwd: dist }).filter((f) => !NOT_SAVED.test(f)),
			...globSync(`pagefind/${locale}/**/*`, { cwd: dist }),
		].sort();
		const entries = files.map((f) => ({ path: f.replace(/index\.html$/, ''), bytes: statSync(join(dist, f)).size }));
		const total = entries.reduce((n, e) => n + e.bytes, 0);
		writeFileSync(join(dist, locale, 'offline.json'), JSON.stringify({ locale, total, files: entries }));
		return { locale, files: entries.length, bytes: total };
	});
}
