import { LineCounter, isMap, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import { ContentErrors, type ContentProblem } from './errors.ts';
import { makeLineOf } from './yaml.ts';

/** A content file read and split: its frontmatter parsed (with lines), its body as written. */
export interface ParsedSource {
	/** The file's text, decoded, line endings normalised to `\n`. */
	text: string;
	/** The frontmatter as YAML text (between the `---` lines). */
	frontmatterText: string;
	/** The frontmatter's YAML text without the `translation:` bookkeeping block: what translators translate. */
	translatableFrontmatter: string;
	/** The parsed frontmatter (plain data). */
	frontmatter: Record<string, unknown>;
	/** Line (1-based, in the whole file) of the value at a frontmatter path, or of its nearest parent. */
	lineOf: (path: readonly PropertyKey[]) => number;
	/** The body: everything after the closing `---` line. */
	body: string;
	/** File line on which the body starts. */
	bodyLine: number;
}

export type ParseResult = { ok: true; value: ParsedSource } | { ok: false; problems: ContentProblem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of the first byte that is not valid UTF-8. */
function lineOfInvalidByte(bytes: Uint8Array): number {
	let line = 1;
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] !== 0x0a) continue;
		try {
			decoder.decode(bytes.subarray(start, i));
		} catch {
			return line;
		}
		start = i + 1;
		line++;
	}
	return line;
}

/**
 * Decode a content file strictly (invalid UTF-8 is an error, not replacement characters) and
 * normalise Windows line endings, which translators' editors sometimes write.
 */
export function decodeContentFile(
	bytes: Uint8Array,
	file: string,
): { ok: true; text: string } | { ok: false; problems: ContentProblem[] } {
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		return { ok: false, problems: [{ file, line: lineOfInvalidByte(bytes), ...ContentErrors.InvalidUtf8() }] };
	}
	// TextDecoder drops a leading byte-order mark; report it so the editor can be set to write plain UTF-8.
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { ok: false, problems: [{ file, line: 1, ...ContentErrors.ByteOrderMark() }] };
	}
	return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** The key written at a position of YAML text (`title: "…"` → `title`). */
export function keyAt(yamlText: string, pos: number): string {
	return yamlText.slice(pos).split('\n')[0]!.replace(/:.*$/, '').trim();
}

/** Remove the `translation:` pair from frontmatter YAML text, using the parsed document's ranges. */
function withoutTranslationBlock(yamlText: string, doc: Document): string {
	if (!isMap(doc.contents)) return yamlText;
	const pair = doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'translation');
	const start = (pair?.key as Node | undefined)?.range?.[0];
	const end = (pair?.value as Node | undefined)?.range?.[2];
	if (start === undefined || end === undefined) return yamlText;
	return yamlText.slice(0, start) + yamlText.slice(end);
}

/**
 * Split a content file into frontmatter and body and parse the frontmatter with `yaml` (YAML 1.1,
 * as Astro reads frontmatter: an unquoted 2022-06-02 is a date). Problems name the file and line.
 */
export function parseSource(text: string, file: string): ParseResult {
	if (text.trim() === '') return { ok: false, problems: [{ file, line: 1, ...ContentErrors.EmptyFile() }] };
	const lines = text.split('\n');
	if (lines[0]!.trimEnd() !== '---') {
		return { ok: false, problems: [{ file, line: 1, ...ContentErrors.NoFrontmatter() }] };
	}
	const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
	if (close < 0) return { ok: false, problems: [{ file, line: 1, ...ContentErrors.UnclosedFrontmatter() }] };
	const frontmatterText = lines.slice(1, close).join('\n');
	const lineCounter = new LineCounter();
	const doc = parseDocument(frontmatterText, { lineCounter, prettyErrors: false, version: '1.1', uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((e) => ({
				file,
				line: lineCounter.linePos(e.pos[0]).line + 1,
				...(e.code === 'DUPLICATE_KEY'
					? ContentErrors.DuplicateKey(keyAt(frontmatterText, e.pos[0]))
					: ContentErrors.BadYaml(e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''))),
			})),
		};
	}
	const data = doc.toJS() ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		return {
			ok: false,
			problems: [{ file, line: 2, ...ContentErrors.BadYaml('the frontmatter must be a list of `field: value` lines') }],
		};
	}
	const bodyStart = lines.slice(0, close + 1).join('\n').length + 1;
	return {
		ok: true,
		value: {
			text,
			frontmatterText,
			translatableFrontmatter: withoutTranslationBlock(frontmatterText, doc),
			frontmatter: data as Record<string, unknown>,
			lineOf: makeLineOf(doc.contents as Node | null, lineCounter, 1),
			body: text.slice(bodyStart),
			bodyLine: close + 2,
		},
	};
}
