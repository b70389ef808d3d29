import { diffWords } from 'diff';
import { countWords } from '../lib/text.ts';
import type { ContentIndex, IndexedPage } from './index.ts';
import { readSourceSnapshot } from './snapshots.ts';
import { getSourceSections } from './translation.ts';
import { localeConfig, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { PageCollection } from './files.ts';

/** A run of words in a diff: kept, deleted from the old English text, or inserted in the new. */
interface DiffPart {
	type: 'same' | 'del' | 'ins';
	text: string;
}

/** How one section of the English source changed since a translation was made from it. */
export type SectionChange =
	/** Changed: the old text is known (a snapshot exists) and the word diff is given. */
	| { kind: 'changed'; id: string; diff: DiffPart[] }
	/** Changed, but the translation predates snapshots: only the current text is known. */
	| { kind: 'changed-unknown'; id: string; now: string }
	/** A section added to the English since. */
	| { kind: 'added'; id: string; now: string }
	/** A section removed from the English since (its old text, when a snapshot has it). */
	| { kind: 'removed'; id: string; before: string | undefined };

/** Word-level difference between two texts (white space does not count as a change). */
function wordDiff(before: string, after: string): DiffPart[] {
	return diffWords(before, after).map((c) => ({ type: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
}

/**
 * What changed in the English source of an outdated translation, section by section, from the
 * section hashes it records and the snapshots kept under `content/.sources/` (no git needed).
 * Unchanged sections are left out.
 */
function getSourceChanges(root: string, source: IndexedPage, translation: IndexedPage): SectionChange[] {
	const now = getSourceSections(source.source);
	// A translation that records nothing at all (made by hand, before the tools): nothing is known of its source.
	if (!translation.translation?.sections)
		return now.map((section) => ({ kind: 'changed-unknown', id: section.id, now: section.text }));
	const recorded = translation.translation.sections;
	const changes: SectionChange[] = [];
	for (const section of now) {
		const then = recorded[section.id];
		if (then === section.hash) continue;
		if (then === undefined) {
			changes.push({ kind: 'added', id: section.id, now: section.text });
			continue;
		}
		const before = readSourceSnapshot(root, then);
		changes.push(
			before === undefined
				? { kind: 'changed-unknown', id: section.id, now: section.text }
				: { kind: 'changed', id: section.id, diff: wordDiff(before, section.text) },
		);
	}
	const current = new Set(now.map((s) => s.id));
	for (const [id, hash] of Object.entries(recorded))
		if (!current.has(id)) changes.push({ kind: 'removed', id, before: readSourceSnapshot(root, hash) });
	return changes;
}

/** The translation file an edition's page is kept in: its own, or for a derived edition (uz-cyrl) the one it is made from. */
function translationFile(index: ContentIndex, locale: Locale, collection: PageCollection, slug: string) {
	const from = localeConfig[locale].derivedFrom;
	return index.getPage(locale, collection, slug) ?? (from ? index.getPage(from, collection, slug) : undefined);
}

/** Computed once per index: every translators' page and the progress figures ask for the same changes. */
const changesCache = new WeakMap<ContentIndex, Map<string, SectionChange[] | undefined>>();

/** The changes of one page in one edition, or nothing when it is not an outdated translation. */
export function getPageSourceChanges(index: ContentIndex, locale: Locale, key: string): SectionChange[] | undefined {
	let cache = changesCache.get(index);
	if (!cache) changesCache.set(index, (cache = new Map()));
	const id = `${locale}/${key}`;
	if (cache.has(id)) return cache.get(id);
	let changes: SectionChange[] | undefined;
	if (index.getTranslationState(locale, key).state === 'outdated') {
		const [collection, slug] = key.split('/') as [PageCollection, string];
		const source = index.getPage(sourceLocale, collection, slug);
		const own = translationFile(index, locale, collection, slug);
		changes = source && own ? getSourceChanges(index.root, source, own) : undefined;
	}
	cache.set(id, changes);
	return changes;
}

/**
 * True when an edition's translation of a page records no English text at all (made by hand, without
 * `npm run new-translation` or `mark-translated`): nothing is known of what changed, so the whole page
 * is to be compared with the English.
 */
export function recordsNoSource(index: ContentIndex, locale: Locale, key: string): boolean {
	const [collection, slug] = key.split('/') as [PageCollection, string];
	const own = translationFile(index, locale, collection, slug);
	return own !== undefined && own.locale !== sourceLocale && !own.translation?.sections;
}

/** Words of English a change asks a translator to review: the words of every changed or added section. */
export function changedWords(changes: readonly SectionChange[]): number {
	return changes.reduce((n, c) => {
		if (c.kind === 'changed')
			return (
				n +
				countWords(
					c.diff
						.filter((p) => p.type !== 'del')
						.map((p) => p.text)
						.join(''),
				)
			);
		if (c.kind === 'changed-unknown' || c.kind === 'added') return n + countWords(c.now);
		return n;
	}, 0);
}
