import { ContentErrors, type ContentProblem } from './errors.ts';

/** Components a content file may use; everything else is plain Markdown. */
const allowedComponents = ['Latn'] as const;

/** A heading found in a content body, with its explicit id. */
export interface BodyHeading {
	depth: number;
	id: string | undefined;
	text: string;
	line: number;
}

/** Walk the body's lines outside fenced code, calling `fn` with each line and its file line number. */
function eachProseLine(body: string, bodyLine: number, fn: (line: string, lineNo: number) => void): void {
	let fence: string | null = null;
	body.split('\n').forEach((line, i) => {
		const m = /^\s*(```+|~~~+)/.exec(line);
		if (m) {
			if (fence === null) fence = m[1]!;
			else if (line.trim().startsWith(fence)) fence = null;
			return;
		}
		if (fence === null) fn(line, bodyLine + i);
	});
}

/** The `##`–`####` headings of a body, with ids from `{#id}`. */
export function getBodyHeadings(body: string, bodyLine: number): BodyHeading[] {
	const out: BodyHeading[] = [];
	eachProseLine(body, bodyLine, (line, lineNo) => {
		const m = /^(#{2,4})\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/.exec(line);
		if (m) out.push({ depth: m[1]!.length, text: m[2]!, id: m[3], line: lineNo });
	});
	return out;
}

/**
 * Check what a translator can break in MDX: `import`/`export`, JavaScript expressions, unknown
 * components, headings without ids, bad or duplicate ids.
 */
export function checkMdxPolicy(file: string, body: string, bodyLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	eachProseLine(body, bodyLine, (raw, line) => {
		const text = raw.replace(/`[^`]*`/g, '');
		if (/^\s*(import|export)\s/.test(text))
			problems.push({ file, line, ...ContentErrors.ImportExport(text.trim().split(/\s/)[0]!) });
		const withoutIds = text.replace(/\{#[^}]*\}\s*$/, '');
		if (/[{}]/.test(withoutIds)) problems.push({ file, line, ...ContentErrors.Expression() });
		for (const m of text.matchAll(/<(\/?)([A-Za-z][\w.]*)?/g)) {
			const name = m[2];
			if (name === undefined) problems.push({ file, line, ...ContentErrors.StrayLessThan() });
			else if (!(allowedComponents as readonly string[]).includes(name))
				problems.push({ file, line, ...ContentErrors.UnknownComponent(name, allowedComponents) });
		}
	});
	const seen = new Map<string, number>();
	for (const h of getBodyHeadings(body, bodyLine)) {
		if (h.id === undefined) problems.push({ file, line: h.line, ...ContentErrors.HeadingWithoutId(h.text) });
		else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(h.id))
			problems.push({ file, line: h.line, ...ContentErrors.BadHeadingId(h.id) });
		else if (seen.has(h.id))
			problems.push({ file, line: h.line, ...ContentErrors.DuplicateHeadingId(h.id, seen.get(h.id)!) });
		if (h.id) seen.set(h.id, h.line);
	}
	return problems;
}

/** Compare a translation's section ids with the English file's: missing and extra ids are named. */
export function checkIdsMatchSource(
	file: string,
	ids: readonly string[],
	sourceFile: string,
	sourceIds: readonly string[],
	line: number,
): ContentProblem[] {
	const missing = sourceIds.filter((id) => !ids.includes(id));
	const extra = ids.filter((id) => !sourceIds.includes(id));
	if (!missing.length && !extra.length) return [];
	return [{ file, line, ...ContentErrors.IdsDifferFromSource(sourceFile, missing, extra) }];
}

/** Does the body use one of the allowed MDX components (so it must be rendered by @astrojs/mdx)? */
export function usesComponents(body: string): boolean {
	return allowedComponents.some((name) => body.includes(`<${name}`));
}
