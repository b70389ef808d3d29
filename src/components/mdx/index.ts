import Latn from './Latn.astro';

/** The components content files may use (the MDX policy's allow-list); links and headings need none. */
export const mdxComponents = { Latn };
