/**
 * The Uzbek Cyrillic edition, derived in memory from the Uzbek Latin pages (DESIGN.md: a
 * hand-written file under content/uz-cyrl/ overrides the derived one). Nothing is written to disk.
 */

/** Frontmatter values that are identifiers or codes, never prose: left as they are. */
const FRONTMATTER_KEEP = new Set([
	'country',
	'court',
	'courtLevel',
	'issues',
	'issue',
	'chapter',
	'part',
	'source',
	'relatedCases',
	'relatedModules',
	'relatedChapters',
	'actors',
	'published',
	'date',
	'translation',
	'url',
	'basis',
]);

/**
 * Pieces of MDX that must not be transliterated: code, link targets, heading ids, tags,
 * bare URLs, European case-law identifiers (ECLI) and text marked as Latin with `<Latn>…</Latn>`.
 */
const PROTECTED =
	/ECLI:[A-Z0-9:.]+|```[\s\S]*?```|`[^`\n]+`|\]\([^)]*\)|\{#[a-z0-9-]+\}|<Latn>[\s\S]*?<\/Latn>|<[^>\n]+>|https?:\/\/[^\s)>\]]+|\[\^[^\]]+\]/g;

/** Foreign proper names that stay in Latin script wherever they appear (case names, for instance). */
export type KeepNames = readonly string[];

/** Transliteration of prose that leaves protected pieces and the given names alone; compiled once. */
export interface Deriver {
	/** Running text (a frontmatter value, a data label). */
	text: (text: string) => string;
	/** An MDX body: code, link targets, ids, tags and URLs are left alone. */
	body: (body: string) => string;
	/** Frontmatter data: prose values transliterated, identifiers and codes left alone. */
	frontmatter: <T>(data: T) => T;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Make a deriver with a script converter (`latinToCyrillic` for uz-cyrl) that keeps the given
 * foreign names (case names, for instance) as they are written.
 */
export function createDeriver(toScript: (text: string) => string, keep: KeepNames = []): Deriver {
	const names = keep.length
		? new RegExp(
				[...keep]
					.sort((a, b) => b.length - a.length)
					.map(escapeRegExp)
					.join('|'),
				'g',
			)
		: undefined;
	const text = (input: string): string => {
		if (!names) return toScript(input);
		let out = '';
		let last = 0;
		for (const m of input.matchAll(names)) {
			out += toScript(input.slice(last, m.index)) + m[0];
			last = m.index + m[0].length;
		}
		return out + toScript(input.slice(last));
	};
	const body = (input: string): string => {
		let out = '';
		let last = 0;
		for (const m of input.matchAll(PROTECTED)) {
			out += text(input.slice(last, m.index)) + m[0];
			last = m.index + m[0].length;
		}
		return out + text(input.slice(last));
	};
	const convert = (value: unknown, key?: string): unknown => {
		if (key !== undefined && FRONTMATTER_KEEP.has(key)) return value;
		if (typeof value === 'string') return text(value);
		if (Array.isArray(value)) return value.map((v) => convert(v));
		if (value && typeof value === 'object' && !(value instanceof Date))
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
		return value;
	};
	return { text, body, frontmatter: <T>(data: T) => convert(data) as T };
}
