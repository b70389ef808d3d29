/**
 * Uzbek transliteration between the Latin alphabet (1995, as amended) and Cyrillic.
 * Pure and dependency-free: used by the build (deriving `uz-cyrl` from `uz`) and by search
 * (a query typed in one script finds text in the other).
 */

/** Letters that stand for oʻ/gʻ when they follow `o`/`g`: all forms seen in real text. */
const TURNED_COMMA = /[ʻ‘'`]/;
/** The canonical modifier letters. */
export const OKINA = 'ʻ'; // U+02BB, in oʻ gʻ
export const TUTUQ = 'ʼ'; // U+02BC, the tutuq belgisi (ъ)
/** Any apostrophe-like character a Latin word may contain. */
const APOSTROPHES = "ʻʼ‘’'`";

/**
 * Loanwords that Uzbek Cyrillic spells the Russian way, so no letter-by-letter rule gives them.
 * `latin` is the stem as written in Latin; `cyrillic` the stem in Cyrillic; `bare` the spelling
 * when the word is the stem alone (the soft sign is written only at the end of the word).
 */
export const LOANWORD_EXCEPTIONS: readonly { latin: string; cyrillic: string; bare?: string; why: string }[] = [
	{ latin: 'yanvar', cyrillic: 'январ', bare: 'январь', why: 'month: soft sign' },
	{ latin: 'fevral', cyrillic: 'феврал', bare: 'февраль', why: 'month: soft sign' },
	{ latin: 'aprel', cyrillic: 'апрел', bare: 'апрель', why: 'month: soft sign' },
	{ latin: 'iyun', cyrillic: 'июн', bare: 'июнь', why: 'month: soft sign, иу written ю' },
	{ latin: 'iyul', cyrillic: 'июл', bare: 'июль', why: 'month: soft sign, иу written ю' },
	{ latin: 'sentabr', cyrillic: 'сентябр', bare: 'сентябрь', why: 'month: я after т and soft sign' },
	{ latin: 'oktabr', cyrillic: 'октябр', bare: 'октябрь', why: 'month: я after т and soft sign' },
	{ latin: 'noyabr', cyrillic: 'ноябр', bare: 'ноябрь', why: 'month: soft sign' },
	{ latin: 'dekabr', cyrillic: 'декабр', bare: 'декабрь', why: 'month: soft sign' },
	{ latin: 'konvensiya', cyrillic: 'конвенция', why: 'Russian -нция written -nsiya in Latin' },
	{ latin: 'konferensiya', cyrillic: 'конференция', why: 'Russian -нция written -nsiya in Latin' },
	{ latin: 'kompetensiya', cyrillic: 'компетенция', why: 'Russian -нция written -nsiya in Latin' },
	{ latin: 'tendensiya', cyrillic: 'тенденция', why: 'Russian -нция written -nsiya in Latin' },
	{ latin: 'potensial', cyrillic: 'потенциал', why: 'Russian -нциал written -nsial in Latin' },
	{ latin: 'yurisdiksiya', cyrillic: 'юрисдикция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'funksiya', cyrillic: 'функция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'aksiya', cyrillic: 'акция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'reaksiya', cyrillic: 'реакция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'seksiya', cyrillic: 'секция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'inspeksiya', cyrillic: 'инспекция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'instruksiya', cyrillic: 'инструкция', why: 'Russian -кция written -ksiya in Latin' },
	{ latin: 'korrupsiya', cyrillic: 'коррупция', why: 'Russian -пция written -psiya in Latin' },
	{ latin: 'obyekt', cyrillic: 'объект', why: 'ъе after a consonant written ye' },
	{ latin: 'subyekt', cyrillic: 'субъект', why: 'ъе after a consonant written ye' },
	{ latin: 'kompyuter', cyrillic: 'компьютер', why: 'ью after a consonant written yu' },
	{ latin: 'kontrol', cyrillic: 'контрол', bare: 'контроль', why: 'soft sign at the end' },
	{ latin: 'rol', cyrillic: 'рол', bare: 'роль', why: 'soft sign at the end' },
	{ latin: 'model', cyrillic: 'модел', bare: 'модель', why: 'soft sign at the end' },
	{ latin: 'prinsip', cyrillic: 'принцип', why: 'ц after a consonant written s' },
	{ latin: 'instansiya', cyrillic: 'инстанция', why: 'ц after a consonant written s' },
	{ latin: 'stansiya', cyrillic: 'станция', why: 'ц after a consonant written s' },
	{ latin: 'fransiya', cyrillic: 'франция', why: 'ц after a consonant written s' },
	{ latin: 'shveysariya', cyrillic: 'швейцария', why: 'ц after a consonant written s' },
	{ latin: 'konsert', cyrillic: 'концерт', why: 'ц after a consonant written s' },
	{ latin: 'kansler', cyrillic: 'канцлер', why: 'ц after a consonant written s' },
	{ latin: 'senzura', cyrillic: 'цензура', why: 'initial ц written s' },
	{ latin: 'avtomobil', cyrillic: 'автомобил', bare: 'автомобиль', why: 'soft sign at the end' },
	{ latin: 'portfel', cyrillic: 'портфел', bare: 'портфель', why: 'soft sign at the end' },
	{ latin: 'medal', cyrillic: 'медал', bare: 'медаль', why: 'soft sign at the end' },
	{ latin: 'duel', cyrillic: 'дуэл', bare: 'дуэль', why: 'э after a vowel inside a loanword, soft sign at the end' },
	{ latin: 'sudya', cyrillic: 'судья', why: 'ья after a consonant written ya' },
	{ latin: 'intervyu', cyrillic: 'интервью', why: 'ью after a consonant written yu' },
	{ latin: 'podyezd', cyrillic: 'подъезд', why: 'ъе after a prefix written ye' },
	{ latin: 'batalyon', cyrillic: 'батальон', why: 'ьо after a consonant written yo' },
	{ latin: 'sirk', cyrillic: 'цирк', why: 'initial ц written s' },
	{ latin: 'sement', cyrillic: 'цемент', why: 'initial ц written s' },
	{ latin: 'sex', cyrillic: 'цех', why: 'initial ц written s' },
	{ latin: 'sentr', cyrillic: 'центр', why: 'initial ц written s' },
	{ latin: 'sivilizatsiya', cyrillic: 'цивилизация', why: 'initial ц written s' },
];

const LATIN_SINGLE: Record<string, string> = {
	a: 'а',
	b: 'б',
	d: 'д',
	f: 'ф',
	g: 'г',
	h: 'ҳ',
	i: 'и',
	j: 'ж',
	k: 'к',
	l: 'л',
	m: 'м',
	n: 'н',
	o: 'о',
	p: 'п',
	q: 'қ',
	r: 'р',
	s: 'с',
	t: 'т',
	u: 'у',
	v: 'в',
	x: 'х',
	y: 'й',
	z: 'з',
	c: 'к',
	w: 'в',
};
const LATIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'oʻ']);

/** Uzbek suffixes that begin with s (conditional -sa, imperative -sin, privative -siz): t+s there is not ц. */
const NATIVE_S_SUFFIX = /^s(a|am|ak|ang|angiz|alar|a[ a-z]*|in|inlar|iz|izlar|izlik|izlig[a-z]*|iz[dl][a-z]*)$/i;

/** A Latin word: letters, with apostrophes inside it or after o/g (as in togʻ). */
const LATIN_WORD = /[A-Za-z0-9](?:[A-Za-z0-9]|[ʻʼ‘’'`](?=[A-Za-z])|(?<=[OoGg])[ʻ‘'`])*/g;

/**
 * International acronyms and names that stay in Latin script inside Cyrillic Uzbek text
 * (Uzbek acronyms such as BMT, IIV are transliterated like any word).
 */
export const KEEP_LATIN: ReadonlySet<string> = new Set([
	'UNODC',
	'UNTOC',
	'ILO',
	'IOM',
	'OSCE',
	'ODIHR',
	'INL',
	'OHCHR',
	'UNHCR',
	'UNICEF',
	'SHERLOC',
	'GLOTIP',
	'ECLI',
	'ISO',
	'UN',
	'USA',
	'US',
	'EU',
	'TIP',
	'SOM',
	'PDF',
	'URL',
	'QR',
	'HTML',
	'UNDP',
	'UNFPA',
]);

function isUpper(s: string): boolean {
	return s !== s.toLowerCase() && s === s.toUpperCase();
}

/** Split a Latin word into units: digraphs (sh, ch, oʻ, gʻ, ye, yo, yu, ya, ts, sʼh) or single letters. */
function latinUnits(word: string): string[] {
	const units: string[] = [];
	let i = 0;
	while (i < word.length) {
		const c = word[i]!;
		const lc = c.toLowerCase();
		const next = word[i + 1] ?? '';
		const lnext = next.toLowerCase();
		if ((lc === 'o' || lc === 'g') && next && TURNED_COMMA.test(next)) {
			units.push(c + OKINA);
			i += 2;
		} else if (lc === 's' && next && APOSTROPHES.includes(next) && (word[i + 2] ?? '').toLowerCase() === 'h') {
			// s'h: the separator keeps s and h apart (Isʼhoq → Исҳоқ)
			units.push(c, word[i + 2]!);
			i += 3;
		} else if ((lc === 's' || lc === 'c') && lnext === 'h') {
			units.push(c + next);
			i += 2;
		} else if (lc === 'y' && 'eoua'.includes(lnext) && lnext !== '') {
			// yoʻ is й + ў, not ё + ʻ
			if (lnext === 'o' && TURNED_COMMA.test(word[i + 2] ?? '')) {
				units.push(c);
				i += 1;
			} else {
				units.push(c + next);
				i += 2;
			}
		} else if (
			lc === 't' &&
			lnext === 's' &&
			(word[i + 2] ?? '').toLowerCase() !== 'h' &&
			!NATIVE_S_SUFFIX.test(word.slice(i + 1))
		) {
			// ts → ц in loanwords (protsess, militsiya); not where s starts an Uzbek suffix (ketsa, bitsin, sutsiz)
			units.push(c + next);
			i += 2;
		} else if (APOSTROPHES.includes(c)) {
			units.push(TUTUQ);
			i += 1;
		} else {
			units.push(c);
			i += 1;
		}
	}
	return units;
}

function afterConsonant(prev: string | undefined): boolean {
	return prev !== undefined && !LATIN_VOWELS.has(prev) && prev !== TUTUQ && prev !== 'y';
}

function latinUnitToCyrillic(unit: string, prev: string | undefined, isFirst: boolean): string {
	const lower = unit.toLowerCase().replace(/[ʻ‘'`]/, OKINA);
	let out: string;
	switch (lower) {
		case 'sh':
			out = 'ш';
			break;
		case 'ch':
			out = 'ч';
			break;
		case 'oʻ':
			out = 'ў';
			break;
		case 'gʻ':
			out = 'ғ';
			break;
		case 'yo':
			out = 'ё';
			break;
		// ya/yu after a consonant are plain я/ю (apellyatsiya → апелляция, byudjet → бюджет);
		// the few with a soft sign (sudya → судья) are exceptions.
		case 'yu':
			out = 'ю';
			break;
		case 'ya':
			out = 'я';
			break;
		case 'ts':
			out = 'ц';
			break;
		case 'ye':
			out = afterConsonant(prev) ? 'ье' : 'е';
			break;
		case TUTUQ:
			out = 'ъ';
			break;
		case 'e':
			out = isFirst || (prev !== undefined && LATIN_VOWELS.has(prev)) ? 'э' : 'е';
			break;
		default:
			out = LATIN_SINGLE[lower] ?? unit;
	}
	return isUpper(unit[0]!) ? out.toUpperCase() : out;
}

function applyCase(source: string, target: string): string {
	if (source.length > 1 && isUpper(source)) return target.toUpperCase();
	if (isUpper(source[0]!)) return target[0]!.toUpperCase() + target.slice(1);
	return target;
}

function latinWordToCyrillic(word: string): string {
	// Acronyms and product names with inner capitals (JavaScript, PageFind) stay Latin.
	if (KEEP_LATIN.has(word) || /^[A-Z]?[a-z]+[A-Z]/.test(word)) return word;
	const lower = word.toLowerCase();
	for (const ex of LOANWORD_EXCEPTIONS) {
		if (lower === ex.latin) return applyCase(word, ex.bare ?? ex.cyrillic);
		if (lower.startsWith(ex.latin) && ex.latin.length >= 4) {
			return applyCase(word, ex.cyrillic + latinWordToCyrillic(word.slice(ex.latin.length)).toLowerCase());
		}
	}
	const units = latinUnits(word);
	const allCaps = word.length > 1 && isUpper(word.replace(/[ʻʼ‘’'`]/g, ''));
	let prev: string | undefined;
	let out = '';
	units.forEach((unit, i) => {
		const piece = latinUnitToCyrillic(unit, prev, i === 0);
		out += allCaps ? piece.toUpperCase() : piece;
		prev = unit.toLowerCase().replace(/[ʻ‘'`]/, OKINA);
	});
	return out;
}

/**
 * Latin → Cyrillic for running Uzbek text. Words are converted one by one; everything that is
 * not a Latin letter (digits, punctuation, Cyrillic already there) passes through unchanged.
 * @example latinToCyrillic('Oʻzbekiston Respublikasi') // 'Ўзбекистон Республикаси'
 */
export function latinToCyrillic(text: string): string {
	// Runs with digits are codes (E4J, BV8582, 2021), not words: they stay as they are.
	return text.replace(LATIN_WORD, (run) => (/[0-9]/.test(run) ? run : latinWordToCyrillic(run)));
}

const CYRILLIC_SINGLE: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	ж: 'j',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'x',
	ч: 'ch',
	ш: 'sh',
	щ: 'sh',
	ъ: TUTUQ,
	ы: 'i',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	ё: 'yo',
	ў: 'oʻ',
	қ: 'q',
	ғ: 'gʻ',
	ҳ: 'h',
};
const CYRILLIC_VOWELS = new Set('аеёиоуэюяў'.split(''));
const CYRILLIC_WORD = /[А-Яа-яЁёЎўҚқҒғҲҳ]+/g;

function cyrillicWordToLatin(word: string): string {
	const lower = word.toLowerCase();
	for (const ex of LOANWORD_EXCEPTIONS) {
		const bare = ex.bare ?? ex.cyrillic;
		if (lower === bare || lower === ex.cyrillic) return applyCase(word, ex.latin);
		if (lower.startsWith(ex.cyrillic) && ex.cyrillic.length >= 4) {
			return applyCase(word, ex.latin + cyrillicWordToLatin(word.slice(ex.cyrillic.length)).toLowerCase());
		}
	}
	const allCaps = word.length > 1 && isUpper(word);
	let out = '';
	for (let i = 0; i < word.length; i++) {
		const c = word[i]!;
		const lc = c.toLowerCase();
		const prev = i > 0 ? word[i - 1]!.toLowerCase() : undefined;
		let piece: string;
		if (lc === 'е') {
			piece = prev === undefined || CYRILLIC_VOWELS.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
			if (prev === 'ъ') out = out.slice(0, -TUTUQ.length); // объект → obyekt
		} else if (lc === 'ь' && (word[i + 1] ?? '').toLowerCase() === 'о') {
			piece = 'y'; // батальон → batalyon
		} else if (lc === 'ц') {
			piece = prev !== undefined && CYRILLIC_VOWELS.has(prev) ? 'ts' : 's';
		} else if (lc === 'ҳ' && prev === 'с') {
			piece = TUTUQ + 'h'; // сҳ → sʼh, so it is not read as sh
		} else {
			piece = CYRILLIC_SINGLE[lc] ?? c;
		}
		if (isUpper(c) && piece) {
			piece = allCaps ? piece.toUpperCase() : piece[0]!.toUpperCase() + piece.slice(1);
		}
		out += piece;
	}
	return out;
}

/**
 * Cyrillic → Latin for running Uzbek text, producing the canonical ʻ (U+02BB) in oʻ and gʻ
 * and ʼ (U+02BC) for the tutuq belgisi.
 * @example cyrillicToLatin('Ўзбекистон') // 'Oʻzbekiston'
 */
export function cyrillicToLatin(text: string): string {
	return text.replace(CYRILLIC_WORD, cyrillicWordToLatin);
}

/** True when the text contains Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
	return /[А-Яа-яЁёЎўҚқҒғҲҳ]/.test(text);
}
