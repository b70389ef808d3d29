/**
 * The header's disclosures (menu, editions) are plain <details>: they open and close without
 * JavaScript. This adds what a reader expects of a pop-up panel: Escape closes it and puts focus
 * back on its button, a click or focus elsewhere closes it, and only one is open at a time.
 * Nothing traps focus: Tab moves on as usual, and the panel closes behind it.
 */
export function initDisclosures(): void {
	const all = [...document.querySelectorAll<HTMLDetailsElement>('details[data-disclosure]')];
	const close = (d: HTMLDetailsElement, refocus: boolean) => {
		d.open = false;
		if (refocus) d.querySelector('summary')?.focus();
	};
	for (const d of all) {
		d.addEventListener('toggle', () => {
			if (d.open) for (const other of all) if (other !== d && other.open) close(other, false);
		});
		d.addEventListener('focusout', (e) => {
			const next = e.relatedTarget as Node | null;
			if (d.open && next && !d.contains(next)) close(d, false);
		});
	}
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		const open = all.find((d) => d.open);
		if (!open) return;
		// Focus returns to the button when it was in the panel (or nowhere, after a click on a blank part).
		const active = document.activeElement;
		close(open, !active || active === document.body || open.contains(active));
	});
	document.addEventListener('click', (e) => {
		const target = e.target as Node | null;
		for (const d of all) if (d.open && target && !d.contains(target)) close(d, false);
	});
}
