import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui';
import { formatDate } from './format.ts';

/** Sort key for a period string (YYYY, YYYY-H1, YYYY-Q4, YYYY-MM, YYYY-MM-DD): its first day. */
export function periodToSortKey(period: string): string {
	const [y, rest] = period.split(/-(.*)/s) as [string, string | undefined];
	if (!rest) return `${y}-01-01`;
	if (rest.startsWith('H')) return `${y}-${rest === 'H1' ? '01' : '07'}-01`;
	if (rest.startsWith('Q')) return `${y}-${String((Number(rest[1]) - 1) * 3 + 1).padStart(2, '0')}-01`;
	return rest.length === 2 ? `${y}-${rest}-01` : `${y}-${rest}`;
}

/** A period in words, in the reader's language ("first half of 2020", "May 2021", "17 May 2021"). */
export function formatPeriod(locale: Locale, t: Translate, period: string): string {
	const [y, rest] = period.split(/-(.*)/s) as [string, string | undefined];
	if (!rest) return y;
	if (rest === 'H1' || rest === 'H2') return t(`period.${rest}` as never, { year: y });
	if (rest.startsWith('Q')) return t('period.quarter', { year: y, quarter: rest[1] });
	return formatDate(locale, period);
}
