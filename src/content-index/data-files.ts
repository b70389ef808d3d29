import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import { FileCache } from './file-cache.ts';
import { z } from 'zod';
import { ContentErrors, type ContentProblem } from './errors.ts';
import { makeLineOf, validateWithSchema } from './yaml.ts';
import { decodeContentFile, keyAt } from './source.ts';
import type { ProseText } from './terminology.ts';
import { isLocale } from '../i18n/locales.ts';
import { globSync } from 'tinyglobby';
import {
	EvidentialIssueSchema,
	EventSchema,
	GlossaryTermSchema,
	InstitutionSchema,
	PublicationSchema,
	RegionSchema,
	StatisticSeriesSchema,
	CourtRecordSchema,
	FigureSourceSchema,
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
	'figure-sources.yaml': FigureSourceSchema,
} as const;
export type DataFileName = keyof typeof dataFiles;
export type EntryOf<N extends DataFileName> = z.output<ReturnType<(typeof dataFiles)[N]>>;
/** The entries of every data file. */
export type DataEntries = { [N in DataFileName]: EntryOf<N>[] };

/**
 * Read and validate a data file (a YAML list of entries). A missing file is an empty list:
 * data arrives with the content issues. Problems name file and line.
 */
export function checkDataFile<N extends DataFileName>(root: string, name: N): DataFileResult<N> {
	const path = join(root, 'content', 'data', name);
	if (!existsSync(path)) return { entries: [], problems: [], prose: [] };
	return dataFileCache.get(path, () => readDataFile(path, name)) as DataFileResult<N>;
}

interface DataFileResult<N extends DataFileName> {
	entries: EntryOf<N>[];
	problems: ContentProblem[];
	prose: ProseText[];
	lineOf?: (path: readonly PropertyKey[]) => number;
}

const dataFileCache = new FileCache<DataFileResult<DataFileName>>();

function readDataFile<N extends DataFileName>(path: string, name: N): DataFileResult<N> {
	const file = `content/data/${name}`;
	const lineCounter = new LineCounter();
	const decoded = decodeContentFile(readFileSync(path), file);
	if (!decoded.ok) return { entries: [], problems: decoded.problems, prose: [] };
	const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false });
	if (doc.errors.length) {
		return {
			entries: [],
			prose: [],
			problems: doc.errors.map((e) => ({
				file,
				line: lineCounter.linePos(e.pos[0]).line,
				...(e.code === 'DUPLICATE_KEY'
					? ContentErrors.DuplicateKey(keyAt(decoded.text, e.pos[0]))
					: ContentErrors.BadYaml(e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), 'data file')),
			})),
		};
	}
	const lineOf = makeLineOf(doc.contents as Node | null, lineCounter);
	const schema = z.array(dataFiles[name]());
	const result = validateWithSchema(schema, doc.toJS() ?? [], file, lineOf, 0, 'data file');
	const prose = localizedProse(doc.toJS(), file, lineOf);
	if (!result.ok) return { entries: [], problems: result.problems, prose, lineOf };
	const entries = result.value as EntryOf<N>[];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, number>();
	entries.forEach((e, i) => {
		const entry = e as {
			id?: string;
			iso?: string;
			n?: number;
			case?: string;
			date?: string;
			figure?: string;
			page?: string;
		};
		const key = String(
			entry.id ??
				entry.iso ??
				entry.n ??
				(entry.figure ? `${entry.page} ${entry.figure}` : `${entry.case} ${entry.date}`),
		);
		if (seen.has(key))
			problems.push({
				file,
				line: lineOf([i]),
				...ContentErrors.BadDataFile(`Entry "${key}" appears twice (first at entry ${seen.get(key)! + 1}).`),
			});
		seen.set(key, i);
	});
	return { entries, problems, prose, lineOf };
}

/**
 * The prose of a data file, by language: every string under a key that names a locale
 * (`label: { ru: "…" }`), except the glossary's own lists of discouraged variants.
 */
function localizedProse(data: unknown, file: string, lineOf: (path: readonly PropertyKey[]) => number): ProseText[] {
	const out: ProseText[] = [];
	const walk = (value: unknown, path: PropertyKey[], locale: string | undefined) => {
		if (typeof value === 'string' && locale) out.push({ file, line: lineOf(path), locale, text: value });
		else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], locale));
		else if (value && typeof value === 'object')
			for (const [k, v] of Object.entries(value))
				if (k !== 'discouraged') walk(v, [...path, k], isLocale(k) ? k : locale);
	};
	walk(data, [], undefined);
	return out;
}

/** The prose of an interface-strings file (`content/ui/<locale>.json`), each string with its line. */
export function readUiProse(root: string): ProseText[] {
	const out: ProseText[] = [];
	for (const name of globSync('*.json', { cwd: join(root, 'content', 'ui') })) {
		const locale = name.replace(/\.json$/, '');
		const file = `content/ui/${name}`;
		const lines = readFileSync(join(root, file), 'utf8').split('\n');
		const strings = JSON.parse(lines.join('\n')) as Record<string, string>;
		for (const [key, text] of Object.entries(strings)) {
			const line = lines.findIndex((l) => l.includes(`${JSON.stringify(key)}:`)) + 1;
			out.push({ file, line, locale, text });
		}
	}
	return out;
}
