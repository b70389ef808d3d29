import {
	cpSync,
	mkdtempSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');

/** The English module of the small valid site (fixtures change it to break it). */
export const smallModuleEn = `---
module: 6
title: "Defining the Concept of Trafficking in Persons"
summary: "The three elements of the definition."
published: "2019-03"
learningOutcomes:
  - "Explain the three elements."
source: "https://www.unodc.org/e4j/en/tip-and-som/module-6/introduction-and-learning-outcomes.html"
---

## Introduction {#introduction}

The module explains the definition. See [consent](/modules/module-6/#consent).

## Consent {#consent}

Consent is irrelevant once a means is used.
`;

/** Its Russian translation. */
export const smallModuleRu = `---
module: 6
title: "Определение понятия торговли людьми"
summary: "Три элемента определения."
published: "2019-03"
learningOutcomes:
  - "Объяснить три элемента."
source: "https://www.unodc.org/e4j/en/tip-and-som/module-6/introduction-and-learning-outcomes.html"
---

## Введение {#introduction}

Модуль объясняет определение.

## Согласие {#consent}

Согласие не имеет значения, если использован способ воздействия.
`;

/** A small, valid site: real data and UI strings, one module in two languages and the report. */
const baseContent = (): Record<string, string> => ({
	// The real court records name case pages this small site does not have.
	'content/data/court-records.yaml': '',
	'content/en/modules/module-6.mdx': smallModuleEn,
	'content/ru/modules/module-6.mdx': smallModuleRu,
	'content/en/reports/final-report.mdx': smallSiteReport,
});

/** The small site's report page: GFM tables, footnotes, task lists, strikethrough, autolinks. */
export const smallSiteReport = `---
title: "Final report"
summary: "What the programme did."
order: 1
---

## Background {#background}

The programme ran from 2019 to 2021.[^1] See https://www.unodc.org/ for more.

| Year | Events |
| --- | --- |
| 2020 | 9 |

- [x] Training concept
- [ ] Follow-up

~~Draft~~ Final.

[^1]: As the final report states.
`;

/**
 * A throwaway copy of the project with the given content files (merged over the small base site;
 * `null` deletes a file). `contentOnly` copies only `content/`, for checks that build nothing.
 */
export function makeProject(
	files: Record<string, string | Uint8Array | null> = {},
	{ contentOnly = false } = {},
): { root: string; cleanup: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'tip-project-'));
	if (!contentOnly) {
		for (const name of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
			cpSync(join(repo, name), join(root, name), { recursive: true });
		symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
		// Its own cache (data store, rendered HTML), not the repository's node_modules/.astro that
		// every copy shares through the link: builds running side by side must not read each other's.
		const config = join(root, 'astro.config.mjs');
		const text = readFileSync(config, 'utf8');
		if (!text.includes('export default defineConfig({')) throw new Error('astro.config.mjs: defineConfig({ not found');
		writeFileSync(
			config,
			text.replace('export default defineConfig({', "export default defineConfig({\n\tcacheDir: './.cache',"),
		);
	}
	cpSync(join(repo, 'content/ui'), join(root, 'content/ui'), { recursive: true });
	cpSync(join(repo, 'content/data'), join(root, 'content/data'), { recursive: true });
	for (const [path, text] of Object.entries({ ...baseContent(), ...files })) {
		const abs = join(root, path);
		if (text === null) rmSync(abs, { force: true });
		else {
			mkdirSync(dirname(abs), { recursive: true });
			writeFileSync(abs, text);
		}
	}
	return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * The environment for a child build. Vitest mirrors `import.meta.env` into process.env
 * (BASE_URL, MODE, DEV, PROD, SSR); a child Vite would take BASE_URL=/ over the configured base.
 */
function buildEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of [
		'BASE_URL',
		'MODE',
		'DEV',
		'PROD',
		'SSR',
		'VITEST',
		'VITEST_MODE',
		'VITEST_POOL_ID',
		'VITEST_WORKER_ID',
		'TEST',
		'NODE_ENV',
	])
		delete env[key];
	return env;
}

/** The environment for a child dev server (the same as for a build). */
export const devEnv = (): NodeJS.ProcessEnv => buildEnv();

/** Run `astro build` in a project; returns exit code, signal (when killed) and everything it printed. */
export function buildProject(root: string): { status: number | null; signal: NodeJS.Signals | null; output: string } {
	const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: buildEnv(),
		timeout: 120_000,
	});
	return { status: r.status, signal: r.signal, output: `${r.stdout}\n${r.stderr}` };
}

/** A fingerprint of every file under content/, to prove a failed build changed nothing. */
export function contentFingerprint(root: string): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walk(p);
			else hash.update(p.slice(root.length)).update(readFileSync(p));
		}
	};
	walk(join(root, 'content'));
	return hash.digest('hex');
}
