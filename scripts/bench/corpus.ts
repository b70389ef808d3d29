/**
 * A deterministic synthetic corpus of module-like pages (about 2,000 words each, headings with
 * ids, tables, lists, internal links) in English, Russian and Uzbek, for the build benchmark.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const words: Record<'en' | 'ru' | 'uz', string[]> = {
	en: 'trafficking persons victim evidence court prosecutor investigator testimony consent exploitation recruitment transport harbouring coercion deception vulnerability protocol convention article witness judge defence sentence conviction appeal labour servitude debt control document identity referral protection assistance cooperation region training practitioner case record statement corroboration interview shelter support migration border smuggling network finance payment'.split(
		' ',
	),
	ru: 'торговля людьми потерпевший доказательства суд прокурор следователь показания согласие эксплуатация вербовка перевозка укрывательство принуждение обман уязвимость протокол конвенция статья свидетель судья защита приговор обвинение апелляция труд подневольное долг контроль документ личность перенаправление защита помощь сотрудничество регион обучение практик дело протокол заявление подтверждение допрос приют поддержка миграция граница ввоз сеть финансы платёж'.split(
		' ',
	),
	uz: 'odam savdosi jabrlanuvchi dalillar sud prokuror tergovchi koʻrsatuvlar rozilik ekspluatatsiya yollash tashish yashirish majburlash aldash zaiflik bayonnoma konvensiya modda guvoh sudya himoya hukm ayblov shikoyat mehnat qaramlik qarz nazorat hujjat shaxs yoʻnaltirish himoya yordam hamkorlik viloyat oʻqitish amaliyotchi ish bayonot tasdiqlash soʻroq boshpana qoʻllab-quvvatlash migratsiya chegara tarmoq moliya toʻlov'.split(
		' ',
	),
};

function sentence(rand: () => number, lang: 'en' | 'ru' | 'uz'): string {
	const n = 8 + Math.floor(rand() * 14);
	const w = Array.from({ length: n }, () => words[lang][Math.floor(rand() * words[lang].length)]!);
	w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
	return `${w.join(' ')}.`;
}

/** One synthetic page as MDX for the `reports` collection (which any number of pages may join). */
export function syntheticPage(index: number, lang: 'en' | 'ru' | 'uz', seed = 1): string {
	const rand = seededRandom(seed * 100_003 + index); // same structure in every language for one index
	const body: string[] = [];
	const sections = 6;
	for (let s = 1; s <= sections; s++) {
		body.push(`## ${sentence(rand, lang).slice(0, 40).replace(/\.$/, '')} {#section-${s}}`, '');
		for (let sub = 1; sub <= 2; sub++) {
			body.push(`### ${sentence(rand, lang).slice(0, 30).replace(/\.$/, '')} {#section-${s}-${sub}}`, '');
			for (let p = 0; p < 2; p++) body.push(Array.from({ length: 5 }, () => sentence(rand, lang)).join(' '), '');
		}
		body.push(...Array.from({ length: 4 }, () => `- ${sentence(rand, lang)}`), '');
		if (s % 2 === 0)
			body.push(
				'| A | B | C |',
				'| --- | --- | --- |',
				...Array.from(
					{ length: 4 },
					() => `| ${sentence(rand, lang)} | ${Math.floor(rand() * 1000)} | ${sentence(rand, lang)} |`,
				),
				'',
			);
		body.push(
			`See [section ${s}](/reports/bench-${index}/#section-${s}) and [module 6](/modules/module-6/#consent).`,
			'',
		);
	}
	return `---\ntitle: "Benchmark page ${index} (${lang})"\nsummary: "${sentence(rand, lang).replace(/"/g, '')}"\norder: ${1000 + index}\n---\n\n${body.join('\n')}`;
}
