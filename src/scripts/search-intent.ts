/** Pagefind's description of a bundle (`pagefind-entry.json`): which metadata and WebAssembly file each language uses. */
interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Ask the browser to fetch `href` at low priority and keep it for the next page. */
function prefetch(href: string): void {
	const link = document.createElement('link');
	link.rel = 'prefetch';
	link.href = href;
	document.head.append(link);
}

/**
 * Once the reader shows they are about to search (focus on, or typing in, the header search
 * field), fetch what the search page will need first from the edition's search bundle
 * (`data-search-bundle`): Pagefind's script, its WebAssembly and the index metadata. The search
 * page then finds them in the cache, and its results can appear as soon as it opens.
 */
export function prefetchSearchOnIntent(field: HTMLInputElement): void {
	const bundle = field.dataset.searchBundle;
	if (!bundle) return;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		prefetch(`${bundle}pagefind.js`);
		void fetch(`${bundle}pagefind-entry.json`)
			.then((r) => (r.ok ? (r.json() as Promise<PagefindEntry>) : undefined))
			.then((entry) => {
				for (const { hash, wasm } of Object.values(entry?.languages ?? {})) {
					prefetch(`${bundle}pagefind.${hash}.pf_meta`);
					prefetch(`${bundle}wasm.${wasm ?? 'unknown'}.pagefind`);
				}
			})
			// Only a head start: the search page loads whatever is missing itself.
			.catch(() => undefined);
	};
	field.addEventListener('focus', start);
	field.addEventListener('input', start);
}
