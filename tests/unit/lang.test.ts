import { describe, expect, it } from 'vitest';
import { langIfDifferent, resolutionToLocale } from '../../src/lib/lang';

describe('langIfDifferent', () => {
	it('gives the element’s tag when its language differs', () => {
		expect(langIfDifferent('en', 'ru')).toBe('en');
	});
	it('gives the BCP-47 tag, not the locale code', () => {
		expect(langIfDifferent('uz-cyrl', 'uz')).toBe('uz-Cyrl');
	});
	it('gives nothing when the languages are the same', () => {
		expect(langIfDifferent('uz', 'uz')).toBeUndefined();
	});
});

describe('resolutionToLocale', () => {
	it('is the fallback’s language for a fallback page', () => {
		expect(resolutionToLocale('uz', { type: 'fallback', from: 'ru', chain: ['uz', 'ru', 'en'] })).toBe('ru');
	});
	it('is the page’s locale for a translated page', () => {
		expect(resolutionToLocale('uz', { type: 'translated', from: 'uz' })).toBe('uz');
	});
	it('is the page’s locale when nothing was found', () => {
		expect(resolutionToLocale('ru', { type: 'missing' })).toBe('ru');
	});
});
