import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A minimal taxonomy and institution list, so fixtures can name valid ids. */
const baseData: Record<string, string> = {
	'content/data/evidential-issues.yaml': `- id: "violence"
  group: "mosaic-of-evidence"
  label: { en: "Violence", ru: "Насилие", uz: "Zoʻrlik" }
  definition: { en: "Force used on a victim.", ru: "Сила против жертвы.", uz: "Jabrlanuvchiga nisbatan kuch." }
- id: "consent"
  group: "consent"
  label: { en: "Consent", ru: "Согласие", uz: "Rozilik" }
  definition: { en: "Agreement of the victim.", ru: "Согласие жертвы.", uz: "Jabrlanuvchining roziligi." }
`,
	'content/data/institutions.yaml': `- id: "supreme-court"
  name: { en: "Supreme Court", ru: "Верховный суд", uz: "Oliy sud" }
`,
};

/** A valid English module file, to start fixtures from. */
export const validModule = `---
module: 6
title: "Defining trafficking"
summary: "What the definition asks."
published: "2019-03"
learningOutcomes:
  - "Explain the three elements."
source: "https://www.unodc.org/e4j/en/tip-and-som/module-6/index.html"
---

## Introduction {#introduction}

Text.
`;

/** Write a throwaway project tree (content files only) and return its root; `cleanup` removes it. */
export function makeFixture(files: Record<string, string>): { root: string; cleanup: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'tip-fixture-'));
	for (const [path, text] of Object.entries({ ...baseData, ...files })) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
