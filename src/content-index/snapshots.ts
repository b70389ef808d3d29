import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getSourceSections, type TranslatableText } from './translation.ts';

/**
 * Source snapshots: the English text of every section a translation was made from, kept under
 * `content/.sources/` by the section hash the translation records, so the site can show what
 * changed in the English since, word by word, without git history. Written and pruned by
 * `npm run new-translation` and `npm run mark-translated`; never edited by hand.
 */
const SNAPSHOT_DIR = 'content/.sources';

const snapshotPath = (root: string, hash: string) => join(root, SNAPSHOT_DIR, hash.slice(0, 2), `${hash}.md`);

/** Keep the text of every section of a source (existing snapshots are left as they are). */
export function saveSourceSnapshots(root: string, source: TranslatableText): number {
	let written = 0;
	for (const section of getSourceSections(source)) {
		const path = snapshotPath(root, section.hash);
		if (existsSync(path)) continue;
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, section.text);
		written++;
	}
	return written;
}

/** The English text of a section as it was when its hash was recorded, if a snapshot exists. */
export function readSourceSnapshot(root: string, hash: string): string | undefined {
	const path = snapshotPath(root, hash);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Remove snapshots that no translation refers to any more; returns how many were removed. */
export function pruneSourceSnapshots(
	root: string,
	index: { pages: readonly { translation?: { sections?: Record<string, string> } }[] },
): number {
	const dir = join(root, SNAPSHOT_DIR);
	if (!existsSync(dir)) return 0;
	const used = new Set(index.pages.flatMap((p) => Object.values(p.translation?.sections ?? {})));
	let removed = 0;
	for (const bucket of readdirSync(dir)) {
		for (const name of readdirSync(join(dir, bucket))) {
			if (used.has(name.replace(/\.md$/, ''))) continue;
			rmSync(join(dir, bucket, name));
			removed++;
		}
		if (readdirSync(join(dir, bucket)).length === 0) rmSync(join(dir, bucket), { recursive: true });
	}
	return removed;
}
