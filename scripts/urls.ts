/**
 * `npm run urls -- --update`: record the URLs of the current build (dist/) in content/urls.lock.
 * New URLs are added; URLs already in the lock are never removed (a removed page needs a
 * redirect in content/redirects.yaml, which the build checks).
 */
import { existsSync } from 'node:fs';
import { readBuiltSite } from '../src/post-build/built-site.ts';
import { readUrlLock, writeUrlLock, URL_LOCK } from '../src/post-build/url-lock.ts';

if (!process.argv.includes('--update')) {
	console.error('Usage: npm run urls -- --update   (after npm run build)');
	process.exit(2);
}
if (!existsSync('dist/index.html')) {
	console.error('dist/ is missing: run npm run build first.');
	process.exit(2);
}
const base = process.env.BASE_PATH ?? '/';
if (base !== '/')
	console.warn(`Note: reading a build made with BASE_PATH=${base}; the lock records paths without the base.`);
const locked = readUrlLock(process.cwd());
const built = readBuiltSite('dist')
	.map((p) => p.path)
	.filter((p) => p !== '/404.html');
const added = built.filter((u) => !locked.includes(u));
writeUrlLock(process.cwd(), [...locked, ...built]);
console.log(`${URL_LOCK}: ${added.length} new URLs recorded (${locked.length + added.length} in all).`);
