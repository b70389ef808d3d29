import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import { listContentFiles } from './content-files.ts';

/** Where a translation stands against its English source. */
export type TranslationState =
	| { state: 'source' }
	| { state: 'missing' }
	| { state: 'derived'; from: Locale }
	| { state: 'up-to-date' }
	| { state: 'outdated'; changedSections: string[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function sha(text: string, length: number): string {
	return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, length);
}

/** The source's frontmatter without bookkeeping fields, plus its body: what translators translate. */
function translatableText(source: string): { front: string; body: string } {
	const m = FRONTMATTER.exec(source);
	const front = m ? m[1]!.replace(/^translation:[\s\S]*?(?=^\S|$(?![\s\S]))/m, '') : '';
	return { front, body: m ? source.slice(m[0].length) : source };
}

/**
 * Hash of each part of an English file: `_frontmatter`, `_intro` (text before the first `##`)
 * and one entry per `##` section id. Used to name the sections that changed.
 */
export function sourceSectionHashes(source: string): Record<string, string> {
	const { front, body } = translatableText(source);
	const out: Record<string, string> = { _frontmatter: sha(front, 8) };
	const parts = body.split(/^(?=## )/m);
	for (const part of parts) {
		const id =
			/^## .*\{#([a-z0-9-]+)\}/.exec(part)?.[1] ?? (part.startsWith('## ') ? part.split('\n')[0]!.slice(3) : '_intro');
		out[id] = sha(part, 8);
	}
	return out;
}

/** The short content hash of an English file that a translation records as `translation.sourceHash`. */
export function sourceHash(source: string): string {
	const { front, body } = translatableText(source);
	return sha(`${front}\n${body}`, 10);
}

/** What a translated file says it was translated from (its frontmatter `translation` block). */
export function readTranslationMeta(
	text: string,
): { sourceHash?: string; sections?: Record<string, string> } | undefined {
	const m = FRONTMATTER.exec(text);
	if (!m) return undefined;
	const data = parseYaml(m[1]!) as { translation?: { sourceHash?: string; sections?: Record<string, string> } } | null;
	return data?.translation;
}

/**
 * Compare a translation with its source, without git history: the recorded hash is checked
 * against the source's current hash; section hashes name what changed.
 */
export function compareTranslation(source: string, translation: string | undefined): TranslationState {
	if (translation === undefined) return { state: 'missing' };
	const meta = readTranslationMeta(translation);
	if (meta?.sourceHash === sourceHash(source)) return { state: 'up-to-date' };
	const now = sourceSectionHashes(source);
	const then = meta?.sections ?? {};
	const ids = new Set([...Object.keys(now), ...Object.keys(then)]);
	const changed = [...ids].filter((id) => now[id] !== then[id]);
	return { state: 'outdated', changedSections: changed.length ? changed : ['(whole page)'] };
}

/** One page with its state in every locale. */
export interface PageStatus {
	collection: string;
	slug: string;
	/** Path of the English source file, relative to the project root. */
	sourceFile: string;
	states: Record<Locale, TranslationState>;
}

/** The status of every page in every locale: the one function the status page, CLI and notice share. */
export function getTranslationStatus(root: string): PageStatus[] {
	const files = listContentFiles(root).filter((f) => f.ext === '.mdx');
	const read = (locale: string, collection: string, slug: string) => {
		const p = join(root, 'content', locale, collection, `${slug}.mdx`);
		return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
	};
	return files
		.filter((f) => f.locale === sourceLocale)
		.map((f) => {
			const source = readFileSync(f.absPath, 'utf8');
			const states = {} as Record<Locale, TranslationState>;
			for (const locale of locales) {
				if (locale === sourceLocale) states[locale] = { state: 'source' };
				else {
					const own = read(locale, f.collection, f.slug);
					if (own === undefined && locale === 'uz-cyrl' && read('uz', f.collection, f.slug) !== undefined) {
						// Derived from uz: as current as the uz file it is made from.
						const uz = compareTranslation(source, read('uz', f.collection, f.slug));
						states[locale] = uz.state === 'outdated' ? uz : { state: 'derived', from: 'uz' };
					} else states[locale] = compareTranslation(source, own);
				}
			}
			return { collection: f.collection, slug: f.slug, sourceFile: f.file, states };
		});
}
