import { statSync } from 'node:fs';

/**
 * What was computed from a file, kept while the file is unchanged (same modification time and
 * size): the dev server re-indexes the content after every save of any file.
 */
export class FileCache<T> {
	readonly #entries = new Map<string, { mtimeMs: number; size: number; value: T }>();

	/** The value for the file at `path`, computed again only when the file changed since. */
	get(path: string, compute: () => T): T {
		const { mtimeMs, size } = statSync(path);
		const kept = this.#entries.get(path);
		if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.value;
		const value = compute();
		this.#entries.set(path, { mtimeMs, size, value });
		return value;
	}

	/** Whether the value kept for `path` was computed from the file as it is now (false once it is deleted). */
	isFresh(path: string): boolean {
		const kept = this.#entries.get(path);
		if (!kept) return false;
		try {
			const { mtimeMs, size } = statSync(path);
			return kept.mtimeMs === mtimeMs && kept.size === size;
		} catch {
			return false;
		}
	}
}
