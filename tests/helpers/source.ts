import { parseSource, type ParsedSource } from '../../src/content-index/source';
import type { TranslationMeta } from '../../src/content-index/translation';

/** Parse a content file's text, failing the test on a parse problem. */
export function textToSource(text: string, file = 'content/en/modules/module-6.mdx'): ParsedSource {
	const result = parseSource(text, file);
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return result.value;
}

/** A translation file's record, as `compareTranslation` takes it. */
export function textToTranslation(text: string): { meta: TranslationMeta | undefined } {
	return { meta: textToSource(text).frontmatter.translation as TranslationMeta | undefined };
}
