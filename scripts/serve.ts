/**
 * The static server for the built site: what `npm start`, `npm run serve`, the browser tests and the
 * benchmark use. sirv reads the files; this module adds what the site's hosting promises (README,
 * Hosting): the base path, the site's 404 page, trailing-slash redirects for folders, cache headers,
 * and a 400 for URLs that cannot be decoded or that try to leave the served folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/** Where a request goes, decided from its raw path alone. */
type RequestTarget =
	| { type: 'bad-request' }
	| { type: 'outside-base' }
	| { type: 'redirect'; location: string }
	/** `raw`: the path below the base as sent (sirv decodes it); `path`: the same, decoded. */
	| { type: 'site'; raw: string; path: string };

/** Types sirv's table (mrmime) lacks, such as Pagefind's index files, or gives without a charset. */
const typeOverrides: Record<string, string> = {
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
	'.xml': 'application/xml',
};

/** The Content-Type for a file name: text gets a UTF-8 charset, unknown types are plain bytes. */
function contentType(file: string): string {
	const ext = extname(file).toLowerCase();
	const type = typeOverrides[ext] ?? lookup(ext) ?? 'application/octet-stream';
	return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/** The Cache-Control for a path below the base: hashed build assets forever, the rest revalidated. */
function cacheControl(path: string): string {
	return path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Decide where a raw request path (no query) goes under `base` (ends with `/`). Browsers never send
 * `.` or `..` segments or backslashes (they normalise them away), so such a path is a probe: 400.
 * So is a path starting `//`: redirected with a slash added, it would name another host.
 */
function requestTarget(rawPath: string, base: string): RequestTarget {
	if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return { type: 'bad-request' };
	let decoded: string;
	try {
		// The strictest decoding (`%2F` and `%5C` too), so that no encoding hides a `..` from the check.
		decoded = decodeURIComponent(rawPath);
	} catch {
		return { type: 'bad-request' };
	}
	if (/[\\\0]/.test(decoded) || decoded.split('/').some((s) => s === '.' || s === '..')) return { type: 'bad-request' };
	if (`${rawPath}/` === base) return { type: 'redirect', location: base };
	if (!rawPath.startsWith(base)) return { type: 'outside-base' };
	const raw = rawPath.slice(base.length - 1);
	return { type: 'site', raw, path: decodeURI(raw) };
}

/** Whether `path` (decoded, below the base) names a folder inside `root`. */
async function isFolder(root: string, path: string): Promise<boolean> {
	const file = resolve(root, `.${path}`);
	if (!file.startsWith(root + sep)) return false;
	return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}

/** Start serving `dir` at `base` on `port` (0 = any free port). Resolves when listening. */
export function serveStatic(dir: string, port: number, base = '/'): Promise<{ server: Server; url: string }> {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	// `dev: true` looks each file up when asked instead of listing `dir` once at start, so a rebuild
	// while serving is seen; sirv still refuses any path that resolves outside `dir`.
	const files = sirv(root, {
		dev: true,
		etag: true,
		extensions: [],
		setHeaders(res, path) {
			res.setHeader('Content-Type', contentType(path));
			res.setHeader('Cache-Control', cacheControl(path));
		},
	});

	async function notFound(res: ServerResponse) {
		const page = await readFile(join(root, '404.html')).catch(() => null);
		res.writeHead(404, { 'content-type': contentType('404.html'), 'cache-control': 'no-cache' });
		res.end(page ?? 'Not found');
	}

	async function handle(req: IncomingMessage, res: ServerResponse) {
		res.setHeader('X-Content-Type-Options', 'nosniff');
		const url = req.url ?? '/';
		const q = url.indexOf('?');
		const [rawPath, search] = q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
		const target = requestTarget(rawPath, prefix);
		if (target.type === 'bad-request')
			return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request path');
		if (target.type === 'outside-base')
			return void res
				.writeHead(404, { 'content-type': 'text/plain' })
				.end(`Not found: this server serves the site under ${prefix}`);
		if (target.type === 'redirect') return void res.writeHead(301, { location: `${target.location}${search}` }).end();
		if (!target.path.endsWith('/') && (await isFolder(root, target.path)))
			return void res.writeHead(301, { location: `${rawPath}/${search}` }).end();
		req.url = `${target.raw}${target.raw.endsWith('/') ? 'index.html' : ''}${search}`;
		files(req, res, () => notFound(res));
	}

	const server = createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			console.error(error);
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
			res.end('Server error');
		});
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
