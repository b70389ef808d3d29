import { isMap, isSeq, type LineCounter, type Node } from 'yaml';
import type { z } from 'zod';
import { ContentErrors, type ContentProblem } from './errors.ts';

/**
 * A function giving the 1-based file line of the value at a path in a YAML document.
 * `offset` is the number of file lines before the YAML text (1 for frontmatter after `---`).
 */
export function makeLineOf(
	root: Node | null,
	lineCounter: LineCounter,
	offset = 0,
): (path: readonly PropertyKey[]) => number {
	return (path) => {
		let node: Node | null | undefined = root;
		let line = 1;
		const setLine = (n: Node | null | undefined) => {
			if (n?.range) line = lineCounter.linePos(n.range[0]).line;
		};
		setLine(node);
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
				if (!pair) break;
				setLine(pair.key as Node);
				node = pair.value as Node | null;
			} else if (isSeq(node) && typeof key === 'number') {
				node = node.items[key] as Node | null;
				setLine(node);
			} else break;
		}
		return line + offset;
	};
}

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return `an unquoted date ${value.toISOString().slice(0, 10)}`;
	if (value === null) return 'an empty value';
	const s = JSON.stringify(value);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let v: unknown = data;
	for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
	return v;
}

/** Validate parsed data with a zod schema; every issue becomes a problem naming file, line, field and fix. */
export function validateWithSchema<S extends z.ZodType>(
	schema: S,
	data: unknown,
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number,
	lineOffset = 0,
	where: 'frontmatter' | 'data file' = 'frontmatter',
): { ok: true; value: z.output<S> } | { ok: false; problems: ContentProblem[] } {
	const result = schema.safeParse(data);
	if (result.success) return { ok: true, value: result.data };
	const problems = result.error.issues.map((issue): ContentProblem => {
		const field = issue.path.length ? issue.path.join('.') : '(file)';
		const line = lineOf(issue.path) + lineOffset;
		if (issue.code === 'unrecognized_keys') {
			const allowed = 'shape' in schema ? Object.keys((schema as unknown as { shape: object }).shape) : [];
			return {
				file,
				line: lineOf([...issue.path, issue.keys[0]!]) + lineOffset,
				...ContentErrors.UnknownField([...issue.path, ...issue.keys].join('.'), allowed),
			};
		}
		let problem = issue.message;
		const found = valueAt(data, issue.path);
		if (issue.code === 'invalid_type')
			problem = found === undefined ? `is required, expected ${issue.expected}` : `expected ${issue.expected}`;
		if (found instanceof Date) problem = 'write the date in double quotes, e.g. "2022-06-02", so it stays text';
		return { file, line, ...ContentErrors.BadField(field, problem, describe(valueAt(data, issue.path)), where) };
	});
	return { ok: false, problems };
}
