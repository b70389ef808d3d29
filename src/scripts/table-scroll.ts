/**
 * A table wider than the screen scrolls inside its own box (global.css). A box that scrolls must
 * be reachable by keyboard, so such a table joins the tab order; one that fits stays out of it.
 */
export function initTableScroll(): void {
	const tables = [...document.querySelectorAll<HTMLTableElement>('main table')];
	if (!tables.length) return;
	const update = () => {
		for (const table of tables) {
			if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
			else table.removeAttribute('tabindex');
		}
	};
	update();
	const observer = new ResizeObserver(update);
	for (const table of tables) observer.observe(table);
}
