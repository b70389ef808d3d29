import {
	countOptions,
	emptyFilter,
	filterCases,
	filterToQuery,
	queryToFilter,
	type FilterableCase,
	type FilterState,
} from '../lib/case-filter';

/**
 * Progressive enhancement of the case list: instant filtering with the state in the URL query
 * (so trainers can share a filtered view, and Back restores the previous one).
 */
export function initCaseFilters(): void {
	const form = document.querySelector<HTMLFormElement>('#case-filters');
	const list = document.querySelector<HTMLUListElement>('#case-list');
	if (!form || !list) return;
	const items = [...list.querySelectorAll<HTMLLIElement>('li[data-case]')];
	const cases: (FilterableCase & { el: HTMLLIElement })[] = items.map((el) => ({
		el,
		id: el.dataset.case!,
		country: el.dataset.country!,
		year: el.dataset.year ? Number(el.dataset.year) : null,
		issues: (el.dataset.issues ?? '').split(' ').filter(Boolean),
		courtLevel: el.dataset.court!,
	}));
	const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
	const count = form.querySelector<HTMLElement>('.filters__count')!;
	// Remember each option's plain label so counts can be appended and updated.
	for (const opt of form.querySelectorAll('option')) opt.dataset.label = opt.textContent ?? '';

	const read = (): FilterState => ({
		issue: select('issue').value,
		country: select('country').value,
		courtLevel: select('court').value,
		yearFrom: select('from').value ? Number(select('from').value) : null,
		yearTo: select('to').value ? Number(select('to').value) : null,
	});
	const write = (s: FilterState) => {
		select('issue').value = s.issue;
		select('country').value = s.country;
		select('court').value = s.courtLevel;
		select('from').value = s.yearFrom === null ? '' : String(s.yearFrom);
		select('to').value = s.yearTo === null ? '' : String(s.yearTo);
	};
	const render = (s: FilterState) => {
		const shown = new Set(filterCases(cases, s).map((c) => c.id));
		for (const c of cases) c.el.hidden = !shown.has(c.id);
		for (const [name, field] of [
			['issue', 'issue'],
			['country', 'country'],
			['court', 'courtLevel'],
		] as const) {
			const counts = countOptions(cases, s, field);
			for (const opt of select(name).options)
				if (opt.value) opt.textContent = `${opt.dataset.label} (${counts.get(opt.value) ?? 0})`;
		}
		const n = shown.size;
		// One ready-made label per possible count: plural rules differ by language (1 / 2–4 / 5+ in Russian).
		count.textContent = (JSON.parse(count.dataset.labels ?? '[]') as string[])[n] ?? String(n);
	};
	const apply = (push: boolean) => {
		const s = read();
		const query = filterToQuery(s);
		if (push && query !== location.search) history.pushState(null, '', `${location.pathname}${query}${location.hash}`);
		render(s);
	};

	form.hidden = false;
	form.addEventListener('change', () => apply(true));
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		apply(true);
	});
	form.addEventListener('reset', () =>
		setTimeout(() => {
			write(emptyFilter);
			apply(true);
		}),
	);
	window.addEventListener('popstate', () => {
		write(queryToFilter(location.search));
		render(read());
	});
	write(queryToFilter(location.search));
	render(read());
}
