import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLocale, locales, localeConfig, sourceLocale, type Locale } from '../i18n/locales.ts';
import {
	checkDataFile,
	dataFiles,
	readUiProse,
	type DataEntries,
	type DataFileName,
	type EntryOf,
} from './data-files.ts';
import { createDeriver, type Deriver } from './derive.ts';
import { FileCache } from './file-cache.ts';
import { getDeriveText } from '../i18n/derive-text.ts';
import { ContentError, ContentErrors, type ContentProblem } from './errors.ts';
import { listContentFiles, pageCollections, type ContentFile, type PageCollection } from './files.ts';
import { checkIdsMatchSource, checkMdxPolicy, getBodyHeadings, usesComponents } from './mdx-policy.ts';
import { getCollectionSchemas, sharedFields, type CollectionSchemas } from './schemas.ts';
import { decodeContentFile, parseSource, type ParsedSource } from './source.ts';
import { checkTerminology, pageProseTexts, type ProseText } from './terminology.ts';
import { compareTranslation, type TranslationMeta, type TranslationState } from './translation.ts';
import { validateWithSchema } from './yaml.ts';
import { countWords } from '../lib/text.ts';

/**
 * The content index: the one place that reads `content/`. Each file is read and parsed once
 * (frontmatter with `yaml`, validated by the collection's zod schema, body, translation record);
 * the checks, the CLIs, the content loader and the pages all use it.
 */

/** One page file of one edition, read, parsed and validated. */
export interface IndexedPage {
	/** Path relative to the project root, e.g. `content/ru/modules/module-6.mdx`. */
	file: string;
	locale: Locale;
	collection: PageCollection;
	slug: string;
	/** `collection/slug`: the same page in every edition. */
	key: string;
	source: ParsedSource;
	/** The frontmatter as the collection's schema outputs it. */
	data: Record<string, unknown>;
	/** What the file says it was translated from (translations only). */
	translation: TranslationMeta | undefined;
	/** True when the body uses an allowed MDX component (rendered by @astrojs/mdx, not as Markdown). */
	usesComponents: boolean;
	/** Words of prose in the body. */
	words: number;
	/** A digest of the file's text: the loader re-renders only what changed. */
	digest: string;
	/** For a page derived by transliteration (uz-cyrl), the page it was made from. */
	derivedFrom?: IndexedPage;
}

/** The status of one page in every edition: the table of the translators' page and CLI. */
interface PageStatus {
	collection: PageCollection;
	slug: string;
	/** Path of the English source file, relative to the project root. */
	sourceFile: string;
	states: Record<Locale, TranslationState>;
}

export interface ContentIndex {
	root: string;
	/** Every valid page file, in path order (hand-written files only). */
	pages: readonly IndexedPage[];
	/** Every problem found in content and data files; empty when the build can trust the content. */
	problems: readonly ContentProblem[];
	/** The entries of each data file (empty lists where a file is invalid or absent). */
	data: DataEntries;
	schemas: CollectionSchemas;
	/** The hand-written page of an edition, if the file exists. */
	getPage(locale: Locale, collection: PageCollection, slug: string): IndexedPage | undefined;
	/** Every page of a collection in every edition, derived editions included. */
	getEditionPages(collection: PageCollection): IndexedPage[];
	/** Locales with a real edition of each `collection/slug` (hand-written or derived). */
	getAvailability(): Map<string, Set<Locale>>;
	/** Where each page's translations stand against the English source. */
	getTranslationStatus(): PageStatus[];
	/** The state of one edition of one page. */
	getTranslationState(locale: Locale, key: string): TranslationState;
	/** Problems found in one file (for the dev server's error overlay). */
	problemsIn(file: string): ContentProblem[];
}

/** Derived pages (uz-cyrl), reused while the page they are made from is unchanged. */
const derivedCacheAcross = new Map<string, { digest: string; page: IndexedPage }>();

/** Parsed files, reused while a file is unchanged (the dev server re-indexes after every save). */
const parseCache = new FileCache<ParseOutcome>();
type ParseOutcome = { ok: true; source: ParsedSource; digest: string } | { ok: false; problems: ContentProblem[] };

function readParsed(root: string, file: string): ParseOutcome {
	return parseCache.get(join(root, file), () => {
		const decoded = decodeContentFile(readFileSync(join(root, file)), file);
		if (!decoded.ok) return decoded;
		const parsed = parseSource(decoded.text, file);
		return parsed.ok
			? { ok: true, source: parsed.value, digest: digestOf(decoded.text) }
			: { ok: false, problems: parsed.problems };
	});
}

/**
 * The checks of one parsed file (MDX policy; terminology against one version of the glossary), kept
 * while the file is unchanged: the dev server re-indexes after every save, and these were most of it.
 */
const fileChecks = new WeakMap<
	ParsedSource,
	{ mdx: ContentProblem[]; terms?: { glossary: string; problems: ContentProblem[] } }
>();

/** FNV-1a over the text: a fast, stable digest for change detection (not for security). */
function digestOf(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return `${(h >>> 0).toString(16)}-${text.length}`;
}

/** Classify a listed file: a page file, or the problem that keeps it from being one. */
function classify(f: ContentFile): ContentProblem | undefined {
	if (!isLocale(f.locale)) return { file: f.file, line: 1, ...ContentErrors.UnknownLocaleFolder(f.locale, locales) };
	if (!(pageCollections as readonly string[]).includes(f.collection)) {
		return {
			file: f.file,
			line: 1,
			...ContentErrors.UnknownCollectionFolder(
				f.collection || '(no folder)',
				pageCollections.map((c) => `content/${f.locale}/${c}/`),
			),
		};
	}
	if (f.ext !== '.mdx') return { file: f.file, line: 1, ...ContentErrors.WrongExtension(f.ext || '(none)') };
	return undefined;
}

/** Read every content and data file once and check them; see `getContentIndex` for the cached form. */
export function buildContentIndex(root: string): ContentIndex {
	const problems: ContentProblem[] = [];
	const data = {} as DataEntries;
	const dataProse: ProseText[] = [];
	const dataLineOf = new Map<DataFileName, (path: readonly PropertyKey[]) => number>();
	for (const name of Object.keys(dataFiles) as DataFileName[]) {
		const result = checkDataFile(root, name);
		if (result.lineOf) dataLineOf.set(name, result.lineOf);
		(data as Record<string, unknown>)[name] = result.entries;
		problems.push(...result.problems);
		dataProse.push(...result.prose);
	}
	const schemas = getCollectionSchemas({
		issues: data['evidential-issues.yaml'].map((e) => e.id),
		institutions: data['institutions.yaml'].map((e) => e.id),
	});
	const files = listContentFiles(root);
	const english = new Set(
		files.filter((f) => f.locale === sourceLocale).map((f) => `${f.collection}/${f.slug}${f.ext}`),
	);
	const pages: IndexedPage[] = [];
	for (const f of files) {
		const wrong = classify(f);
		if (wrong) {
			problems.push(wrong);
			continue;
		}
		if (f.locale !== sourceLocale && !english.has(`${f.collection}/${f.slug}${f.ext}`)) {
			problems.push({
				file: f.file,
				line: 1,
				...ContentErrors.TranslationWithoutSource(`${f.collection}/${f.slug}.mdx`),
			});
		}
		const parsed = readParsed(root, f.file);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			continue;
		}
		const collection = f.collection as PageCollection;
		const valid = validateWithSchema(schemas[collection], parsed.source.frontmatter, f.file, parsed.source.lineOf);
		if (!valid.ok) {
			// A page put in the wrong folder fails every field of that folder's schema: say where it belongs instead.
			const fits = pageCollections.find(
				(c) => c !== collection && schemas[c].safeParse(parsed.source.frontmatter).success,
			);
			problems.push(
				...(fits
					? [
							{
								file: f.file,
								line: 1,
								...ContentErrors.WrongCollection(collection, fits, `content/${f.locale}/${fits}/`),
							},
						]
					: valid.problems),
			);
			continue;
		}
		const { body, bodyLine } = parsed.source;
		let checks = fileChecks.get(parsed.source);
		if (!checks) fileChecks.set(parsed.source, (checks = { mdx: checkMdxPolicy(f.file, body, bodyLine) }));
		problems.push(...checks.mdx);
		const pageData = valid.value as Record<string, unknown>;
		pages.push({
			file: f.file,
			locale: f.locale as Locale,
			collection,
			slug: f.slug,
			key: `${collection}/${f.slug}`,
			source: parsed.source,
			data: pageData,
			translation: pageData.translation as TranslationMeta | undefined,
			usesComponents: usesComponents(body),
			// Counted when first asked for (reading times, word counts): most builds need few.
			get words() {
				const words = countWords(body);
				Object.defineProperty(this, 'words', { value: words });
				return words;
			},
			digest: parsed.digest,
		});
	}
	const byLocale = new Map<string, IndexedPage>(pages.map((p) => [`${p.locale}/${p.key}`, p]));
	const getPage = (locale: Locale, collection: PageCollection, slug: string) =>
		byLocale.get(`${locale}/${collection}/${slug}`);

	// Translations keep the English section ids, so #links work in every language.
	const idsOf = (p: IndexedPage) =>
		getBodyHeadings(p.source.body, p.source.bodyLine).flatMap((h) => (h.id ? [h.id] : []));
	for (const p of pages) {
		const source = p.locale === sourceLocale ? undefined : getPage(sourceLocale, p.collection, p.slug);
		if (!source) continue;
		problems.push(...checkIdsMatchSource(p.file, idsOf(p), source.file, idsOf(source), p.source.bodyLine));
		for (const field of sharedFields[p.collection]) {
			const [mine, theirs] = [JSON.stringify(p.data[field] ?? null), JSON.stringify(source.data[field] ?? null)];
			if (mine !== theirs)
				problems.push({
					file: p.file,
					line: p.source.lineOf([field]),
					...ContentErrors.SharedFieldDiffers(field, mine, theirs, source.file),
				});
		}
	}
	// Court records belong to case pages that exist.
	const caseSlugs = new Set(
		pages.filter((p) => p.collection === 'cases' && p.locale === sourceLocale).map((p) => p.slug),
	);
	data['court-records.yaml'].forEach((record, i) => {
		if (!caseSlugs.has(record.case))
			problems.push({
				file: 'content/data/court-records.yaml',
				line: dataLineOf.get('court-records.yaml')?.([i, 'case']) ?? 1,
				...ContentErrors.UnknownCase(record.case),
			});
	});
	const glossary = data['glossary.yaml'];
	const glossaryKey = JSON.stringify(glossary);
	for (const p of pages) {
		const checks = fileChecks.get(p.source)!;
		if (checks.terms?.glossary !== glossaryKey)
			checks.terms = { glossary: glossaryKey, problems: checkTerminology(pageProseTexts(p), glossary) };
		problems.push(...checks.terms.problems);
	}
	problems.push(...checkTerminology([...dataProse, ...readUiProse(root)], glossary));

	// Derived editions (uz-cyrl from uz), made lazily: only the build and the dev server need their text.
	const derivedLocales = locales.filter((l) => localeConfig[l].derivedFrom);
	const derivers = new Map<Locale, Deriver>();
	const derivedCache = new Map<string, IndexedPage>();
	// Case names are foreign proper names: derived texts keep them in Latin letters.
	const keepNames = pages
		.filter((p) => p.locale === sourceLocale && p.collection === 'cases')
		.map((p) => String(p.data.title));
	const keepDigest = digestOf(keepNames.join('\n'));
	const derive = (locale: Locale, from: IndexedPage): IndexedPage => {
		const id = `${locale}/${from.key}`;
		let page = derivedCache.get(id);
		// A page derived by an earlier index (the dev server re-indexes after each save) is reused while
		// neither its source nor the names kept in Latin changed.
		const kept = derivedCacheAcross.get(`${root}:${id}`);
		if (!page && kept?.digest === `${from.digest}|${keepDigest}`) page = kept.page;
		if (!page) {
			let deriver = derivers.get(locale);
			if (!deriver) {
				deriver = createDeriver(getDeriveText(locale)!, keepNames);
				derivers.set(locale, deriver);
			}

			const body = deriver.body(from.source.body);
			page = {
				file: from.file,
				collection: from.collection,
				slug: from.slug,
				key: from.key,
				translation: from.translation,
				usesComponents: from.usesComponents,
				locale,
				source: { ...from.source, body, frontmatter: deriver.frontmatter(from.source.frontmatter) },
				data: deriver.frontmatter(from.data),
				derivedFrom: from,
				digest: `${from.digest}~${locale}`,
				get words() {
					return from.words;
				},
			};
			derivedCacheAcross.set(`${root}:${id}`, { digest: `${from.digest}|${keepDigest}`, page });
		}
		derivedCache.set(id, page);
		return page;
	};
	const getEditionPages = (collection: PageCollection): IndexedPage[] => {
		const own = pages.filter((p) => p.collection === collection);
		const derived = derivedLocales.flatMap((locale) => {
			const from = localeConfig[locale].derivedFrom!;
			return own.filter((p) => p.locale === from && !getPage(locale, collection, p.slug)).map((p) => derive(locale, p));
		});
		return [...own, ...derived];
	};

	let availability: Map<string, Set<Locale>> | undefined;
	const getAvailability = () => {
		if (!availability) {
			availability = new Map();
			for (const p of pages) {
				const have = availability.get(p.key) ?? new Set<Locale>();
				have.add(p.locale);
				for (const l of derivedLocales) if (localeConfig[l].derivedFrom === p.locale) have.add(l);
				availability.set(p.key, have);
			}
		}
		return availability;
	};

	const stateOf = (locale: Locale, source: IndexedPage): TranslationState => {
		if (locale === sourceLocale) return { state: 'source' };
		const own = getPage(locale, source.collection, source.slug);
		const from = localeConfig[locale].derivedFrom;
		if (!own && from) {
			const parent = stateOf(from, source);
			// Derived: as current as the page it is made from.
			if (parent.state === 'up-to-date') return { state: 'derived', from };
			return parent.state === 'outdated' ? parent : { state: 'missing' };
		}
		return compareTranslation(source.source, own ? { meta: own.translation } : undefined);
	};
	let status: PageStatus[] | undefined;
	const getTranslationStatus = () =>
		(status ??= pages
			.filter((p) => p.locale === sourceLocale)
			.map((p) => ({
				collection: p.collection,
				slug: p.slug,
				sourceFile: p.file,
				states: Object.fromEntries(locales.map((l) => [l, stateOf(l, p)])) as Record<Locale, TranslationState>,
			})));
	const getTranslationState = (locale: Locale, key: string): TranslationState => {
		const [collection, slug] = key.split('/') as [PageCollection, string];
		const source = getPage(sourceLocale, collection, slug);
		return source ? stateOf(locale, source) : { state: 'missing' };
	};

	return {
		root,
		pages,
		problems,
		data,
		schemas,
		getPage,
		getEditionPages,
		getAvailability,
		getTranslationStatus,
		getTranslationState,
		problemsIn: (file) => problems.filter((p) => p.file === file),
	};
}

/**
 * The index is shared by everything in one process (the Astro config, the integrations, the
 * loader and the pages are separate module graphs in one Node process), so it lives on globalThis.
 */
const CACHE = Symbol.for('tip.contentIndex');
type IndexCache = Map<string, ContentIndex>;
const cache: IndexCache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as IndexCache;

/** The content index of a project, read once per process and rebuilt after `invalidateContentIndex`. */
export function getContentIndex(projectRoot: string = process.cwd()): ContentIndex {
	// One index per project, however its root is written (`/site` or the config's `/site/`).
	const root = resolve(projectRoot);
	let index = cache.get(root);
	if (!index) {
		index = buildContentIndex(root);
		cache.set(root, index);
	}
	return index;
}

/**
 * The index of a project, re-read first if `file` changed since it was parsed: the dev server asks
 * this before drawing a page, so a save shows at the next reload even if a file-watcher event was
 * missed (they can be, on a busy machine).
 */
export function getFreshContentIndex(projectRoot: string, file: string): ContentIndex {
	const root = resolve(projectRoot);
	if (!parseCache.isFresh(join(root, file))) invalidateContentIndex(root);
	return getContentIndex(root);
}

const lastInvalidation = new Map<string, string>();

/**
 * Forget the index of a project because a file changed; unchanged files are not parsed again.
 * `change` names the change (event, path, time): several watchers reporting the same change
 * rebuild the index once.
 */
export function invalidateContentIndex(projectRoot: string = process.cwd(), change?: string): void {
	const root = resolve(projectRoot);
	if (change !== undefined && lastInvalidation.get(root) === change) return;
	if (change !== undefined) lastInvalidation.set(root, change);
	cache.delete(root);
}

/** A data file's entries for the site; throws a ContentError listing every problem in content. */
export function loadData<N extends DataFileName>(name: N, root: string = process.cwd()): EntryOf<N>[] {
	const index = getContentIndex(root);
	if (index.problems.length) throw new ContentError([...index.problems]);
	return index.data[name] as EntryOf<N>[];
}
