import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { ContentIndex } from './index.ts';
import { changedWords, getPageSourceChanges } from './source-changes.ts';
import type { PageCollection } from './files.ts';

/** Work left on one page in one edition, in English words. */
interface PageWork {
	key: string;
	/** Words of the English page still to translate (no edition yet). */
	toTranslate: number;
	/** Words of English sections changed since the translation was made (to review). */
	toReview: number;
}

/** An edition's progress, measured in words of the English source. */
export interface EditionProgress {
	locale: Locale;
	/** Words of every English page. */
	totalWords: number;
	/** Words of English pages whose translation exists and is up to date (or derived from one that is). */
	upToDateWords: number;
	/** Whole per cent, rounded down (so 100 means done). */
	percent: number;
	missing: { pages: number; words: number };
	outdated: { pages: number; words: number };
	/** Per page, the work left (pages with nothing left are not listed). */
	pages: PageWork[];
}

/** The share of English words each edition has translated and kept up to date, and the work left per page. */
export function getTranslationProgress(index: ContentIndex): EditionProgress[] {
	let progress = progressCache.get(index);
	if (!progress) progressCache.set(index, (progress = computeProgress(index)));
	return progress;
}

/** Computed once per index (each edition's translators' page shows every edition's figures). */
const progressCache = new WeakMap<ContentIndex, EditionProgress[]>();

function computeProgress(index: ContentIndex): EditionProgress[] {
	const status = index.getTranslationStatus();
	const words = (key: string) => {
		const [collection, slug] = key.split('/') as [PageCollection, string];
		return index.getPage(sourceLocale, collection, slug)?.words ?? 0;
	};
	return locales
		.filter((l) => l !== sourceLocale)
		.map((locale) => {
			const progress: EditionProgress = {
				locale,
				totalWords: 0,
				upToDateWords: 0,
				percent: 0,
				missing: { pages: 0, words: 0 },
				outdated: { pages: 0, words: 0 },
				pages: [],
			};
			for (const page of status) {
				const key = `${page.collection}/${page.slug}`;
				const n = words(key);
				progress.totalWords += n;
				const state = page.states[locale].state;
				if (state === 'up-to-date' || state === 'derived') progress.upToDateWords += n;
				else if (state === 'missing') {
					progress.missing.pages += 1;
					progress.missing.words += n;
					progress.pages.push({ key, toTranslate: n, toReview: 0 });
				} else if (state === 'outdated') {
					const review = changedWords(getPageSourceChanges(index, locale, key) ?? []);
					progress.outdated.pages += 1;
					progress.outdated.words += review;
					progress.pages.push({ key, toTranslate: 0, toReview: review });
				}
			}
			progress.percent = progress.totalWords ? Math.floor((100 * progress.upToDateWords) / progress.totalWords) : 100;
			return progress;
		});
}
