/**
 * Uzbek transliteration between the Latin alphabet (1995, as amended) and Cyrillic.
 * Pure and dependency-free: used by the build (deriving `uz-cyrl` from `uz`) and by search
 * (a query typed in one script finds text in the other).
 *
 * Sources of the rules, cited in the comments below by their short names:
 * - [1995]: "Oʻzbek tilining asosiy imlo qoidalari", Cabinet of Ministers resolution No. 339 of
 *   24 August 1995, with its appendix on how ё ю я ц ь ъ of Cyrillic are written in Latin.
 * - [1956]: "Oʻzbek orfografiyasining asosiy qoidalari" (approved 4 April 1956), the rules of
 *   Uzbek Cyrillic: э at the start of a word and after a vowel, е elsewhere; Russian loanwords
 *   keep the Russian spelling (ц, ь, ъ, э, й before a vowel).
 * - [dict]: the spelling dictionaries ("Oʻzbek tilining imlo lugʻati"), for loanwords whose
 *   spelling no rule gives.
 * - [ь-suffix]: a word-final ь is not written when a suffix follows (апрелдан, гантелда, as the
 *   Uzbek encyclopedia states it for the letter Ь); a ь inside the stem stays (фильмлар,
 *   факультатив). Cyrillic output here follows that: календарь, but календарни, фильмлари.
 */

/** The canonical modifier letters. */
const OKINA = 'ʻ'; // U+02BB, in oʻ gʻ
const TUTUQ = 'ʼ'; // U+02BC, the tutuq belgisi (ъ)

export interface LoanwordException {
	/** The stem as written in Latin (lower case, canonical ʻ and ʼ). */
	latin: string;
	/** The stem in Cyrillic, as written before a suffix. */
	cyrillic: string;
	/** The spelling when the word is the stem alone (a final soft sign is written only then). */
	bare?: string;
	/**
	 * What may follow the stem: 'suffix' (default) Uzbek noun suffixes only (lar, ning, ni, ga,
	 * da, dan, i, si, li, lik…), so a short stem does not swallow an unrelated word (mer ≠ meros);
	 * 'any' any letters (derivatives such as sentralizatsiya of sentr); 'none' the bare word only.
	 */
	tail?: 'suffix' | 'any' | 'none';
	/** A second Latin spelling of the same word: used Latin → Cyrillic only. */
	variant?: true;
	why: string;
}

/**
 * Words that Uzbek Cyrillic spells the Russian way where no rule below gives the spelling:
 * each is lexical [dict]. Entries also cover inflected forms (see `tail`).
 */
export const LOANWORD_EXCEPTIONS: readonly LoanwordException[] = [
	// Months [1995 §: sentabr, oktabr; 1956: Russian spelling with ь] [ь-suffix]
	{ latin: 'yanvar', cyrillic: 'январ', bare: 'январь', why: 'month: soft sign' },
	{ latin: 'fevral', cyrillic: 'феврал', bare: 'февраль', why: 'month: soft sign' },
	{ latin: 'aprel', cyrillic: 'апрел', bare: 'апрель', why: 'month: soft sign' },
	{ latin: 'iyun', cyrillic: 'июн', bare: 'июнь', why: 'month: soft sign' },
	{ latin: 'iyul', cyrillic: 'июл', bare: 'июль', why: 'month: soft sign' },
	{ latin: 'sentabr', cyrillic: 'сентябр', bare: 'сентябрь', why: 'month: я after т [1995], soft sign' },
	{ latin: 'sentyabr', cyrillic: 'сентябр', bare: 'сентябрь', variant: true, why: 'month: Russian-style Latin' },
	{ latin: 'oktabr', cyrillic: 'октябр', bare: 'октябрь', why: 'month: я after т [1995], soft sign' },
	{ latin: 'oktyabr', cyrillic: 'октябр', bare: 'октябрь', variant: true, why: 'month: Russian-style Latin' },
	{ latin: 'noyabr', cyrillic: 'ноябр', bare: 'ноябрь', why: 'month: soft sign' },
	{ latin: 'dekabr', cyrillic: 'декабр', bare: 'декабрь', why: 'month: soft sign' },
	// ц written s where no rule shows it [1995: ц is s at the start of a word and after a consonant]
	{ latin: 'prinsip', cyrillic: 'принцип', tail: 'any', why: 'ц after n, not before -iya' },
	{ latin: 'konsep', cyrillic: 'концеп', tail: 'any', why: 'ц after n: концепт, концепция' },
	{ latin: 'konsern', cyrillic: 'концерн', why: 'ц after n' },
	{ latin: 'konsentr', cyrillic: 'концентр', tail: 'any', why: 'ц after n: концентрация' },
	{ latin: 'konsert', cyrillic: 'концерт', why: 'ц after n' },
	{ latin: 'kansler', cyrillic: 'канцлер', why: 'ц after n' },
	{ latin: 'vaksina', cyrillic: 'вакцина', tail: 'any', why: 'ц after k, not before -iya: вакцинация' },
	{ latin: 'aksiz', cyrillic: 'акциз', why: 'ц after k, not before -iya' },
	{ latin: 'shveysariya', cyrillic: 'швейцария', why: 'ц after й' },
	{ latin: 'senzura', cyrillic: 'цензура', why: 'initial ц' },
	{ latin: 'sirk', cyrillic: 'цирк', why: 'initial ц' },
	{ latin: 'sement', cyrillic: 'цемент', tail: 'any', why: 'initial ц' },
	{ latin: 'sex', cyrillic: 'цех', why: 'initial ц' },
	{ latin: 'sentr', cyrillic: 'центр', tail: 'any', why: 'initial ц: центр, централизация' },
	{ latin: 'sivilizatsiya', cyrillic: 'цивилизация', why: 'initial ц' },
	{ latin: 'sitata', cyrillic: 'цитата', why: 'initial ц' },
	{ latin: 'sikl', cyrillic: 'цикл', why: 'initial ц' },
	{ latin: 'silindr', cyrillic: 'цилиндр', why: 'initial ц' },
	{ latin: 'sisterna', cyrillic: 'цистерна', why: 'initial ц' },
	// -nsiya/-ksiya/-psiya words that keep с (the rule would give ц)
	{ latin: 'pensi', cyrillic: 'пенси', tail: 'any', why: 'с kept: пенсия, пенсионер' },
	{ latin: 'epilepsiya', cyrillic: 'эпилепсия', why: 'с kept after p' },
	{ latin: 'biopsiya', cyrillic: 'биопсия', why: 'с kept after p' },
	{ latin: 'asfiksiya', cyrillic: 'асфиксия', why: 'с kept after k' },
	{ latin: 'anoreksiya', cyrillic: 'анорексия', why: 'с kept after k' },
	// -rsiya words with ц (the default there is с, as in versiya, ekskursiya)
	{ latin: 'porsiya', cyrillic: 'порция', why: 'ц after r' },
	{ latin: 'inersiya', cyrillic: 'инерция', why: 'ц after r' },
	// ь and ъ before a vowel where the rules give я ю ё
	{ latin: 'kompyuter', cyrillic: 'компьютер', tail: 'any', why: 'ью after a consonant' },
	{ latin: 'intervyu', cyrillic: 'интервью', why: 'ью after a consonant' },
	{ latin: 'sudya', cyrillic: 'судья', why: 'ья after a consonant' },
	// Soft sign at the end of the stem [1956], dropped before a suffix [ь-suffix]
	{ latin: 'kontrol', cyrillic: 'контрол', bare: 'контроль', why: 'soft sign at the end' },
	{ latin: 'rol', cyrillic: 'рол', bare: 'роль', tail: 'none', why: 'soft sign at the end' },
	{ latin: 'model', cyrillic: 'модел', bare: 'модель', tail: 'any', why: 'soft sign at the end' },
	{ latin: 'avtomobil', cyrillic: 'автомобил', bare: 'автомобиль', why: 'soft sign at the end' },
	{ latin: 'portfel', cyrillic: 'портфел', bare: 'портфель', why: 'soft sign at the end' },
	{ latin: 'medal', cyrillic: 'медал', bare: 'медаль', why: 'soft sign at the end' },
	{ latin: 'duel', cyrillic: 'дуэл', bare: 'дуэль', why: 'э after a vowel, soft sign at the end' },
	{ latin: 'kalendar', cyrillic: 'календар', bare: 'календарь', why: 'soft sign at the end' },
	{ latin: 'profil', cyrillic: 'профил', bare: 'профиль', why: 'soft sign at the end' },
	{ latin: 'panel', cyrillic: 'панел', bare: 'панель', why: 'soft sign at the end' },
	{ latin: 'parallel', cyrillic: 'параллел', bare: 'параллель', why: 'soft sign at the end' },
	{ latin: 'spektakl', cyrillic: 'спектакл', bare: 'спектакль', why: 'soft sign at the end' },
	{ latin: 'alkogol', cyrillic: 'алкогол', bare: 'алкоголь', tail: 'any', why: 'soft sign at the end' },
	{ latin: 'shampun', cyrillic: 'шампун', bare: 'шампунь', why: 'soft sign at the end' },
	// Soft sign inside the stem: kept before suffixes [ь-suffix]
	{ latin: 'film', cyrillic: 'фильм', tail: 'any', why: 'soft sign inside the stem: фильмлар, фильмография' },
	{ latin: 'multfilm', cyrillic: 'мультфильм', why: 'soft sign inside the stem' },
	{ latin: 'fakult', cyrillic: 'факульт', tail: 'any', why: 'soft sign inside the stem: факультет, факультатив' },
	{ latin: 'polsha', cyrillic: 'польша', why: 'soft sign inside the stem' },
	{ latin: 'belarus', cyrillic: 'беларус', bare: 'беларусь', why: 'soft sign at the end' },
	{ latin: 'palto', cyrillic: 'пальто', why: 'soft sign inside the stem' },
	{ latin: 'folklor', cyrillic: 'фольклор', tail: 'any', why: 'soft sign inside the stem' },
	// э after a consonant [1956: Russian spelling kept]
	{ latin: 'mer', cyrillic: 'мэр', why: 'э after a consonant' },
	{ latin: 'meriya', cyrillic: 'мэрия', why: 'э after a consonant' },
	{ latin: 'reket', cyrillic: 'рэкет', tail: 'any', why: 'э after a consonant: рэкет, рэкетир' },
	// й before a vowel, where the rules give ё or е [1995 appendix: й+о is yo]
	{ latin: 'mayor', cyrillic: 'майор', tail: 'any', why: 'й before о: the rank' },
	{ latin: 'rayon', cyrillic: 'район', tail: 'any', why: 'й before о' },
	{ latin: 'yoga', cyrillic: 'йога', why: 'й before о' },
	{ latin: 'yogurt', cyrillic: 'йогурт', why: 'й before о' },
	{ latin: 'konveyer', cyrillic: 'конвейер', tail: 'any', why: 'й before е' },
	// щ, which Latin writes sh [1995 appendix]
	{ latin: 'praporshik', cyrillic: 'прапорщик', why: 'щ written sh' },
];

/** Uzbek noun suffixes that may follow an exception stem (tail: 'suffix'). */
const SUFFIX_CHAIN =
	/^(?:lar|ning|ni|ga|ka|qa|da|ta|dan|tan|dagi|gi|dek|day|dir|gacha|cha|chi|lik|lig|li|siz|mi|ku|u|yu|viy|iy|im|ing|imiz|ingiz|miz|ngiz|m|ng|i|si)*$/;

interface Stem {
	ex: LoanwordException;
	key: string;
}
/** Exception stems by their Latin and Cyrillic spellings, built once. */
const LATIN_STEMS = new Map<string, LoanwordException>();
const CYRILLIC_STEMS = new Map<string, LoanwordException>();
let latinMin = Infinity;
let latinMax = 0;
let cyrMin = Infinity;
let cyrMax = 0;
for (const ex of LOANWORD_EXCEPTIONS) {
	LATIN_STEMS.set(ex.latin, ex);
	latinMin = Math.min(latinMin, ex.latin.length);
	latinMax = Math.max(latinMax, ex.latin.length);
	if (ex.variant) continue;
	for (const key of ex.bare && ex.bare !== ex.cyrillic ? [ex.cyrillic, ex.bare] : [ex.cyrillic]) {
		if (!CYRILLIC_STEMS.has(key)) CYRILLIC_STEMS.set(key, ex);
		cyrMin = Math.min(cyrMin, key.length);
		cyrMax = Math.max(cyrMax, key.length);
	}
}

/** The longest exception stem that begins `lower` and whose tail the entry allows. */
function findStem(
	lower: string,
	stems: Map<string, LoanwordException>,
	min: number,
	max: number,
	latinTail: (rest: string) => string,
): Stem | undefined {
	for (let len = Math.min(max, lower.length); len >= min; len--) {
		const key = lower.slice(0, len);
		const ex = stems.get(key);
		if (!ex) continue;
		if (len === lower.length) return { ex, key };
		const tail = ex.tail ?? 'suffix';
		if (tail === 'any' || (tail === 'suffix' && SUFFIX_CHAIN.test(latinTail(lower.slice(len))))) return { ex, key };
	}
	return undefined;
}

/** The exception entry that a Latin word falls under, if any (for tests and tooling). */
export function loanwordExceptionFor(word: string): LoanwordException | undefined {
	return findStem(canonicalLower(word), LATIN_STEMS, latinMin, latinMax, (rest) => rest)?.ex;
}

const LATIN_SINGLE: Record<string, string> = {
	a: 'а',
	b: 'б',
	d: 'д',
	e: 'е',
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
	sh: 'ш',
	ch: 'ч',
	oʻ: 'ў',
	gʻ: 'ғ',
	yo: 'ё',
	// ya/yu after a consonant are plain я/ю (apellyatsiya → апелляция, byudjet → бюджет) [1995
	// appendix]; the few with a soft sign (sudya → судья) are exceptions.
	yu: 'ю',
	ya: 'я',
	ts: 'ц',
	[TUTUQ]: 'ъ',
};
/** Units after which a Latin e or ye is a syllable of its own (э, е), not a softened consonant. */
const LATIN_VOWEL_UNITS = new Set(['a', 'e', 'i', 'o', 'u', 'oʻ', 'yo', 'ya', 'yu', 'ye']);
/** Letters that stand for ʻ in oʻ gʻ: all forms seen in real text. */
const TURNED_COMMAS = new Set(['ʻ', '‘', "'", '`']);
/** Any apostrophe-like character a Latin word may contain. */
const APOSTROPHES = new Set(['ʻ', 'ʼ', '‘', '’', "'", '`']);

/** Uzbek suffixes that begin with s (conditional -sa, imperative -sin, privative -siz): t+s there is not ц. */
const NATIVE_S_SUFFIX = /^s(a|am|ak|ang|angiz|alar|a[ a-z]*|in|inlar|iz|izlar|izlik|izlig[a-z]*|iz[dl][a-z]*)$/;

/**
 * ц written s after n, k or p in Russian loans ending -ция/-цион/-циал (konferensiya,
 * funksiya, korrupsiya, aksioner, potensial) [1995: ц after a consonant is s; the
 * dictionaries spell every such word with ц in Cyrillic]. The few with с are exceptions.
 */
const SIYA_AFTER = new Set(['n', 'k', 'p']);
const SIYA_TAIL = /^i(?:ya|on|al)/;

/** Russian prefixes after which ye/yu/yo is ъе/ъю/ъё (obyekt, subyekt, podyezd, adyutant, inyeksiya). */
const HARD_SIGN_PREFIX = /^(?:ob|sub|pod|raz|ad|in|kon)(?=y[eou])/;

/** -yon after a, i or u + l: Russian -льон (batalyon, medalyon, pavilyon, bulyon, pochtalyon). */
const LYON = /[aiu]lyon/;

/** Word-final patterns of Russian loans that end in ь [1956]: -бль (ansambl, rubl), -тель (dvigatel). */
const FINAL_SOFT = /^[a-z]{2,}bl$|^[a-z]{4,}tel$/;

/** A Latin word: letters, with apostrophes inside it or after o/g (as in togʻ). */
const LATIN_WORD = /[A-Za-z0-9](?:[A-Za-z0-9]|[ʻʼ‘’'`](?=[A-Za-z])|(?<=[OoGg])[ʻ‘'`])*/g;
const HAS_DIGIT = /[0-9]/;
/** Product names with inner capitals (JavaScript, PageFind) stay Latin. */
const INNER_CAPITAL = /^[A-Z]?[a-z]+[A-Z]/;

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

function isUpperChar(c: string): boolean {
	return c !== c.toLowerCase();
}

function applyCase(source: string, target: string): string {
	if (source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase()) {
		return target.toUpperCase();
	}
	if (isUpperChar(source[0]!)) return target[0]!.toUpperCase() + target.slice(1);
	return target;
}

/**
 * The canonical lower-case Latin of a word: ʻ after o/g, ʼ elsewhere; s'h keeps its separator
 * so that it is not read as sh. Same length as the word, so offsets carry over.
 */
function canonicalLower(word: string): string {
	let out = '';
	const lower = word.toLowerCase();
	for (let i = 0; i < lower.length; i++) {
		const c = lower[i]!;
		if (APOSTROPHES.has(c)) {
			const prev = lower[i - 1];
			out += (prev === 'o' || prev === 'g') && TURNED_COMMAS.has(c) ? OKINA : TUTUQ;
		} else out += c;
	}
	return out;
}

/**
 * Latin → Cyrillic for one word, lower case, as [start, end, cyrillic] pieces so that the
 * caller can restore capitals and splice an exception stem in.
 */
function latinPieces(w: string): [number, number, string][] {
	const pieces: [number, number, string][] = [];
	let prev: string | undefined;
	let i = 0;
	const hardSign = HARD_SIGN_PREFIX.exec(w);
	while (i < w.length) {
		const c = w[i]!;
		const next = w[i + 1] ?? '';
		let unit: string;
		let out: string | undefined;
		if ((c === 'o' || c === 'g') && next === OKINA) {
			unit = c + OKINA;
		} else if (c === 's' && next === TUTUQ && w[i + 2] === 'h') {
			// sʼh: the separator keeps s and h apart (Isʼhoq → Исҳоқ) [1995]
			pieces.push([i, i + 1, 'с']);
			pieces.push([i + 1, i + 2, '']);
			prev = 's';
			i += 2;
			continue;
		} else if ((c === 's' || c === 'c') && next === 'h') {
			unit = c + 'h';
		} else if (c === 'y' && (next === 'e' || next === 'o' || next === 'u' || next === 'a')) {
			if (next === 'o' && w[i + 2] === OKINA) {
				unit = 'y'; // yoʻ is й + ў, not ё + ʻ
			} else {
				unit = c + next;
				if (hardSign && i === hardSign[0].length) {
					out = 'ъ' + (unit === 'ye' ? 'е' : LATIN_SINGLE[unit]!); // объект, адъютант [1995 appendix]
				} else if (unit === 'ye') {
					// ye is е at the start and after a vowel; after a consonant it is ье (pyesa) [1995 appendix]
					out = prev === undefined || LATIN_VOWEL_UNITS.has(prev) || prev === TUTUQ || prev === 'y' ? 'е' : 'ье';
				} else if (unit === 'yo' && prev === 'l' && i >= 2 && LYON.test(w.slice(i - 2, i + 3))) {
					out = 'ьо'; // батальон, медальон
				}
			}
		} else if (c === 't' && next === 's' && w[i + 2] !== 'h' && !NATIVE_S_SUFFIX.test(w.slice(i + 1))) {
			// ts → ц in loanwords (protsess, militsiya); not where s starts an Uzbek suffix (ketsa,
			// bitsin, sutsiz) [1995: ц after a vowel is ts]
			unit = 'ts';
		} else if (c === 's' && prev !== undefined && SIYA_AFTER.has(prev) && SIYA_TAIL.test(w.slice(i + 1))) {
			unit = 's';
			out = 'ц';
		} else if (c === 'e') {
			unit = 'e';
			// э at the start of a word and after a vowel, е after a consonant [1956, 1995]
			out = prev === undefined || LATIN_VOWEL_UNITS.has(prev) ? 'э' : 'е';
		} else {
			unit = c;
		}
		pieces.push([i, i + unit.length, out ?? LATIN_SINGLE[unit] ?? unit]);
		prev = unit;
		i += unit.length;
	}
	return pieces;
}

/** Cyrillic for a lower-case Latin word from its pieces, with the capitals of `word`. */
function joinPieces(word: string, pieces: [number, number, string][], from: number, allCaps: boolean): string {
	let out = '';
	for (const [start, , cyr] of pieces) {
		if (start < from) continue;
		out += allCaps || isUpperChar(word[start]!) ? cyr.toUpperCase() : cyr;
	}
	return out;
}

const latinCache = new Map<string, string>();
const cyrillicCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function latinWordToCyrillic(word: string): string {
	if (KEEP_LATIN.has(word) || INNER_CAPITAL.test(word)) return word;
	const cached = latinCache.get(word);
	if (cached !== undefined) return cached;
	const w = canonicalLower(word);
	const letters = word.replace(/[ʻʼ‘’'`]/g, '');
	const allCaps = letters.length > 1 && letters === letters.toUpperCase();
	const pieces = latinPieces(w);
	let out: string;
	const stem = findStem(w, LATIN_STEMS, latinMin, latinMax, (rest) => rest);
	if (stem) {
		const { ex, key } = stem;
		const head = applyCase(word.slice(0, key.length), key.length === w.length ? (ex.bare ?? ex.cyrillic) : ex.cyrillic);
		const aligned = pieces.some(([start]) => start === key.length);
		const tail = aligned ? joinPieces(word, pieces, key.length, allCaps) : latinWordToCyrillic(word.slice(key.length));
		out = head + tail;
	} else {
		out = joinPieces(word, pieces, 0, allCaps);
		if (FINAL_SOFT.test(w)) out += allCaps ? 'Ь' : 'ь';
	}
	if (latinCache.size >= CACHE_LIMIT) latinCache.clear();
	latinCache.set(word, out);
	return out;
}

/**
 * Latin → Cyrillic for running Uzbek text. Words are converted one by one; everything that is
 * not a Latin letter (digits, punctuation, Cyrillic already there) passes through unchanged.
 * @example latinToCyrillic('Oʻzbekiston Respublikasi') // 'Ўзбекистон Республикаси'
 */
export function latinToCyrillic(text: string): string {
	// Runs with digits are codes (E4J, BV8582, 2021), not words: they stay as they are.
	return text.replace(LATIN_WORD, (run) => (HAS_DIGIT.test(run) ? run : latinWordToCyrillic(run)));
}

const CYRILLIC_SINGLE: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
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
	ц: 's',
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
/** ъ before е, ю is the Russian separating sign, dropped in Latin (объект → obyekt, адъютант → adyutant) [1995 appendix]; elsewhere it is the tutuq (меъёр → meʼyor). */
const IOTATED = new Set(['е', 'ю']);
const CYRILLIC_WORD = /[А-Яа-яЁёЎўҚқҒғҲҳ]+/g;

/** Cyrillic → Latin for one lower-case word, letter by letter. */
function cyrillicLetters(w: string, word: string, from: number, allCaps: boolean): string {
	let out = '';
	for (let i = from; i < w.length; i++) {
		const lc = w[i]!;
		const prev = i > 0 ? w[i - 1] : undefined;
		let piece: string;
		if (lc === 'е') {
			piece = prev === undefined || CYRILLIC_VOWELS.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
		} else if (lc === 'ъ' && IOTATED.has(w[i + 1] ?? '')) {
			piece = '';
		} else if (lc === 'ь' && w[i + 1] === 'о') {
			piece = 'y'; // батальон → batalyon [1995 appendix]
		} else if (lc === 'ц') {
			// ц is ts after a vowel, s elsewhere [1995]
			piece = prev !== undefined && CYRILLIC_VOWELS.has(prev) ? 'ts' : 's';
		} else if (lc === 'ҳ' && prev === 'с') {
			piece = TUTUQ + 'h'; // сҳ → sʼh, so it is not read as sh
		} else {
			piece = CYRILLIC_SINGLE[lc] ?? word[i]!;
		}
		if (piece && isUpperChar(word[i]!)) {
			piece = allCaps ? piece.toUpperCase() : piece[0]!.toUpperCase() + piece.slice(1);
		}
		out += piece;
	}
	return out;
}

function cyrillicWordToLatin(word: string): string {
	const cached = cyrillicCache.get(word);
	if (cached !== undefined) return cached;
	const w = word.toLowerCase();
	const allCaps = word.length > 1 && word === word.toUpperCase();
	let out: string;
	const stem = findStem(w, CYRILLIC_STEMS, cyrMin, cyrMax, (rest) => cyrillicLetters(rest, rest, 0, false));
	if (stem) {
		out = applyCase(word.slice(0, stem.key.length), stem.ex.latin) + cyrillicLetters(w, word, stem.key.length, allCaps);
	} else {
		out = cyrillicLetters(w, word, 0, allCaps);
	}
	if (cyrillicCache.size >= CACHE_LIMIT) cyrillicCache.clear();
	cyrillicCache.set(word, out);
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
