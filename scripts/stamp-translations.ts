/**
 * One-off: record the current English hash in translations that were made from the current
 * English text but carry no `translation:` block yet. Never touches a file that has one.
 * Usage: node scripts/stamp-translations.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listContentFiles } from '../src/lib/content-files.ts';
import { readTranslationMeta, sourceHash, sourceSectionHashes } from '../src/lib/translation-status.ts';
import { translationBlock } from '../src/lib/translation-block.ts';

const root = process.cwd();
let count = 0;
for (const f of listContentFiles(root)) {
	if (f.locale === 'en' || f.ext !== '.mdx') continue;
	const text = readFileSync(f.absPath, 'utf8');
	if (readTranslationMeta(text)) continue;
	const source = readFileSync(join(root, 'content', 'en', f.collection, `${f.slug}.mdx`), 'utf8');
	writeFileSync(
		f.absPath,
		text.replace(
			/^---\r?\n([\s\S]*?)\r?\n---/,
			(_, fm: string) => `---\n${fm}\n${translationBlock(sourceHash(source), sourceSectionHashes(source))}---`,
		),
	);
	count++;
}
console.log(`Stamped ${count} translations.`);
