import ContentLink from './ContentLink.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Latn from './Latn.astro';

/** Element overrides for rendered MDX: edition-aware links and headings with permalinks. */
export const mdxComponents = { a: ContentLink, h2: H2, h3: H3, Latn };
