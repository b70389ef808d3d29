/** A heading as Astro's `render()` reports it. */
export interface MarkdownHeading {
	depth: number;
	slug: string;
	text: string;
}

/** One entry of a table of contents, with its sub-sections. */
export interface TocItem {
	id: string;
	text: string;
	children: TocItem[];
}

/**
 * Nest `##` and `###` headings into a two-level table of contents; deeper headings are left out.
 * @example headingsToToc([{depth:2,slug:'a',text:'A'},{depth:3,slug:'b',text:'B'}]) // [{id:'a',text:'A',children:[{id:'b',…}]}]
 */
export function headingsToToc(headings: readonly MarkdownHeading[]): TocItem[] {
	const toc: TocItem[] = [];
	for (const h of headings) {
		if (h.depth === 2) toc.push({ id: h.slug, text: h.text, children: [] });
		else if (h.depth === 3) {
			const parent = toc.at(-1);
			if (parent) parent.children.push({ id: h.slug, text: h.text, children: [] });
			else toc.push({ id: h.slug, text: h.text, children: [] });
		}
	}
	return toc;
}
