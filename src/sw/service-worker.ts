/// <reference lib="webworker" />
/**
 * The service worker, bundled and given its precache manifest by Workbox at build time
 * (src/integrations/offline.ts). Reading never depends on it: it only keeps what the reader
 * opened or saved available when the connection drops.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core';
import { SAVED_CACHE, SAVING_HEADER, UPDATED_MESSAGE, UPDATES_CACHE } from '../lib/offline-names';
import { isLocale, sourceLocale } from '../i18n/locales';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const BASE = new URL(self.registration.scope).pathname;

// The shell (CSS, scripts, icon, the offline page of each edition), with revisions: a new service
// worker waits until no tab uses the old one, so a reader never gets old HTML with new assets.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** A request the worker answers: for this site, and not one of the page's saving requests (see SAVING_HEADER). */
const ownSite = (url: URL, request: Request) =>
	url.origin === self.location.origin && url.pathname.startsWith(BASE) && !request.headers.has(SAVING_HEADER);

/**
 * Saved pages live in their own cache, never expired: they answer when the runtime caches have
 * nothing, are refreshed whenever a newer copy is fetched, and a changed page is announced.
 */
const savedCopies: WorkboxPlugin = {
	cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
		cachedResponse ?? (await (await caches.open(SAVED_CACHE)).match(request, { ignoreSearch: true })) ?? null,
	cacheDidUpdate: async ({ request, oldResponse, newResponse }) => {
		const saved = await caches.open(SAVED_CACHE);
		const savedCopy = await saved.match(request, { ignoreSearch: true });
		const previous = oldResponse ?? savedCopy;
		if (savedCopy) await saved.put(request, newResponse.clone());
		// Only saved pages announce changes: the note says the page changed since the reader saved it.
		if (
			savedCopy &&
			request.mode === 'navigate' &&
			(await previous!.clone().text()) !== (await newResponse.clone().text())
		) {
			// A marker the page reads when it loads (the message below may arrive before it listens).
			await (await caches.open(UPDATES_CACHE)).put(request.url, new Response('updated'));
			for (const client of await self.clients.matchAll({ type: 'window' }))
				client.postMessage({ type: UPDATED_MESSAGE, url: request.url });
		}
	},
};

registerRoute(
	({ request, url }) => request.mode === 'navigate' && ownSite(url, request),
	new StaleWhileRevalidate({
		cacheName: 'tip-pages',
		plugins: [
			savedCopies,
			new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * 24 * 3600, purgeOnQuotaError: true }),
		],
	}),
);
// File names under _astro/ carry a content hash: a cached copy is always right.
registerRoute(
	({ request, url }) => ownSite(url, request) && url.pathname.startsWith(`${BASE}_astro/`),
	new CacheFirst({
		cacheName: 'tip-assets',
		plugins: [
			savedCopies,
			new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 365 * 24 * 3600, purgeOnQuotaError: true }),
		],
	}),
);
registerRoute(
	({ request, url }) => ownSite(url, request) && url.pathname.startsWith(`${BASE}pagefind/`),
	new StaleWhileRevalidate({
		cacheName: 'tip-search',
		plugins: [
			savedCopies,
			new ExpirationPlugin({ maxEntries: 600, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true }),
		],
	}),
);

// Offline and not cached: the offline page of the reader's edition, listing what is saved.
setCatchHandler(async ({ request, url }) => {
	if (request.mode !== 'navigate') return Response.error();
	const first = url.pathname.slice(BASE.length).split('/')[0] ?? '';
	const locale = isLocale(first) ? first : sourceLocale;
	return (await matchPrecache(`${BASE}${locale}/offline/index.html`)) ?? Response.error();
});
