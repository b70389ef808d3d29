import { z } from 'zod';

/** A required, non-blank string (a translator's empty `title: ""` fails here). */
export const NonEmptyString = () => z.string().trim().min(1, { message: 'must not be empty' });

/** A month as `YYYY-MM`, the precision the sources give for publication dates. */
export const YearMonthSchema = () =>
	z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM, e.g. "2019-03"' });

/** A day as `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the source is no more precise. */
export const DateSchema = () =>
	z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
		message:
			'must be a date written YYYY-MM-DD (or YYYY-MM, YYYY when the source is no more precise), e.g. "2022-05-16"',
	});

/** Region codes `Intl` knows that are not countries (unions, UN, unknown). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/** The canonical form of a region code (`UK` → `GB`), or undefined when `Intl` does not know it. */
function canonicalCountryCode(code: string): string | undefined {
	if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return undefined;
	if (new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) === undefined) return undefined;
	return new Intl.Locale(`und-${code}`).region;
}

/** A two-letter ISO 3166-1 country code in its canonical form. */
export const CountryCodeSchema = () =>
	z.string().superRefine((code, ctx) => {
		const canonical = canonicalCountryCode(code);
		if (canonical === code) return;
		ctx.addIssue({
			code: 'custom',
			message: `must be a two-letter ISO 3166-1 country code in capitals, e.g. "US", "PH", "DE"${canonical ? ` (the ISO code is "${canonical}")` : ''}`,
		});
	});

/**
 * What a translated file was translated from: a short hash of the English source's text at
 * translation time. Lets the site tell up-to-date from outdated without git history.
 */
const TranslationMetaSchema = () =>
	z.strictObject({
		/** First 10 hex digits of the SHA-256 of the source file's normalised text. */
		sourceHash: z
			.string()
			.regex(/^[0-9a-f]{10}$/, { message: 'must be the 10-character hash that `npm run new-translation` writes' }),
		/** Section ids of the source, each with its own hash, to name changed sections. */
		sections: z.record(z.string(), z.string().regex(/^[0-9a-f]{8}$/)).optional(),
	});

/** Frontmatter fields a translation may carry in any collection. */
export const translationField = () => ({ translation: TranslationMetaSchema().optional() });
