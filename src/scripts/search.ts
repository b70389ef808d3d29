import type { Locale } from '../i18n/locales';
import { isVisibleFallback, normalizeQuery, resultUrlForLocale, searchLanguages } from '../lib/search-query';

interface SearchConfig {
	locale: Locale;
	base: string;
	chain: Locale[];
	langs: Record<string, string>;
	strings: {
		loading: string;
		error: string;
		noResults: string;
		results: string[];
		any: string;
		otherLanguage: Record<string, string>;
		types: Record<string, string>;
		filterNames: Record<string, string>;
		moduleLabel: string;
	};
	issues: Record<string, string>;
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; type?: string; editions?: string };
	sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
	search(
		q: string,
		o?: Record<string, unknown>,
	): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
	preload?(q: string): Promise<void>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

/** Load Pagefind (script, wasm, index) only when the reader starts searching. */
function loadPagefind(config: SearchConfig): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const pf = (await import(/* @vite-ignore */ `${config.base}pagefind/${config.locale}/pagefind.js`)) as Pagefind;
		await pf.options({ baseUrl: config.base, excerptLength: 26 });
		// One bundle per edition: the reader's own, then each fallback language merged with a lower weight.
		// A fallback language's index that cannot be reached (offline, not saved) is left out.
		for (const { locale, weight } of searchLanguages(config.chain).slice(1)) {
			const url = `${config.base}pagefind/${locale}/`;
			const reachable = await fetch(`${url}pagefind-entry.json`).then(
				(r) => r.ok,
				() => false,
			);
			if (reachable) await pf.mergeIndex(url, { indexWeight: weight });
		}
		await pf.init();
		return pf;
	})();
	return pagefindPromise;
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Which edition a result URL belongs to. */
function resultLocale(url: string, config: SearchConfig): Locale | undefined {
	return config.chain.find((l) => url.startsWith(`${config.base}${l}/`));
}

/** Enhance the search page: live results, filters, keyboard navigation, state in ?q=. */
export function initSearchPage(): void {
	const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
	const form = document.getElementById('search-form') as HTMLFormElement;
	const input = document.getElementById('search-input') as HTMLInputElement;
	const status = document.getElementById('search-status')!;
	const list = document.getElementById('search-results') as HTMLOListElement;
	const filterBox = document.getElementById('search-filters') as HTMLFieldSetElement;
	document.getElementById('search-nojs')!.hidden = true;
	const s = config.strings;
	const selected: Record<string, string> = {};
	let run = 0;

	const filterLabel = (name: string, value: string) =>
		name === 'type'
			? (s.types[value] ?? value)
			: name === 'issue'
				? (config.issues[value] ?? value)
				: name === 'module'
					? s.moduleLabel.replace('{{number}}', value)
					: name === 'country'
						? (new Intl.DisplayNames([config.langs[config.locale]!], { type: 'region' }).of(value) ?? value)
						: value;

	async function renderFilters(pf: Pagefind) {
		const available = await pf.filters();
		const grid = filterBox.querySelector('.filters__grid')!;
		grid.replaceChildren();
		for (const name of ['type', 'module', 'country', 'year', 'issue']) {
			const values = Object.keys(available[name] ?? {});
			if (!values.length) continue;
			const label = document.createElement('label');
			label.textContent = s.filterNames[name] ?? name;
			const select = document.createElement('select');
			select.name = name;
			select.add(new Option(s.any, ''));
			values.sort((a, b) =>
				filterLabel(name, a).localeCompare(filterLabel(name, b), config.langs[config.locale], { numeric: true }),
			);
			for (const v of values) select.add(new Option(`${filterLabel(name, v)} (${available[name]![v]})`, v));
			select.value = selected[name] ?? '';
			select.addEventListener('change', () => {
				if (select.value) selected[name] = select.value;
				else delete selected[name];
				void update(false);
			});
			label.append(select);
			grid.append(label);
		}
		filterBox.hidden = grid.children.length === 0;
	}

	async function update(push: boolean) {
		const raw = input.value.trim();
		const id = ++run;
		const params = new URLSearchParams();
		if (raw) params.set('q', raw);
		for (const [k, v] of Object.entries(selected)) params.set(k, v);
		const query = params.toString() ? `?${params}` : '';
		if (push) history.replaceState(null, '', `${location.pathname}${query}`);
		if (!raw) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		status.textContent = s.loading;
		let pf: Pagefind;
		try {
			pf = await loadPagefind(config);
		} catch {
			status.textContent = s.error;
			return;
		}
		const render = (data: PagefindResultData[]) => {
			// Own-language results first, then each fallback language, keeping only copies this edition shows.
			const groups = config.chain.map((l) => ({
				locale: l,
				items: data.filter(
					(d) =>
						resultLocale(d.url, config) === l &&
						(l === config.locale || isVisibleFallback(config.locale, l, (d.meta.editions ?? '').split(' '))),
				),
			}));
			const items = groups.flatMap((g) => g.items.map((d) => ({ d, from: g.locale })));
			// Re-rendering must not steal the place of a reader moving through results with the keyboard.
			const focused = [...list.querySelectorAll('a.search-result__title')].indexOf(document.activeElement as Element);
			list.replaceChildren(
				...items.map(({ d, from }) => {
					const li = document.createElement('li');
					li.className = 'search-result';
					const lang = config.langs[from]!;
					const href = resultUrlForLocale(d.url, from, config.locale, config.base);
					const sub = (d.sub_results ?? []).filter((r) => r.url.includes('#')).slice(0, 3);
					const badges = `<span class="badge">${escapeHtml(s.types[d.meta.type ?? ''] ?? '')}</span>${from !== config.locale ? `<span class="badge badge--lang">${escapeHtml(s.otherLanguage[from]!)}</span>` : ''}`;
					li.innerHTML = `<a class="search-result__title" href="${escapeHtml(href)}" lang="${lang}">${escapeHtml(d.meta.title ?? href)}</a> ${badges}
						<p class="search-result__excerpt" lang="${lang}">${d.excerpt}</p>
						${sub.length ? `<ul class="search-result__sections">${sub.map((r) => `<li><a href="${escapeHtml(resultUrlForLocale(r.url, from, config.locale, config.base))}" lang="${lang}">${escapeHtml(r.title)}</a></li>`).join('')}</ul>` : ''}`;
					return li;
				}),
			);
			if (focused >= 0) list.querySelectorAll<HTMLAnchorElement>('a.search-result__title')[focused]?.focus();
			status.textContent = items.length
				? (s.results[Math.min(items.length, 100)] ?? String(items.length))
				: s.noResults.replace('{{query}}', raw);
		};
		const started = performance.now();
		// Uzbek readers may type either script: search the query as typed and in the edition's script
		// (a Cyrillic query must still find Russian pages shown in the Latin edition).
		const queries = [...new Set([normalizeQuery(config.locale, raw), raw])];
		const found = (await Promise.all(queries.map((q) => pf.search(q, { filters: { ...selected } })))).flatMap(
			(f) => f.results,
		);
		const unique = [...new Map(found.sort((a, b) => b.score - a.score).map((r) => [r.id, r])).values()];
		// Fragments are fetched per result: show the best 5 (a phone screen) at once, then fill in up to 24.
		for (const count of [5, 24]) {
			const data = await Promise.all(unique.slice(0, count).map((r) => r.data()));
			if (id !== run) return;
			render(data);
			if (unique.length <= count) break;
		}
		list.dataset.ms = String(Math.round(performance.now() - started));
	}

	let timer: number | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		// Fetch the index chunks for the words typed so far while the reader is still typing.
		const q = input.value.trim();
		if (q) void loadPagefind(config).then((pf) => pf.preload?.(normalizeQuery(config.locale, q)));
		timer = window.setTimeout(() => void update(true), 60);
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void update(true);
	});
	// Keyboard: arrows move through results, Enter opens (native on links), Escape clears.
	document.addEventListener('keydown', (e) => {
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result__title')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'ArrowDown' && (document.activeElement === input || at >= 0) && links.length) {
			e.preventDefault();
			links[Math.min(at + 1, links.length - 1)]!.focus();
		} else if (e.key === 'ArrowUp' && at >= 0) {
			e.preventDefault();
			if (at === 0) input.focus();
			else links[at - 1]!.focus();
		} else if (e.key === 'Escape' && (document.activeElement === input || at >= 0)) {
			input.value = '';
			input.focus();
			void update(true);
		}
	});
	// Opening the search page is opening search: start loading Pagefind now, so results can
	// appear as soon as the reader stops typing.
	void loadPagefind(config)
		.then((pf) => renderFilters(pf))
		.catch(() => undefined);
	const params = new URLSearchParams(location.search);
	for (const k of ['type', 'module', 'country', 'year', 'issue']) if (params.get(k)) selected[k] = params.get(k)!;
	input.value = params.get('q') ?? '';
	if (input.value) void update(false);
	input.focus();
}
