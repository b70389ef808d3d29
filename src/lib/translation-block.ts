/** The `translation:` frontmatter block recording what a translation was made from. */
export function translationBlock(hash: string, sections: Record<string, string>): string {
	const lines = Object.entries(sections).map(([id, h]) => `    ${JSON.stringify(id)}: "${h}"`);
	return `translation:\n  sourceHash: "${hash}"\n  sections:\n${lines.join('\n')}\n`;
}
