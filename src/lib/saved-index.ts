/** What the reader saved, kept in localStorage so the offline page can list it. */
export interface SavedIndex {
	/** Saved pages by URL: title, the files saved with it, bytes. */
	pages: Record<string, { title: string; files: string[]; bytes: number; lang: string }>;
	/** Saved editions by locale: label, total bytes, files. */
	editions: Record<string, { label: string; bytes: number; files: string[]; home: string }>;
}

export const emptyIndex = (): SavedIndex => ({ pages: {}, editions: {} });

/**
 * Files no longer needed when `url` is removed: its own files that no other saved page or
 * edition still uses (the glossary is shared by every saved page of an edition).
 */
export function filesToRemove(index: SavedIndex, url: string): string[] {
	const own = index.pages[url]?.files ?? [];
	const stillUsed = new Set([
		...Object.entries(index.pages)
			.filter(([u]) => u !== url)
			.flatMap(([, p]) => p.files),
		...Object.values(index.editions).flatMap((e) => e.files),
	]);
	return own.filter((f) => !stillUsed.has(f));
}

/** Same as `filesToRemove` for a whole saved edition. */
export function editionFilesToRemove(index: SavedIndex, locale: string): string[] {
	const own = index.editions[locale]?.files ?? [];
	const stillUsed = new Set([
		...Object.values(index.pages).flatMap((p) => p.files),
		...Object.entries(index.editions)
			.filter(([l]) => l !== locale)
			.flatMap(([, e]) => e.files),
	]);
	return own.filter((f) => !stillUsed.has(f));
}

/** Bytes in a readable unit for the reader's language ("1.2 MB", "340 KB"). */
export function formatBytes(bytes: number, lang: string): string {
	const mb = bytes / 1024 / 1024;
	return mb >= 1
		? new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(mb)
		: new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
				Math.max(1, bytes / 1024),
			);
}
