import { z } from 'zod';
import { CountryCodeSchema, DateSchema, NonEmptyString, YearMonthSchema, translationField } from './common.ts';

/** Ids other content may point to; the schemas reject anything else and list what is allowed. */
export interface KnownIds {
	issues: readonly string[];
	institutions: readonly string[];
}

function oneOf(values: readonly string[], what: string) {
	return z.string().refine((v) => values.includes(v), {
		message: values.length
			? `must be one of the ${what}: ${values.join(', ')}`
			: `must be one of the ${what}, but none are defined yet`,
	});
}

const slugList = () => z.array(z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a lowercase id like "sabhnani"' }));

/** One E4J module study edition. */
export const ModuleSchema = () =>
	z.strictObject({
		module: z
			.number()
			.int()
			.min(6, { message: 'must be a module number from 6 to 14' })
			.max(14, { message: 'must be a module number from 6 to 14' }),
		title: NonEmptyString(),
		summary: NonEmptyString().max(200, { message: 'must be one sentence of at most 200 characters' }),
		/** Publication month of the E4J original; null when the sources do not confirm it. */
		published: YearMonthSchema().nullable().default(null),
		learningOutcomes: z.array(NonEmptyString()).min(1, { message: 'must list at least one learning outcome' }),
		source: z.url({ message: 'must be the full URL of the original E4J module' }),
		relatedCases: slugList().default([]),
		...translationField(),
	});

/** Court levels used by the case filters. */
export const courtLevels = ['trial', 'appeal', 'supreme', 'unknown'] as const;

/** One court case from the Case Digest. */
export const CaseSchema = (ids: KnownIds) =>
	z.strictObject({
		title: NonEmptyString(),
		country: CountryCodeSchema(),
		court: NonEmptyString().nullable(),
		courtLevel: z.enum(courtLevels, { message: `must be one of: ${courtLevels.join(', ')}` }),
		year: z.number().int().min(1900).max(2100).nullable(),
		issues: z
			.array(oneOf(ids.issues, 'evidential-issue ids in content/data/evidential-issues.yaml'))
			.min(1, { message: 'must name at least one evidential issue' }),
		outcome: NonEmptyString().nullable(),
		chapter: NonEmptyString(),
		...translationField(),
	});

/** One chapter of the Case Digest: one evidential issue. */
export const DigestChapterSchema = (ids: KnownIds) =>
	z.strictObject({
		title: NonEmptyString(),
		issue: oneOf(ids.issues, 'evidential-issue ids in content/data/evidential-issues.yaml'),
		order: z.number().int().min(1),
		part: NonEmptyString(),
		...translationField(),
	});

/** One way-forward recommendation drawn from the final report. */
export const RecommendationSchema = (ids: KnownIds) =>
	z.strictObject({
		title: NonEmptyString(),
		summary: NonEmptyString(),
		order: z.number().int().min(1),
		theme: NonEmptyString(),
		basis: z.array(NonEmptyString()).min(1, { message: 'must name the report findings it is drawn from' }),
		actors: z.array(oneOf(ids.institutions, 'institution ids in content/data/institutions.yaml')).default([]),
		relatedModules: z.array(z.number().int().min(6).max(14)).default([]),
		relatedChapters: z
			.array(oneOf(ids.issues, 'evidential-issue ids in content/data/evidential-issues.yaml'))
			.default([]),
		relatedCases: slugList().default([]),
		...translationField(),
	});

/** One project report (or a section of one). */
export const ReportSchema = () =>
	z.strictObject({
		title: NonEmptyString(),
		summary: NonEmptyString(),
		order: z.number().int().min(1),
		period: z.strictObject({ start: YearMonthSchema(), end: YearMonthSchema() }).optional(),
		published: YearMonthSchema().optional(),
		...translationField(),
	});

/** One news item. */
export const NewsSchema = () =>
	z.strictObject({
		title: NonEmptyString(),
		/** Null when no source gives the date: such items are listed last, marked as undated. */
		date: DateSchema().nullable(),
		place: NonEmptyString().nullable(),
		source: z.strictObject({ name: NonEmptyString(), url: z.url().nullable() }),
		...translationField(),
	});
