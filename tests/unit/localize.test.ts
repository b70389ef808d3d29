import { describe, expect, it } from 'vitest';
import { localizeText } from '../../src/lib/localize';

const text = { en: 'Tashkent region', ru: 'Ташкентская область', uz: 'Toshkent viloyati' };

describe('localizeText', () => {
	it('gives the text of the reader’s edition', () => {
		expect(localizeText(text, 'ru')).toBe('Ташкентская область');
	});
	it('derives Uzbek Cyrillic from the Uzbek Latin text', () => {
		expect(localizeText(text, 'uz-cyrl')).toBe('Тошкент вилояти');
	});
	it('gives the same Cyrillic text when asked again', () => {
		localizeText(text, 'uz-cyrl');
		expect(localizeText(text, 'uz-cyrl')).toBe('Тошкент вилояти');
	});
	it('prefers a hand-written Uzbek Cyrillic text', () => {
		expect(localizeText({ ...text, 'uz-cyrl': 'Тошкент в.' }, 'uz-cyrl')).toBe('Тошкент в.');
	});
});
