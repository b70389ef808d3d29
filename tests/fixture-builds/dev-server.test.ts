/**
 * What a translator sees in `npm run dev`: edits to a Uzbek page show on its Uzbek Cyrillic twin at
 * the next reload, and a mistake shows the project's own message (file, line, fix) in the
 * terminal and in the browser's error overlay, not the compiler's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { devEnv, makeProject, smallModuleRu } from '../helpers/project';
import { launchBrowser } from '../helpers/browser';

const RU = 'content/ru/modules/module-6.mdx';
const UZ = 'content/uz/modules/module-6.mdx';
const uzModule = smallModuleRu
	.replace('title: "Определение понятия торговли людьми"', 'title: "Odam savdosi tushunchasi"')
	.replace('## Введение {#introduction}', '## Kirish {#introduction}')
	.replace('Модуль объясняет определение.', 'Modul taʼrifni tushuntiradi.');

let project: ReturnType<typeof makeProject>;
let server: ChildProcess;
let url = '';
let output = '';
let browser: Browser | undefined;

const freePort = () =>
	new Promise<number>((done) => {
		const s = createServer().listen(0, () => {
			const { port } = s.address() as { port: number };
			s.close(() => done(port));
		});
	});

/** Poll until `check` passes (the dev server reloads content a moment after a save). */
async function eventually<T>(check: () => Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.\n${output.slice(-3000)}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

const get = async (path: string) => {
	const r = await fetch(`${url}${path}`);
	return { status: r.status, text: await r.text() };
};

beforeAll(async () => {
	project = makeProject({ [UZ]: uzModule });
	const port = await freePort();
	server = spawn(
		process.execPath,
		[join(project.root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
		{
			cwd: project.root,
			env: devEnv(),
		},
	);
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	url = `http://localhost:${port}/`;
	await eventually(async () => (/ready in/.test(output) ? true : undefined), 'the dev server to start', 60_000);
}, 90_000);

afterAll(async () => {
	server?.kill();
	await browser?.close();
	project?.cleanup();
});

describe('the dev server', () => {
	it('shows an edit of a Uzbek page on its Uzbek Cyrillic page at the next reload', async () => {
		expect((await get('uz-cyrl/modules/module-6/')).text).toContain('Модул таърифни тушунтиради.');
		writeFileSync(
			join(project.root, UZ),
			uzModule.replace('Modul taʼrifni tushuntiradi.', 'Modul taʼrifni batafsil tushuntiradi.'),
		);
		// Asked without a pause while the server catches up, the page answers every time, with the old
		// text or the new, never an error (the kept HTML of a page must not go missing between syncs).
		const statuses = new Set<number>();
		await eventually(async () => {
			for (let i = 0; i < 20; i++) {
				const page = await get('uz-cyrl/modules/module-6/');
				statuses.add(page.status);
				if (page.text.includes('Модул таърифни батафсил тушунтиради.')) return true;
			}
			return undefined;
		}, 'the Cyrillic page to follow the edit');
		expect([...statuses]).toEqual([200]);
	});

	const mistakes = [
		{
			name: 'a stray { in prose',
			text: smallModuleRu.replace('Модуль объясняет определение.', 'Дети {менее 18 лет} особенно уязвимы.'),
			expected: `${RU}:13: Curly braces { } start a JavaScript expression in MDX`,
			fix: 'Use round brackets ( ) in running text',
		},
		{
			name: 'a stray < in prose',
			text: smallModuleRu.replace('Модуль объясняет определение.', 'Дети < 5 лет особенно уязвимы.'),
			expected: `${RU}:13: A "<" in running text starts an HTML tag in MDX`,
			fix: 'Write the words instead',
		},
		{
			name: 'broken frontmatter',
			text: smallModuleRu.replace('title: "Определение понятия торговли людьми"', 'title: "Определение понятия'),
			expected: `${RU}:3: The frontmatter is not valid YAML`,
			fix: 'Check quotes and indentation on this line',
		},
		{
			name: 'a bad heading id',
			text: smallModuleRu.replace('{#consent}', '{#согласие}'),
			expected: `${RU}:15: The heading id "согласие" is not a lowercase kebab-case id.`,
			fix: 'Use lowercase Latin letters, digits and hyphens only',
		},
		{
			name: 'a forbidden import',
			text: smallModuleRu.replace('## Введение', "import X from './x.astro';\n\n## Введение"),
			expected: `${RU}:11: \`import\` statements are not allowed in content files.`,
			fix: 'Remove the line',
		},
		{
			name: 'an unknown component',
			text: smallModuleRu.replace('Модуль объясняет определение.', 'Модуль <Note>объясняет</Note> определение.'),
			expected: `${RU}:13: <Note> is not a component this site provides`,
			fix: 'Use Markdown instead',
		},
		{
			name: 'a discouraged term',
			text: smallModuleRu.replace('Модуль объясняет определение.', 'Модуль объясняет, что такое трафикинг.'),
			expected: `${RU}:13: "трафикинг" is a discouraged rendering of the glossary term "trafficking-in-persons".`,
			fix: 'Use the glossary\'s term "торговля людьми"',
		},
	];

	it.each(mistakes)(
		'on save, $name shows the project’s message with file, line and fix',
		async ({ text, expected, fix }) => {
			const file = join(project.root, RU);
			const good = readFileSync(file, 'utf8');
			const seen = output.length;
			writeFileSync(file, text);
			try {
				const page = await eventually(async () => {
					const r = await get('ru/modules/module-6/');
					return r.status === 500 && output.slice(seen).includes(expected) ? r : undefined;
				}, `the message "${expected}"`);
				expect(page.status).toBe(500);
				const lines = output.slice(seen).split('\n');
				const at = lines.findIndex((l) => l.includes(expected));
				expect(lines[at + 1]).toContain(`→ ${fix}`);
				expect(output.slice(seen)).not.toMatch(/Could not parse expression|mdx-jsx:|oxc/);
			} finally {
				writeFileSync(file, good);
				await eventually(
					async () => ((await get('ru/modules/module-6/')).status === 200 ? true : undefined),
					'the page to recover',
				);
			}
		},
	);

	it('the browser shows the message in the error overlay, titled with the file', async () => {
		const file = join(project.root, RU);
		const good = readFileSync(file, 'utf8');
		writeFileSync(file, mistakes[0]!.text);
		try {
			await eventually(
				async () => ((await get('ru/modules/module-6/')).status === 500 ? true : undefined),
				'the error',
			);
			browser = await launchBrowser();
			const page = await browser.newPage();
			await page.goto(`${url}ru/modules/module-6/`);
			const overlay = page.locator('vite-error-overlay');
			await overlay.waitFor({ state: 'attached' });
			const text = await eventually(async () => {
				const t = await overlay.evaluate((el) => el.shadowRoot?.querySelector('#message-content')?.textContent ?? '');
				return t.includes('Curly braces') ? t : undefined;
			}, 'the overlay message');
			expect(text).toContain(mistakes[0]!.expected);
			expect(
				await overlay.evaluate((el) => el.shadowRoot?.querySelector('#message-title, h1')?.textContent ?? ''),
			).toContain(RU);
		} finally {
			writeFileSync(file, good);
		}
	});
});
