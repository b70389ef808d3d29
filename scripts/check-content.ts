/**
 * `npm run check` (first step): check every content file (folders, frontmatter, data files, MDX
 * rules, ids, terminology) and print each problem as `file:line: problem → fix`. Exits non-zero
 * when anything is wrong.
 */
import { getContentIndex } from '../src/content-index/index.ts';
import { ContentError } from '../src/content-index/errors.ts';

const index = getContentIndex(process.cwd());
if (index.problems.length) {
	console.error(new ContentError([...index.problems]).message);
	process.exitCode = 1;
} else console.log(`Content OK: ${index.pages.length} pages checked.`);
