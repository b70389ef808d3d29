/**
 * A small static server for the built site: what `npm start` and the browser tests use.
 * Serves `dist/` under the configured base path, answers unknown paths with the site's 404 page,
 * and redirects directory paths without a trailing slash (the site's URL policy).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Start serving `dir` at `base` on `port` (0 = any free port). Resolves when listening. */
export function serveStatic(dir: string, port: number, base = '/'): Promise<{ server: Server; url: string }> {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname = decodeURIComponent(url.pathname);
		if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Outside the site base path');
			return;
		}
		pathname = pathname.slice(prefix.length - 1) || '/';
		let file = normalize(join(root, pathname));
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/'))
				return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
			file = join(file, 'index.html');
		}
		if (!existsSync(file)) {
			const notFound = join(root, '404.html');
			res.writeHead(404, { 'content-type': types['.html']! });
			res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
			return;
		}
		const type = types[extname(file)] ?? 'application/octet-stream';
		const hashed = file.includes('/_astro/');
		res.writeHead(200, {
			'content-type': type,
			'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			ok({ server, url: `http://127.0.0.1:${actual}${prefix}` });
		}),
	);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4321);
	const { url } = await serveStatic('dist', port, process.env.BASE_PATH ?? '/');
	console.log(`Serving the built site at ${url} (Ctrl+C to stop)`);
}
