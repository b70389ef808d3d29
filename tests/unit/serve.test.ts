import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.ts';

// A small built site, with secrets beside it: `dist-secret/` shares the prefix `dist`, so a check
// that compares string prefixes lets it through.
const tmp = mkdtempSync(join(tmpdir(), 'serve-test-'));
const dist = join(tmp, 'dist');
const files: Record<string, string> = {
	'index.html': '<h1>Choose a language</h1>',
	'404.html': '<h1>Page not found</h1>',
	'en/index.html': '<h1>English home</h1>',
	'en/modules/module-6/index.html': '<h1>Module 6</h1>',
	'_astro/app.Ab12Cd.js': 'console.log(1)',
	'_astro/site.Ef34Gh.css': 'body{}',
	'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
	'manifest.webmanifest': '{}',
	'sitemap-index.xml': '<sitemapindex/>',
	'pagefind/en/pagefind.en.pf_meta': 'meta',
	'pagefind/en/index/en_1.pf_index': 'index',
	'pagefind/en/fragment/en_1.pf_fragment': 'fragment',
	'pagefind/en/wasm.en.pagefind': 'wasm-index',
	'pagefind/pagefind.wasm': 'wasm',
	'pagefind/pagefind-entry.json': '{}',
	'a/index.html': '<h1>A</h1>',
	'data.bin': 'bytes',
	'../dist-secret/x.txt': 'SECRET',
	'../secret.txt': 'SECRET',
};
for (const [path, text] of Object.entries(files)) {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
}

interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
}

/** GET a raw path, exactly as written (fetch would normalise `..` and `%2e%2e` away). */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
	const { port } = new URL(url);
	return new Promise((ok, fail) => {
		const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
		});
		req.on('error', fail);
		// A server that crashed or hangs fails the test here rather than at vitest's timeout.
		req.setTimeout(10_000, () => req.destroy(new Error(`no answer to GET ${path}`)));
		req.end();
	});
}

let root: { server: Server; url: string };
let sub: { server: Server; url: string };
beforeAll(async () => {
	root = await serveStatic(dist, 0);
	sub = await serveStatic(dist, 0, '/e4j');
});
afterAll(() => {
	root.server.close();
	sub.server.close();
	rmSync(tmp, { recursive: true, force: true });
});

describe('serveStatic: files', () => {
	it('resolves with the URL of the base', () => {
		expect(root.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		expect(sub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/e4j\/$/);
	});

	it('serves a folder’s index.html at its slash URL', async () => {
		const reply = await get(root.url, '/en/modules/module-6/');
		expect(reply.status).toBe(200);
		expect(reply.body).toBe('<h1>Module 6</h1>');
	});

	it('serves the root index.html at /', async () => {
		expect((await get(root.url, '/')).body).toBe('<h1>Choose a language</h1>');
	});

	it('ignores the query when finding the file', async () => {
		expect((await get(root.url, '/en/?utm=x')).body).toBe('<h1>English home</h1>');
	});

	it('serves a file added after the server started (a rebuild while serving)', async () => {
		writeFileSync(join(dist, 'late.txt'), 'late');
		expect((await get(root.url, '/late.txt')).body).toBe('late');
	});

	it('answers a matching If-None-Match with 304', async () => {
		const first = await get(root.url, '/en/');
		expect(first.headers.etag).toBeTruthy();
		const again = await get(root.url, '/en/', { 'if-none-match': first.headers.etag! });
		expect(again.status).toBe(304);
		expect(again.body).toBe('');
	});
});

describe('serveStatic: redirects and 404', () => {
	it('redirects a folder without its trailing slash (301), keeping the query', async () => {
		const reply = await get(root.url, '/en/modules/module-6?lang=ru&x=1');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/en/modules/module-6/?lang=ru&x=1');
	});

	it('does not redirect a file', async () => {
		expect((await get(root.url, '/favicon.svg')).status).toBe(200);
	});

	it('answers an unknown path with the site’s 404 page and status 404', async () => {
		const reply = await get(root.url, '/en/no-such-page/');
		expect(reply.status).toBe(404);
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(reply.body).toBe('<h1>Page not found</h1>');
	});

	it('answers an unknown path without a slash with the 404 page, not a redirect', async () => {
		const reply = await get(root.url, '/en/nothing');
		expect(reply.status).toBe(404);
		expect(reply.body).toBe('<h1>Page not found</h1>');
	});

	it('does not serve 404.html as a page at /404', async () => {
		expect((await get(root.url, '/404')).status).toBe(404);
	});

	it('answers a folder without index.html with 404', async () => {
		const reply = await get(root.url, '/pagefind/');
		expect(reply.status).toBe(404);
		expect(reply.body).toBe('<h1>Page not found</h1>');
	});
});

describe('serveStatic: base path', () => {
	it('serves pages under the base', async () => {
		const reply = await get(sub.url, '/e4j/en/');
		expect(reply.status).toBe(200);
		expect(reply.body).toBe('<h1>English home</h1>');
	});

	it('answers paths outside the base with 404', async () => {
		const reply = await get(sub.url, '/en/');
		expect(reply.status).toBe(404);
		expect(reply.body).toContain('/e4j/');
	});

	it('does not take a path that only starts like the base', async () => {
		expect((await get(sub.url, '/e4jx/en/')).status).toBe(404);
	});

	it('redirects the base without its slash', async () => {
		const reply = await get(sub.url, '/e4j?x=1');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/e4j/?x=1');
	});

	it('redirects a folder under the base to its slash form', async () => {
		const reply = await get(sub.url, '/e4j/en');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/e4j/en/');
	});

	it('answers an unknown path under the base with the 404 page', async () => {
		const reply = await get(sub.url, '/e4j/en/missing/');
		expect(reply.status).toBe(404);
		expect(reply.body).toBe('<h1>Page not found</h1>');
	});
});

describe('serveStatic: hostile paths', () => {
	it('answers a malformed escape with 400 and goes on serving', async () => {
		expect((await get(root.url, '/%E0%A4%A')).status).toBe(400);
		const next = await get(root.url, '/en/');
		expect(next.status).toBe(200);
		expect(next.body).toBe('<h1>English home</h1>');
	});

	it('serves the page when only the query has a malformed escape', async () => {
		const reply = await get(root.url, '/en/?q=%E0%A4%A');
		expect(reply.status).toBe(200);
		expect(reply.body).toBe('<h1>English home</h1>');
	});

	it('answers a malformed escape under the base with 400', async () => {
		expect((await get(sub.url, '/e4j/%ZZ/')).status).toBe(400);
	});

	it.each([
		'/..%2fdist-secret/x.txt',
		'/..%2Fdist-secret/x.txt',
		'/%2e%2e/dist-secret/x.txt',
		'/%2E%2E%2Fdist-secret%2Fx.txt',
		'/a/../../dist-secret/x.txt',
		'/a/../../secret.txt',
		'/../secret.txt',
		'/..\\dist-secret\\x.txt',
		'/..%5cdist-secret%5cx.txt',
		'/a/%2e%2e/%2e%2e/secret.txt',
		'/./en/',
		'/en/%00/',
	])('refuses %s with 400', async (path) => {
		const reply = await get(root.url, path);
		expect(reply.status).toBe(400);
		expect(reply.body).not.toContain('SECRET');
	});

	it.each(['/e4j/..%2f..%2fdist-secret/x.txt', '/e4j/../secret.txt', '/e4j/%2e%2e/secret.txt'])(
		'refuses %s under the base with 400',
		async (path) => {
			const reply = await get(sub.url, path);
			expect(reply.status).toBe(400);
			expect(reply.body).not.toContain('SECRET');
		},
	);

	it('does not redirect //host to another host', async () => {
		const reply = await get(root.url, '//en');
		expect(reply.status).toBe(400);
		expect(reply.headers.location).toBeUndefined();
	});

	it('refuses a request target that is not a path', async () => {
		expect((await get(root.url, '*')).status).toBe(400);
	});
});

describe('serveStatic: headers', () => {
	it.each([
		['/en/', 'text/html; charset=utf-8'],
		['/_astro/app.Ab12Cd.js', 'text/javascript; charset=utf-8'],
		['/_astro/site.Ef34Gh.css', 'text/css; charset=utf-8'],
		['/favicon.svg', 'image/svg+xml'],
		['/manifest.webmanifest', 'application/manifest+json'],
		['/sitemap-index.xml', 'application/xml'],
		['/pagefind/pagefind.wasm', 'application/wasm'],
		['/pagefind/pagefind-entry.json', 'application/json'],
		['/pagefind/en/pagefind.en.pf_meta', 'application/octet-stream'],
		['/pagefind/en/index/en_1.pf_index', 'application/octet-stream'],
		['/pagefind/en/fragment/en_1.pf_fragment', 'application/octet-stream'],
		['/pagefind/en/wasm.en.pagefind', 'application/octet-stream'],
		['/data.bin', 'application/octet-stream'],
	])('serves %s as %s', async (path, type) => {
		const reply = await get(root.url, path);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe(type);
	});

	it('caches hashed build assets for a year, immutable', async () => {
		const reply = await get(root.url, '/_astro/app.Ab12Cd.js');
		expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('caches hashed build assets under the base too', async () => {
		const reply = await get(sub.url, '/e4j/_astro/site.Ef34Gh.css');
		expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('asks browsers to revalidate HTML', async () => {
		expect((await get(root.url, '/en/')).headers['cache-control']).toBe('no-cache');
	});

	it('does not cache a file outside _astro/ for long, even one whose path mentions _astro', async () => {
		writeFileSync(join(dist, 'en', '_astro.txt'), 'x');
		expect((await get(root.url, '/en/_astro.txt')).headers['cache-control']).toBe('no-cache');
	});

	it('tells browsers not to sniff content types', async () => {
		expect((await get(root.url, '/en/')).headers['x-content-type-options']).toBe('nosniff');
	});
});
