import { describe, expect, it } from 'vitest';
import { getT } from '../../src/i18n/ui';
import { getActiveNavPath, mainNav } from '../../src/routing/nav';

describe('getActiveNavPath', () => {
	it('marks Home only on the edition’s home page', () => {
		expect(getActiveNavPath('/')).toBe('/');
	});
	it('marks the section a page is in', () => {
		expect(getActiveNavPath('/modules/module-6/')).toBe('/modules/');
	});
	it('marks the section of a deeper page', () => {
		expect(getActiveNavPath('/case-digest/cases/us-v-x/')).toBe('/case-digest/');
	});
	it('marks nothing on a page outside the navigation', () => {
		expect(getActiveNavPath('/search/')).toBeUndefined();
	});
	it('lists the sections in display order, starting at Home', () => {
		expect(mainNav.map((n) => n.path)).toEqual([
			'/',
			'/modules/',
			'/case-digest/',
			'/recommendations/',
			'/reports/',
			'/glossary/',
		]);
	});
	it('labels each section with its name', () => {
		const t = getT('en');
		expect(mainNav.map((n) => t(n.label))).toEqual([
			'Home',
			'Modules',
			'Case Digest',
			'Recommendations',
			'Reports',
			'Glossary',
		]);
	});
});
