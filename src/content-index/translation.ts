import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/locales.ts';

/**
 * Translation bookkeeping without git: a translation records the hash of the English text it was
 * made from (`translation.sourceHash`) and of each section (`translation.sections`), so a shallow
 * clone or a tarball tells up-to-date from outdated, and names the sections that changed.
 */

/** Where a translation stands against its English source. */
export type TranslationState =
	| { state: 'source' }
	| { state: 'missing' }
	| { state: 'derived'; from: Locale }
	| { state: 'up-to-date' }
	| { state: 'outdated'; changedSections: string[] };

/** What a translated file says it was translated from (its frontmatter `translation` block). */
export interface TranslationMeta {
	sourceHash?: string;
	sections?: Record<string, string>;
}

/** The parts of a source file that translators translate. */
export interface TranslatableText {
	/** Frontmatter YAML without the `translation:` block. */
	translatableFrontmatter: string;
	body: string;
}

/** One part of a source file, as hashed for the translation record. */
export interface SourceSection {
	/** `_frontmatter`, `_intro` (text before the first `##`) or the `##` heading's id. */
	id: string;
	text: string;
	hash: string;
}

/** The text a hash is taken of: runs of white space count as one space (so CRLF or re-wrapping is no change). */
function normalizeForHash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function sha(text: string, length: number): string {
	return createHash('sha256').update(normalizeForHash(text)).digest('hex').slice(0, length);
}

const sectionsCache = new WeakMap<TranslatableText, SourceSection[]>();
const hashCache = new WeakMap<TranslatableText, string>();

/** Split a source into its hashed parts: the frontmatter, the intro and one part per `##` section. */
export function getSourceSections(source: TranslatableText): SourceSection[] {
	const cached = sectionsCache.get(source);
	if (cached) return cached;
	const sections: SourceSection[] = [
		{ id: '_frontmatter', text: source.translatableFrontmatter, hash: sha(source.translatableFrontmatter, 8) },
	];
	for (const part of source.body.split(/^(?=## )/m)) {
		const id =
			/^## .*\{#([a-z0-9-]+)\}/.exec(part)?.[1] ?? (part.startsWith('## ') ? part.split('\n')[0]!.slice(3) : '_intro');
		sections.push({ id, text: part, hash: sha(part, 8) });
	}
	sectionsCache.set(source, sections);
	return sections;
}

/** The hash of each part of a source: what a translation records as `translation.sections`. */
export function sourceSectionHashes(source: TranslatableText): Record<string, string> {
	return Object.fromEntries(getSourceSections(source).map((s) => [s.id, s.hash]));
}

/** The short content hash of a source that a translation records as `translation.sourceHash`. */
export function sourceHash(source: TranslatableText): string {
	let hash = hashCache.get(source);
	if (hash === undefined) {
		hash = sha(`${source.translatableFrontmatter}\n${source.body}`, 10);
		hashCache.set(source, hash);
	}
	return hash;
}

/**
 * Compare a translation with its source: the recorded hash is checked against the source's
 * current one; section hashes name what changed. `translation` is undefined when no file exists.
 */
export function compareTranslation(
	source: TranslatableText,
	translation: { meta: TranslationMeta | undefined } | undefined,
): TranslationState {
	if (translation === undefined) return { state: 'missing' };
	const meta = translation.meta;
	if (meta?.sourceHash === sourceHash(source)) return { state: 'up-to-date' };
	const now = sourceSectionHashes(source);
	const then = meta?.sections ?? {};
	const ids = new Set([...Object.keys(now), ...Object.keys(then)]);
	const changed = [...ids].filter((id) => now[id] !== then[id]);
	return { state: 'outdated', changedSections: changed.length ? changed : ['(whole page)'] };
}
