import type { Locale } from '../i18n/locales';
import {
	FALLBACK_FILTER,
	bundleQueries,
	isVisibleFallback,
	phraseQuery,
	rankResults,
	resultUrlForLocale,
	type RankedResult,
} from '../lib/search-query';

interface SearchConfig {
	locale: Locale;
	base: string;
	/** The bundles to search, the edition's own first (`searchLanguages`). */
	bundles: { locale: Locale; weight: number }[];
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
type Filters = Record<string, Record<string, number>>;
/** The module API of one Pagefind bundle (`pagefind/<locale>/pagefind.js`). */
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		q: string,
		o?: Record<string, unknown>,
	): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
	filters(): Promise<Filters>;
}

/** One language's bundle, loading or loaded; a fallback language's is `undefined` once it turned out unreachable. */
interface Bundle {
	locale: Locale;
	weight: number;
	pagefind: Promise<Pagefind | undefined>;
	filters: Promise<Filters>;
}

type PagefindResult = Awaited<ReturnType<Pagefind['search']>>['results'][number];
/** A result from one bundle, ranked but not yet fetched. */
interface Candidate extends RankedResult {
	/** Pagefind's result, held until its text is fetched. */
	result: PagefindResult;
}

let bundles: Bundle[] | undefined;

/** Import and start one language's Pagefind. */
async function loadPagefind(config: SearchConfig, locale: Locale): Promise<Pagefind> {
	const pf = (await import(/* @vite-ignore */ `${config.base}pagefind/${locale}/pagefind.js`)) as Pagefind;
	// On the page's own thread: Pagefind's web worker put its start-up and a second script before the
	// first result, which came measurably later; with indexes this small a search takes milliseconds.
	await pf.options({ baseUrl: config.base, excerptLength: 26, noWorker: true });
	await pf.init();
	return pf;
}

/**
 * Start loading the search bundles: the reader's own language at once, every fallback language
 * (together) as soon as the own index is in memory, so that on a slow connection they do not
 * compete with it (measured on a throttled 1.6 Mbit/s line: first results in /uz/ after 1.5 s
 * instead of 2.6 s). Each language is its own Pagefind (its own module and WebAssembly), not an
 * index merged into another: a merged index is searched with the main bundle's language support,
 * so Russian words went unstemmed in the Uzbek edition, and Pagefind answers a merged search
 * only once every index has. A fallback language that cannot be reached (offline, not saved)
 * answers nothing.
 */
function loadBundles(config: SearchConfig): Bundle[] {
	if (bundles) return bundles;
	const [own, ...fallbacks] = config.bundles;
	const ownPagefind = loadPagefind(config, own!.locale);
	// The filter lists are needed anyway, and asking for them waits until the index is in memory.
	const ownFilters = ownPagefind.then((pf) => pf.filters());
	const ownLoaded = ownFilters.catch(() => undefined);
	bundles = [
		{ ...own!, pagefind: ownPagefind, filters: ownFilters.catch(() => ({})) },
		...fallbacks.map((fallback) => {
			const pagefind = ownLoaded.then(() => loadPagefind(config, fallback.locale));
			const filters = pagefind.then((pf) => pf.filters());
			return {
				...fallback,
				pagefind: filters.then(
					() => pagefind,
					() => undefined,
				),
				filters: filters.catch(() => ({})),
			};
		}),
	];
	return bundles;
}

/** Add up the filter values of several bundles (as Pagefind does for merged indexes). */
function mergeFilters(all: Filters[]): Filters {
	const merged: Filters = {};
	for (const filters of all)
		for (const [name, values] of Object.entries(filters))
			for (const [value, count] of Object.entries(values))
				(merged[name] ??= {})[value] = (merged[name]![value] ?? 0) + count;
	return merged;
}

/**
 * Search one bundle: each form of the query (the Uzbek editions search both scripts) and, for a
 * query of several words, the query as an exact phrase, which marks pages that match it word for word.
 */
async function searchBundle(
	pf: Pagefind,
	locale: Locale,
	queries: readonly string[],
	filters: Record<string, string>,
): Promise<Candidate[]> {
	const phrases = queries.map(phraseQuery).filter((q) => q !== undefined);
	const [found, exact] = await Promise.all([
		Promise.all(queries.map((q) => pf.search(q, { filters }))),
		Promise.all(phrases.map((q) => pf.search(q, { filters }))),
	]);
	const phraseIds = new Set(exact.flatMap((f) => f.results.map((r) => r.id)));
	const best = new Map<string, Candidate>();
	for (const r of found.flatMap((f) => f.results))
		if ((best.get(r.id)?.score ?? -1) < r.score)
			best.set(r.id, { id: r.id, locale, score: r.score, phrase: phraseIds.has(r.id), result: r });
	return [...best.values()];
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A result on screen: its data, the language it is in and the link in the reader's edition. */
interface Shown {
	key: string;
	data: PagefindResultData;
	from: Locale;
	href: string;
}

/** How many results to show: a phone screen at once, then the rest. */
const FIRST_SCREEN = 5;
const MAX_RESULTS = 24;
/** How long typing must pause before the results beyond the first screen are fetched, in ms. */
const FILL_DELAY_MS = 300;

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
	const weights = new Map(config.bundles.map((b) => [b.locale, b.weight]));
	const selected: Record<string, string> = {};
	/** Whether a fallback-language page is the copy this edition shows, by bundle and page id: it never changes. */
	const visible = new Map<string, boolean>();
	/** The list items on screen, by result, and the search they belong to: adding results keeps them in place. */
	let items = new Map<string, HTMLLIElement>();
	let itemsRun = 0;
	let run = 0;
	let addressTimer: number | undefined;

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

	function renderFilters(available: Filters) {
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
				update(false);
			});
			label.append(select);
			grid.append(label);
		}
		filterBox.hidden = grid.children.length === 0;
	}

	function resultItem({ data: d, from, href }: Shown): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'search-result';
		const lang = config.langs[from]!;
		const sub = (d.sub_results ?? []).filter((r) => r.url.includes('#')).slice(0, 3);
		const badges = `<span class="badge">${escapeHtml(s.types[d.meta.type ?? ''] ?? '')}</span>${from !== config.locale ? `<span class="badge badge--lang">${escapeHtml(s.otherLanguage[from]!)}</span>` : ''}`;
		li.innerHTML = `<a class="search-result__title" href="${escapeHtml(href)}" lang="${lang}">${escapeHtml(d.meta.title ?? href)}</a> ${badges}
			<p class="search-result__excerpt" lang="${lang}">${d.excerpt}</p>
			${sub.length ? `<ul class="search-result__sections">${sub.map((r) => `<li><a href="${escapeHtml(resultUrlForLocale(r.url, from, config.locale, config.base))}" lang="${lang}">${escapeHtml(r.title)}</a></li>`).join('')}</ul>` : ''}`;
		return li;
	}

	/**
	 * Put `shown` on screen. Within one search the order of what is already there never changes
	 * (see `rankResults`): new results are inserted between, and the items on screen stay the same
	 * elements, so keyboard focus and the reader's place are kept.
	 */
	function paint(id: number, raw: string, shown: Shown[], complete: boolean) {
		if (itemsRun !== id) {
			// A new search replaces the last one's results only now, so the list never flashes empty while typing.
			list.replaceChildren();
			items = new Map();
			itemsRun = id;
		}
		const next = new Map(shown.map((r) => [r.key, items.get(r.key) ?? resultItem(r)]));
		for (const [key, li] of items) if (!next.has(key)) li.remove();
		list.dataset.query = raw;
		[...next.values()].forEach((li, i) => {
			if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
		});
		items = next;
		list.setAttribute('aria-busy', String(!complete));
		status.textContent = shown.length
			? (s.results[Math.min(shown.length, 100)] ?? String(shown.length))
			: complete
				? s.noResults.replace('{{query}}', raw)
				: s.loading;
	}

	/** The best `count` results this edition shows, in rank order: a fallback copy is kept only where no earlier language has the page. */
	async function pick(ranked: Candidate[], count: number, isCurrent: () => boolean): Promise<Shown[] | undefined> {
		const shown: Shown[] = [];
		let next = 0;
		while (shown.length < count && next < ranked.length) {
			const batch: Candidate[] = [];
			while (batch.length < count - shown.length && next < ranked.length) {
				const c = ranked[next++]!;
				if (visible.get(`${c.locale}:${c.id}`) !== false) batch.push(c);
			}
			// A result whose text cannot be fetched (offline, not saved) is left out.
			const data = await Promise.all(batch.map((c) => c.result.data().catch(() => undefined)));
			if (!isCurrent()) return undefined;
			batch.forEach((c, i) => {
				const d = data[i];
				if (!d) return;
				const ok =
					c.locale === config.locale || isVisibleFallback(config.locale, c.locale, (d.meta.editions ?? '').split(' '));
				visible.set(`${c.locale}:${c.id}`, ok);
				const href = resultUrlForLocale(d.url, c.locale, config.locale, config.base);
				if (ok) shown.push({ key: `${c.locale}:${c.id}`, data: d, from: c.locale, href });
			});
		}
		return shown;
	}

	/**
	 * Search every bundle at once, at every keystroke (no pause: typing is the reader's intent, and
	 * a search takes milliseconds). The reader's own language is shown as soon as it answers; each
	 * other language is ranked in when it answers.
	 */
	function update(push: boolean) {
		const raw = input.value.trim();
		const id = ++run;
		const isCurrent = () => id === run;
		const params = new URLSearchParams();
		if (raw) params.set('q', raw);
		for (const [k, v] of Object.entries(selected)) params.set(k, v);
		const query = params.toString() ? `?${params}` : '';
		// The address follows once typing pauses (a browser may fetch the page icon again on each change).
		clearTimeout(addressTimer);
		if (push)
			addressTimer = window.setTimeout(
				() => history.replaceState(null, '', `${location.pathname}${query}`),
				FILL_DELAY_MS,
			);
		if (!raw) {
			list.replaceChildren();
			items = new Map();
			delete list.dataset.query;
			list.removeAttribute('aria-busy');
			status.textContent = '';
			return;
		}
		// Results of what was typed before stay on screen until these replace them; an empty list says it is loading.
		if (list.children.length === 0) status.textContent = s.loading;
		const filters = { ...selected };
		const answered = new Map<Locale, Candidate[]>();
		let pending = config.bundles.length;
		let painting: Promise<void> | undefined;
		let again = false;
		const refresh = async () => {
			// Never fewer than are on screen: results that join later slot in, the list does not shrink.
			let count = Math.max(FIRST_SCREEN, itemsRun === id ? items.size : 0);
			for (;;) {
				const ranked = rankResults([...answered.values()].flat(), weights);
				const shown = await pick(ranked, count, isCurrent);
				if (!shown) return;
				const more = shown.length === count && count < MAX_RESULTS && ranked.length > count;
				// Complete once every language has answered and nothing newer waits to be ranked in.
				paint(id, raw, shown, pending === 0 && !more && !again);
				if (!more) return;
				// The rest once the reader stops typing: the results of a query still being typed are soon replaced.
				await new Promise((done) => setTimeout(done, FILL_DELAY_MS));
				if (!isCurrent()) return;
				count = MAX_RESULTS;
			}
		};
		const schedule = () => {
			// The reader's own language goes first: nothing is shown before it has answered.
			if (!isCurrent() || !answered.has(config.locale)) return;
			if (painting) {
				again = true;
				return;
			}
			painting = refresh().finally(() => {
				painting = undefined;
				if (again && isCurrent()) {
					again = false;
					schedule();
				}
			});
		};
		for (const bundle of loadBundles(config))
			void bundle.pagefind
				.then((pf) => {
					if (!pf) return [];
					// Another language's bundle answers with the copies this edition shows, nothing else.
					const own = bundle.locale === config.locale;
					const bundleFilters = own ? filters : { ...filters, [FALLBACK_FILTER]: config.locale };
					return searchBundle(pf, bundle.locale, bundleQueries(config.locale, bundle.locale, raw), bundleFilters);
				})
				.then(
					(found) => {
						pending -= 1;
						answered.set(bundle.locale, found);
						schedule();
					},
					() => {
						pending -= 1;
						if (bundle.locale !== config.locale) {
							answered.set(bundle.locale, []);
							schedule();
						} else if (isCurrent()) status.textContent = s.error;
					},
				);
	}

	input.addEventListener('input', () => update(true));
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		update(true);
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
			update(true);
		}
	});
	// Opening the search page is opening search: load every language's bundle now, so results can
	// appear as soon as the reader has typed. The filters list what all languages offer.
	const all = loadBundles(config);
	void Promise.all(all.map((b) => b.filters)).then((f) => renderFilters(mergeFilters(f)));
	const params = new URLSearchParams(location.search);
	for (const k of ['type', 'module', 'country', 'year', 'issue']) if (params.get(k)) selected[k] = params.get(k)!;
	input.value = params.get('q') ?? '';
	if (input.value) update(false);
	input.focus();
}
