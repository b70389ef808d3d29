import type { ContentFile } from './content-files.ts';

/**
 * Pages that the uz-cyrl edition gets by transliterating the uz file: every uz page.
 * (A hand-written uz-cyrl file, when present, takes precedence over the derived one.)
 */
export function listDerivedPages(files: readonly ContentFile[]): Set<string> {
	return new Set(files.filter((f) => f.locale === 'uz' && f.ext === '.mdx').map((f) => `${f.collection}/${f.slug}`));
}
