import { describe, expect, it } from 'vitest';
import {
	editionFilesToRemove,
	emptyIndex,
	filesToRemove,
	formatBytes,
	type SavedIndex,
} from '../../src/lib/saved-index';

const index: SavedIndex = {
	pages: {
		'/ru/modules/module-6/': {
			title: 'Модуль 6',
			files: ['/ru/modules/module-6/', '/ru/glossary/', '/_astro/a.css'],
			bytes: 1,
			lang: 'ru',
		},
		'/ru/modules/module-7/': {
			title: 'Модуль 7',
			files: ['/ru/modules/module-7/', '/ru/glossary/'],
			bytes: 1,
			lang: 'ru',
		},
	},
	editions: {
		uz: { label: 'Oʻzbekcha', bytes: 1, files: ['/uz/', '/_astro/a.css'], home: '/uz/' },
		en: { label: 'English', bytes: 1, files: ['/en/', '/en/glossary/'], home: '/en/' },
	},
};

describe('filesToRemove', () => {
	it('removes a page’s own files but keeps those another page or an edition still uses', () => {
		expect(filesToRemove(index, '/ru/modules/module-6/')).toEqual(['/ru/modules/module-6/']);
	});
	it('removes a shared file with the last page that uses it', () => {
		const one = { ...index, pages: { '/ru/modules/module-7/': index.pages['/ru/modules/module-7/']! } };
		expect(filesToRemove(one, '/ru/modules/module-7/')).toEqual(['/ru/modules/module-7/', '/ru/glossary/']);
	});
	it('removes nothing for a page that is not saved', () => {
		expect(filesToRemove(index, '/en/')).toEqual([]);
	});
});

describe('editionFilesToRemove', () => {
	it('removes an edition’s own files but keeps those a saved page uses', () => {
		expect(editionFilesToRemove(index, 'uz')).toEqual(['/uz/']);
	});
	it('keeps the files another edition still uses', () => {
		const both = { ...index, editions: { ...index.editions, ru: { ...index.editions.en!, files: ['/en/', '/ru/'] } } };
		expect(editionFilesToRemove(both, 'en')).toEqual(['/en/glossary/']);
	});
	it('removes nothing for an edition that is not saved', () => {
		expect(editionFilesToRemove(index, 'ru')).toEqual([]);
	});
	it('removes nothing from an empty index', () => {
		expect(editionFilesToRemove(emptyIndex(), 'en')).toEqual([]);
	});
});

describe('formatBytes', () => {
	it('writes megabytes with one decimal', () => {
		expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
	});
	it('writes exactly one megabyte in megabytes', () => {
		expect(formatBytes(1024 * 1024, 'en')).toBe('1 MB');
	});
	it('writes less than a megabyte in whole kilobytes', () => {
		expect(formatBytes(340 * 1024 + 100, 'en')).toBe('340 kB');
	});
	it('writes at least 1 kB', () => {
		expect(formatBytes(10, 'en')).toBe('1 kB');
	});
	it('writes the unit in the reader’s language', () => {
		expect(formatBytes(1.25 * 1024 * 1024, 'ru')).toBe('1,3 МБ');
	});
});
