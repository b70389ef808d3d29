/**
 * Every content problem the build can report, in one catalogue (as Lunaria keeps its errors).
 * Each entry gives the message and the fix; `formatProblem` adds file and line.
 */
export const ContentErrors = {
	UnknownLocaleFolder: (folder: string, allowed: readonly string[]) => ({
		message: `"${folder}" is not a language edition of this site.`,
		hint: `Move the file into one of the edition folders: ${allowed.map((l) => `content/${l}/`).join(', ')}.`,
	}),
	UnknownCollectionFolder: (folder: string, allowed: readonly string[]) => ({
		message: `"${folder}" is not a kind of page this site builds.`,
		hint: `Put the file in one of: ${allowed.join(', ')}.`,
	}),
	WrongExtension: (ext: string) => ({
		message: `Content pages must be .mdx files, not "${ext}".`,
		hint: 'Rename the file to end in .mdx.',
	}),
	NoFrontmatter: () => ({
		message: 'The file does not start with a frontmatter block.',
		hint: 'Begin the file with a line `---`, the fields (title: "…" and so on), and another `---` line.',
	}),
	EmptyFile: () => ({
		message: 'The file is empty.',
		hint: 'Start from the English file of the same page (npm run new-translation -- <locale> <path>), or delete the empty file.',
	}),
	UnclosedFrontmatter: () => ({
		message: 'The frontmatter block starts with `---` but is never closed.',
		hint: 'Add a line `---` after the last field (title, summary…) and before the text of the page.',
	}),
	ByteOrderMark: () => ({
		message: 'The file starts with an invisible byte-order mark (BOM).',
		hint: 'Save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar → Save with Encoding → UTF-8).',
	}),
	InvalidUtf8: () => ({
		message: 'The file is not valid UTF-8 text (it was saved in another encoding, e.g. Windows-1251).',
		hint: 'Reopen the file with the encoding it was written in and save it as UTF-8; check the letters on this line afterwards.',
	}),
	DuplicateKey: (key: string) => ({
		message: `The field \`${key}\` appears twice in the frontmatter.`,
		hint: 'Keep one of the two lines: the site would silently use only one of them.',
	}),
	BadYaml: (detail: string, where: 'frontmatter' | 'data file' = 'frontmatter') => ({
		message: `The ${where} is not valid YAML: ${detail}.`,
		hint: 'Check quotes and indentation on this line; put text values in double quotes.',
	}),
	BadField: (field: string, problem: string, got: string, where: 'frontmatter' | 'data file' = 'frontmatter') => ({
		message: `${field}: ${problem} (found ${got}).`,
		hint:
			field === '(file)'
				? `Fix the ${where} as described.`
				: where === 'frontmatter'
					? `Correct the \`${field}:\` line in the frontmatter; compare with the English file of the same page.`
					: `Correct the \`${field}:\` line in the data file; compare with the other entries of the file.`,
	}),
	UnknownField: (field: string, allowed: readonly string[]) => ({
		message: `${field}: this field is not part of this kind of page.`,
		hint: `Check the spelling. Allowed fields: ${allowed.join(', ')}.`,
	}),
	TranslationWithoutSource: (path: string) => ({
		message: `This translation has no English source file (content/en/${path}).`,
		hint: 'Every page starts in English: add the English file first, or check the file name matches the English one.',
	}),
	BadDataFile: (detail: string) => ({
		message: detail,
		hint: 'Fix the entry as described; every entry of a data file needs the same fields as the others.',
	}),
	ImportExport: (word: string) => ({
		message: `\`${word}\` statements are not allowed in content files.`,
		hint: 'Remove the line: pages may use Markdown and the components the site provides, which need no import.',
	}),
	Expression: () => ({
		message: 'Curly braces { } start a JavaScript expression in MDX, which content files may not use.',
		hint: 'Use round brackets ( ) in running text; the only braces allowed are a heading id at the very end of a heading, like ## Consent {#consent}.',
	}),
	StrayLessThan: () => ({
		message: 'A "<" in running text starts an HTML tag in MDX, so the page cannot be built.',
		hint: 'Write the words instead ("less than 5 years", "менее 5 лет", "5 yoshdan kam"), or put the sign in backticks: `<`.',
	}),
	SharedFieldDiffers: (field: string, value: string, english: string, sourceFile: string) => ({
		message: `${field}: ${value} differs from the English file (${english}).`,
		hint: `This field is a fact shared by every edition: copy it from ${sourceFile} (only text is translated).`,
	}),
	WrongCollection: (found: string, fits: string, target: string) => ({
		message: `This looks like a page of "${fits}", but it is in the "${found}" folder.`,
		hint: `Move the file to ${target} (each kind of page has its own folder and fields).`,
	}),
	UnknownComponent: (name: string, allowed: readonly string[]) => ({
		message: `<${name}> is not a component this site provides (or an HTML tag in prose).`,
		hint: `Use Markdown instead; the allowed components are: ${allowed.map((c) => `<${c}>`).join(', ')}. To write a literal < use a word ("less than").`,
	}),
	HeadingWithoutId: (text: string) => ({
		message: `The heading "${text}" has no id.`,
		hint: 'End the heading with an id in English kebab-case, the same in every language, e.g. ## Consent of the victim {#consent}.',
	}),
	BadHeadingId: (id: string) => ({
		message: `The heading id "${id}" is not a lowercase kebab-case id.`,
		hint: 'Use lowercase Latin letters, digits and hyphens only, e.g. {#abuse-of-vulnerability}; the id must match the English file.',
	}),
	DuplicateHeadingId: (id: string, firstLine: number) => ({
		message: `The heading id "${id}" is used twice (first on line ${firstLine}).`,
		hint: 'Give each section its own id; links to the page land on the first one only.',
	}),
	IdsDifferFromSource: (sourceFile: string, missing: readonly string[], extra: readonly string[]) => ({
		message:
			`Section ids differ from the English edition (${sourceFile}):${missing.length ? ` missing ${missing.join(', ')};` : ''}${extra.length ? ` not in English ${extra.join(', ')};` : ''}`.replace(
				/;$/,
				'.',
			),
		hint: 'Keep each heading id exactly as in the English file, so links and the language switcher land on the same section.',
	}),
	UnknownCase: (slug: string) => ({
		message: `case: "${slug}" is not a case page of this site.`,
		hint: 'Use the file name of a page in content/en/cases/ (without .mdx), or add the case page first.',
	}),
	DiscouragedTerm: (variant: string, preferred: string, termId: string) => ({
		message: `"${variant}" is a discouraged rendering of the glossary term "${termId}".`,
		hint: `Use the glossary's term "${preferred}" (content/data/glossary.yaml, id ${termId}).`,
	}),
} as const satisfies Record<string, (...args: never[]) => { message: string; hint: string }>;

/** A problem found in a content file, with where it is. */
export interface ContentProblem {
	file: string;
	line: number;
	message: string;
	hint: string;
}

/** `content/uz/modules/module-6.mdx:3: title: must not be empty. Fix: …` */
function formatProblem(p: ContentProblem): string {
	return `${p.file}:${p.line}: ${p.message}\n    → ${p.hint}`;
}

/** Error thrown when content cannot be trusted; its message lists every problem. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	/** What to do, as Astro's error reports show it. */
	readonly hint =
		'Fix each file at the line shown, then save it (the dev server reloads the page) or build again. Nothing in content/ was changed.';
	/** The heading of Astro's error overlay. */
	readonly title: string;
	/** Where the first problem is: Astro's dev overlay shows that file's lines around it. */
	readonly loc: { file: string; line: number; column: number } | undefined;
	constructor(unsorted: ContentProblem[], options?: ErrorOptions & { root?: string }) {
		// File by file, top to bottom: the order a translator works in.
		const problems = [...unsorted].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
		super(
			`${problems.length} content problem${problems.length === 1 ? '' : 's'} found:\n\n${problems.map(formatProblem).join('\n\n')}\n`,
			options,
		);
		this.name = 'ContentError';
		this.problems = problems;
		const first = problems[0];
		const files = new Set(problems.map((p) => p.file));
		this.title = `${problems.length === 1 ? 'A content problem' : `${problems.length} content problems`} in ${files.size === 1 ? first?.file : `${files.size} files`}`;
		this.loc =
			options?.root && first ? { file: `${options.root}/${first.file}`, line: first.line, column: 1 } : undefined;
		// Where in our code the problem was noticed says nothing to a translator: Astro prints no stack trace without one.
		this.stack = undefined;
	}
}
