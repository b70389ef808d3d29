/**
 * `npm run check`: check every content file (folders, frontmatter, data files) and print
 * each problem as `file:line: problem → fix`. Exits non-zero when anything is wrong.
 */
import { checkContent } from '../src/lib/content-check.ts';
import { ContentError } from '../src/lib/errors.ts';

const { problems, pages } = checkContent(process.cwd());
if (problems.length) {
	console.error(new ContentError(problems).message);
	process.exit(1);
}
console.log(`Content OK: ${pages.length} pages checked.`);
