/**
 * Adding an edition is a change to src/i18n/locales.ts plus its content and interface strings:
 * a throwaway fifth edition (Karakalpak, `kaa`, falling back to Uzbek, Russian, English) builds,
 * gets its routes, its fallback pages and its own search bundle, with nothing else edited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { buildProject, makeProject, smallModuleEn, smallModuleRu } from '../helpers/project';
import { writeTranslationRecord } from '../../src/content-index/translation-record';
import { textToSource } from '../helpers/source';

let project: ReturnType<typeof makeProject>;
let status: number | null = null;
let output = '';

const kaaModule = smallModuleRu
	.replace('title: "Определение понятия торговли людьми"', 'title: "Adam sawdası túsinigi"')
	.replace('## Введение {#introduction}', '## Kirisiw {#introduction}')
	.replace('Модуль объясняет определение.', 'Modul anıqlamanı túsindiredi.');

beforeAll(() => {
	project = makeProject({
		'content/kaa/modules/module-6.mdx': writeTranslationRecord(kaaModule, textToSource(smallModuleEn)),
		'content/ui/kaa.json': JSON.stringify({ 'site.name': 'Adam sawdasına qarsı ádillik', 'nav.home': 'Bas bet' }),
	});
	const file = join(project.root, 'src/i18n/locales.ts');
	const text = readFileSync(file, 'utf8');
	const added = text
		.replace(
			"export const locales = ['en', 'ru', 'uz', 'uz-cyrl'] as const;",
			"export const locales = ['en', 'ru', 'uz', 'uz-cyrl', 'kaa'] as const;",
		)
		.replace(
			/(\n};\n)/,
			`\n\tkaa: { lang: 'kaa', label: 'Qaraqalpaqsha', short: 'KAA', script: 'Latn', dir: 'ltr', ogLocale: 'kaa_UZ', fallback: ['uz', 'ru', 'en'], requiredInData: false },$1`,
		);
	expect(added).not.toBe(text);
	writeFileSync(file, added);
	({ status, output } = buildProject(project.root));
}, 150_000);
afterAll(() => project?.cleanup());

const page = (path: string) => load(readFileSync(join(project.root, 'dist', path, 'index.html'), 'utf8'));

describe('a fifth edition added in src/i18n/locales.ts only', () => {
	it('builds', () => {
		expect(status, output.slice(-3000)).toBe(0);
	});
	it('serves its own translation in its language, with its own strings and the rest from its chain', () => {
		const $ = page('kaa/modules/module-6');
		expect($('html').attr('lang')).toBe('kaa');
		expect($('#notice').length).toBe(0);
		expect($('[data-content-lang]').text()).toContain('Modul anıqlamanı túsindiredi.');
		expect($('.site-name').first().text()).toContain('Adam sawdasına qarsı ádillik');
		// A string the Karakalpak file lacks comes from Uzbek, the first language of its chain.
		const uz = JSON.parse(readFileSync('content/ui/uz.json', 'utf8')) as Record<string, string>;
		expect($('.skip-link').text()).toBe(uz['nav.skip']);
	});
	it('serves a page it lacks from the first language of its chain that has it, with the notice', () => {
		const $ = page('kaa/reports/final-report');
		expect($('#notice').length).toBe(1);
		expect($('[data-content-lang]').attr('lang')).toBe('en');
		expect($('link[rel=canonical]').attr('href')).toMatch(/\/en\/reports\/final-report\/$/);
	});
	it('is listed among the editions (hreflang) and gets its own search bundle', () => {
		const $ = page('en/modules/module-6');
		expect($('link[rel=alternate][hreflang=kaa]').attr('href')).toMatch(/\/kaa\/modules\/module-6\/$/);
		expect(existsSync(join(project.root, 'dist/pagefind/kaa/pagefind-entry.json'))).toBe(true);
		expect(output).toMatch(/search index kaa: \d+ pages/);
		expect(smallModuleEn).toContain('{#introduction}');
	});
});
