import { describe, expect, it } from 'vitest';
import { resolveFallback } from '../../src/i18n/fallback';
import type { Locale } from '../../src/i18n/locales';

const have = (...l: Locale[]) => new Set<Locale>(l);

describe('resolveFallback', () => {
	it('serves the page itself when it exists', () => {
		expect(resolveFallback('uz', have('en', 'ru', 'uz'))).toEqual({ type: 'translated', from: 'uz' });
	});
	it('uz → ru when there is no Uzbek edition', () => {
		expect(resolveFallback('uz', have('en', 'ru'))).toEqual({
			type: 'fallback',
			from: 'ru',
			chain: ['uz', 'ru', 'en'],
		});
	});
	it('uz → ru → en when only English exists', () => {
		expect(resolveFallback('uz', have('en'))).toEqual({ type: 'fallback', from: 'en', chain: ['uz', 'ru', 'en'] });
	});
	it('uz-cyrl → uz before Russian', () => {
		expect(resolveFallback('uz-cyrl', have('en', 'ru', 'uz'))).toMatchObject({ type: 'fallback', from: 'uz' });
	});
	it('uz-cyrl → ru when Uzbek is missing, → en when Russian is too', () => {
		expect(resolveFallback('uz-cyrl', have('en', 'ru'))).toMatchObject({ type: 'fallback', from: 'ru' });
		expect(resolveFallback('uz-cyrl', have('en'))).toMatchObject({ type: 'fallback', from: 'en' });
	});
	it('ru → en', () => {
		expect(resolveFallback('ru', have('en', 'uz'))).toMatchObject({ type: 'fallback', from: 'en' });
	});
	it('never skips to a locale outside the chain (ru does not fall back to uz)', () => {
		expect(resolveFallback('ru', have('uz'))).toEqual({ type: 'missing' });
	});
});
