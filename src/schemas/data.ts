import { z } from 'zod';
import { NonEmptyString } from './common.ts';
import { dataLocales, handWrittenLocales, locales, translatedLocales, type Locale } from '../i18n/locales.ts';

/**
 * An object with one field per edition: required for the editions listed, optional for the
 * others (a derived edition transliterates, a new edition falls back along its chain).
 */
function byLocale<T extends z.ZodType>(required: readonly Locale[], value: () => T) {
	const shape = Object.fromEntries(locales.map((l) => [l, required.includes(l) ? value() : value().optional()]));
	return z.strictObject(shape) as unknown as z.ZodType<Partial<Record<Locale, z.output<T>>>>;
}

/** A short text given in each language data files must cover (see `requiredInData` in src/i18n/locales.ts). */
const LocalizedTextSchema = () => byLocale(dataLocales, NonEmptyString);

const id = () =>
	z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a lowercase kebab-case id, e.g. "victim-testimony"' });

/** One evidential issue of the Case Digest taxonomy (`content/data/evidential-issues.yaml`). */
export const EvidentialIssueSchema = () =>
	z.strictObject({
		id: id(),
		group: z.enum(['kinds-of-evidence', 'mosaic-of-evidence', 'victim-behaviour', 'consent']),
		label: LocalizedTextSchema(),
		definition: LocalizedTextSchema(),
	});

/** One glossary term (`content/data/glossary.yaml`). */
export const GlossaryTermSchema = () =>
	z.strictObject({
		id: id(),
		term: LocalizedTextSchema(),
		definition: LocalizedTextSchema(),
		/** `established` when the wording is that of a legal text; `suggestion` otherwise. */
		status: byLocale(
			translatedLocales.filter((l) => dataLocales.includes(l)),
			() => z.enum(['established', 'suggestion']),
		),
		/** Variants translators should not use, per locale, reported by the terminology check. */
		discouraged: byLocale([], () => z.array(NonEmptyString())).optional(),
	});

/** One first-level division of Uzbekistan (`content/data/regions.yaml`). */
export const RegionSchema = () =>
	z.strictObject({
		iso: z.string().regex(/^UZ-[A-Z]{2}$/, { message: 'must be an ISO 3166-2 code such as "UZ-AN"' }),
		type: z.enum(['region', 'republic', 'city']),
		/** Names as ISO 3166-2 gives them, the Cyrillic Uzbek one included (not transliterated). */
		name: byLocale(dataLocales, NonEmptyString),
	});

/** One institution named by recommendations and events (`content/data/institutions.yaml`). */
export const InstitutionSchema = () => z.strictObject({ id: id(), name: LocalizedTextSchema() });

/** Kinds of programme event shown on the timeline. */
const eventKinds = ['training', 'consultation', 'conference', 'publication', 'campaign'] as const;

const PeriodSchema = () =>
	z.string().regex(/^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?))?$/, {
		message: 'must be YYYY, YYYY-H1, YYYY-Q4, YYYY-MM or YYYY-MM-DD',
	});

/** One programme event for the timeline (`content/data/events.yaml`). */
export const EventSchema = () =>
	z.strictObject({
		id: id(),
		/** As precise as the source: YYYY, YYYY-Hn (half-year), YYYY-Qn, YYYY-MM or YYYY-MM-DD. */
		date: PeriodSchema(),
		dateEnd: PeriodSchema().optional(),
		kind: z.enum(eventKinds, { message: `must be one of: ${eventKinds.join(', ')}` }),
		regions: z.array(z.string().regex(/^UZ-[A-Z]{2}$/)).default([]),
		place: LocalizedTextSchema().optional(),
		title: LocalizedTextSchema(),
		text: LocalizedTextSchema(),
		participants: z.number().int().positive().optional(),
		partners: z.array(NonEmptyString()).default([]),
	});

/** One publication of the programme (`content/data/publications.yaml`). */
export const PublicationSchema = () =>
	z.strictObject({
		n: z.number().int().positive(),
		title: LocalizedTextSchema(),
		languages: z.array(z.enum(handWrittenLocales as [Locale, ...Locale[]])).min(1),
		/** Path (no locale) of the page where this site hosts an edition, if it does. */
		hostedAt: z
			.string()
			.regex(/^\/[a-z0-9/-]*\/$/)
			.optional(),
	});

/** One value of a statistics series: a figure per source. */
const StatisticValueSchema = () =>
	z.strictObject({ year: z.number().int(), glotip: z.number().int().optional(), us: z.number().int().optional() });

/** One statistics series (`content/data/statistics.yaml`). */
export const StatisticSeriesSchema = () =>
	z.strictObject({
		id: id(),
		label: LocalizedTextSchema(),
		values: z.array(StatisticValueSchema()).min(1),
		alignmentUncertain: z.boolean().default(false),
	});

export type EvidentialIssue = z.output<ReturnType<typeof EvidentialIssueSchema>>;
export type GlossaryTerm = z.output<ReturnType<typeof GlossaryTermSchema>>;
export type StatisticSeries = z.output<ReturnType<typeof StatisticSeriesSchema>>;

/**
 * The court record of a Digest case (`content/data/court-records.yaml`): court, date and number
 * as seen in a court database or SHERLOC, which may be another stage than the one the Digest cites.
 */
export const CourtRecordSchema = () =>
	z.strictObject({
		/** The case page's slug. */
		case: id(),
		court: NonEmptyString(),
		/** The date as the record gives it: `YYYY-MM-DD`, or a fuller note when the record has several. */
		date: NonEmptyString(),
		number: NonEmptyString().nullable(),
		url: z.url().nullable(),
		sherloc: z.url().nullable(),
	});

/**
 * A figure on the programme's pages that the reference facts and the data files do not contain,
 * with the source it comes from (`content/data/figure-sources.yaml`; the figure check reads it).
 */
export const FigureSourceSchema = () =>
	z.strictObject({
		/** The number as written, digits only (`1200`, `2021`). */
		figure: z.string().regex(/^\d+$/, { message: 'must be the number in digits only, e.g. "1200"' }),
		/** The page, as `collection/slug` (e.g. `news/tot-series-completed`). */
		page: z.string().regex(/^(reports|news|recommendations)\/[a-z0-9-]+$/, {
			message: 'must be a page of the report, news or recommendations, e.g. "news/tot-series-completed"',
		}),
		/** Where the figure comes from: a citation a reader can follow. */
		source: NonEmptyString(),
	});
