import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument, isMap, isScalar, isSeq } from 'yaml';
import { latinToCyrillic } from '../i18n/transliterate.ts';
import { listContentFiles } from './content-files.ts';

/** Where derived editions are written; generated at every build, never edited, not committed. */
export const DERIVED_DIR = 'derived';

/** Frontmatter values that are identifiers or codes, never prose: left as they are. */
const FRONTMATTER_KEEP = new Set([
	'country',
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

/** Transliterate running text, leaving the given names in Latin letters. */
function transliterateText(text: string, keep: KeepNames): string {
	if (!keep.length) return latinToCyrillic(text);
	const names = new RegExp(
		keep
			.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
			.sort((a, b) => b.length - a.length)
			.join('|'),
		'g',
	);
	let out = '';
	let last = 0;
	for (const m of text.matchAll(names)) {
		out += latinToCyrillic(text.slice(last, m.index)) + m[0];
		last = m.index + m[0].length;
	}
	return out + latinToCyrillic(text.slice(last));
}

/** Transliterate the prose of an MDX body, leaving protected pieces and kept names untouched. */
export function transliterateMdxBody(body: string, keep: KeepNames = []): string {
	let out = '';
	let last = 0;
	for (const m of body.matchAll(PROTECTED)) {
		out += transliterateText(body.slice(last, m.index), keep) + m[0];
		last = m.index + m[0].length;
	}
	return out + transliterateText(body.slice(last), keep);
}

/** Transliterate an MDX file: prose values of the frontmatter and the body. */
export function transliterateMdx(source: string, keep: KeepNames = []): string {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return transliterateMdxBody(source, keep);
	const doc = parseDocument(match[1]!);
	const convert = (node: unknown): void => {
		if (isScalar(node)) {
			if (typeof node.value === 'string') node.value = transliterateText(node.value, keep);
		} else if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '';
				if (!FRONTMATTER_KEEP.has(key)) convert(pair.value);
			}
		} else if (isSeq(node)) node.items.forEach(convert);
	};
	convert(doc.contents);
	return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${transliterateMdxBody(source.slice(match[0].length), keep)}`;
}

/**
 * Write the uz-cyrl edition of every uz page that has no hand-written uz-cyrl file.
 * Returns the number of files written. The folder is rebuilt from scratch each time.
 */
export function writeDerivedEditions(root: string): number {
	const outDir = join(root, DERIVED_DIR);
	rmSync(outDir, { recursive: true, force: true });
	const files = listContentFiles(root);
	// Case names are foreign proper names: Uzbek Cyrillic texts keep them in Latin letters.
	const caseNames = files
		.filter((f) => f.locale === 'en' && f.collection === 'cases' && f.ext === '.mdx')
		.map((f) => /^title:\s*"(.*)"\s*$/m.exec(readFileSync(f.absPath, 'utf8'))?.[1])
		.filter((n): n is string => Boolean(n));
	let count = 0;
	for (const f of files) {
		if (f.locale !== 'uz' || f.ext !== '.mdx') continue;
		if (existsSync(join(root, 'content', 'uz-cyrl', f.collection, `${f.slug}.mdx`))) continue;
		const target = join(outDir, 'uz-cyrl', f.collection, `${f.slug}.mdx`);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, transliterateMdx(readFileSync(f.absPath, 'utf8'), caseNames));
		count++;
	}
	return count;
}
