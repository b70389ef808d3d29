import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { ContentError, ContentErrors, type ContentProblem } from './errors.ts';
import { makeLineOf, validateWithSchema } from './frontmatter.ts';
import {
	EvidentialIssueSchema,
	EventSchema,
	GlossaryTermSchema,
	InstitutionSchema,
	PublicationSchema,
	RegionSchema,
	StatisticSeriesSchema,
} from '../schemas/data.ts';

/** The data files and the schema of one entry in each. */
export const dataFiles = {
	'evidential-issues.yaml': EvidentialIssueSchema,
	'glossary.yaml': GlossaryTermSchema,
	'regions.yaml': RegionSchema,
	'institutions.yaml': InstitutionSchema,
	'events.yaml': EventSchema,
	'publications.yaml': PublicationSchema,
	'statistics.yaml': StatisticSeriesSchema,
} as const;
export type DataFileName = keyof typeof dataFiles;
type EntryOf<N extends DataFileName> = z.output<ReturnType<(typeof dataFiles)[N]>>;

/**
 * Read and validate a data file (a YAML list of entries). A missing file is an empty list:
 * data arrives with the content issues. Problems name file and line.
 */
export function checkDataFile<N extends DataFileName>(
	root: string,
	name: N,
): { entries: EntryOf<N>[]; problems: ContentProblem[] } {
	const path = join(root, 'content', 'data', name);
	const file = `content/data/${name}`;
	if (!existsSync(path)) return { entries: [], problems: [] };
	const lineCounter = new LineCounter();
	const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
	if (doc.errors.length) {
		return {
			entries: [],
			problems: doc.errors.map((e) => ({
				file,
				line: lineCounter.linePos(e.pos[0]).line,
				...ContentErrors.BadYaml(e.message.split('\n')[0]!),
			})),
		};
	}
	const lineOf = makeLineOf(doc.contents as Node | null, lineCounter);
	const schema = z.array(dataFiles[name]());
	const result = validateWithSchema(schema, doc.toJS() ?? [], file, lineOf);
	if (!result.ok) return { entries: [], problems: result.problems };
	const entries = result.value as EntryOf<N>[];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, number>();
	entries.forEach((e, i) => {
		const key = String(
			(e as { id?: string; iso?: string; n?: number }).id ?? (e as { iso?: string }).iso ?? (e as { n?: number }).n,
		);
		if (seen.has(key))
			problems.push({
				file,
				line: lineOf([i]),
				...ContentErrors.BadDataFile(`Entry "${key}" appears twice (first at entry ${seen.get(key)! + 1}).`),
			});
		seen.set(key, i);
	});
	return { entries, problems };
}

const cache = new Map<string, unknown>();

/** Load a data file for the site; throws a ContentError listing every problem. Cached per build. */
export function loadData<N extends DataFileName>(name: N, root = process.cwd()): EntryOf<N>[] {
	const key = `${root}:${name}`;
	if (!cache.has(key)) {
		const { entries, problems } = checkDataFile(root, name);
		if (problems.length) throw new ContentError(problems);
		cache.set(key, entries);
	}
	return cache.get(key) as EntryOf<N>[];
}
