import type { APIRoute } from 'astro';

/**
 * robots.txt: everything may be crawled, and the sitemap is named by its absolute URL (from SITE
 * and BASE_PATH). Pages that should stay out of search engines say so themselves (`noindex`).
 */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site ?? 'http://localhost:4321');
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
