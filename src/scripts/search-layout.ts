/** Below this width the search filters fold away under their summary, so results come first. */
const narrow = '(max-width: 47.99rem)';

/**
 * Fold the search filters on a phone (the page is built with them open, for wide screens, whose
 * layout reserves their room; see global.css). Runs before the index loads, while the filters are
 * still empty, so folding moves nothing; widening the window opens them again.
 */
export function foldFiltersOnPhones(): void {
	const box = document.getElementById('search-filters-box') as HTMLDetailsElement | null;
	if (!box) return;
	const query = matchMedia(narrow);
	box.open = !query.matches;
	query.addEventListener('change', () => {
		if (!query.matches) box.open = true;
	});
}
