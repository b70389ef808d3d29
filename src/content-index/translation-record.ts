import { Scalar, isScalar, parseDocument, visit } from 'yaml';
import { sourceHash, sourceSectionHashes, type TranslatableText } from './translation.ts';

/**
 * Write the `translation:` frontmatter block of a translated file (what it was translated from),
 * through the `yaml` Document API: the other fields, their order, quoting and comments stay as
 * the translator wrote them. Returns the file's new text.
 */
export function writeTranslationRecord(translationText: string, source: TranslatableText): string {
	const lines = translationText.split('\n');
	const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
	if (lines[0]?.trimEnd() !== '---' || close < 0)
		throw new Error('The file has no frontmatter block to record the translation in.');
	const doc = parseDocument(lines.slice(1, close).join('\n'), { version: '1.1' });
	if (doc.errors.length) throw new Error(`The frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
	const record = doc.createNode({ sourceHash: sourceHash(source), sections: sourceSectionHashes(source) });
	// Quote the hashes and section ids, as `npm run new-translation` always has: hex digits stay text.
	visit(record, {
		Scalar(_, node) {
			if (isScalar(node) && typeof node.value === 'string') node.type = Scalar.QUOTE_DOUBLE;
		},
		Pair(_, pair) {
			if (isScalar(pair.key)) pair.key.type = Scalar.QUOTE_DOUBLE;
		},
	});
	const top = record as unknown as { items: { key: Scalar }[] };
	for (const item of top.items) item.key.type = Scalar.PLAIN;
	doc.set('translation', record);
	const frontmatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
	return [lines[0], frontmatter, ...lines.slice(close)].join('\n');
}
