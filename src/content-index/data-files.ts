import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { ContentErrors, type ContentProblem } from './errors.ts';
import { makeLineOf, validateWithSchema } from './yaml.ts';
import { decodeContentFile } from './source.ts';
import {
	EvidentialIssueSchema,
	EventSchema,
	GlossaryTermSchema,
	InstitutionSchema,
	PublicationSchema,
	RegionSchema,
	StatisticSeriesSchema,
	CourtRecordSchema,
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
	'court-records.yaml': CourtRecordSchema,
} as const;
export type DataFileName = keyof typeof dataFiles;
export type EntryOf<N extends DataFileName> = z.output<ReturnType<(typeof dataFiles)[N]>>;
/** The entries of every data file. */
export type DataEntries = { [N in DataFileName]: EntryOf<N>[] };

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
	const decoded = decodeContentFile(readFileSync(path), file);
	if (!decoded.ok) return { entries: [], problems: decoded.problems };
	const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false });
	if (doc.errors.length) {
		return {
			entries: [],
			problems: doc.errors.map((e) => ({
				file,
				line: lineCounter.linePos(e.pos[0]).line,
				...(e.code === 'DUPLICATE_KEY'
					? ContentErrors.DuplicateKey(decoded.text.slice(e.pos[0], e.pos[1]).replace(/:.*$/s, ''))
					: ContentErrors.BadYaml(e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''))),
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
		const entry = e as { id?: string; iso?: string; n?: number; case?: string; date?: string };
		const key = String(entry.id ?? entry.iso ?? entry.n ?? `${entry.case} ${entry.date}`);
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
