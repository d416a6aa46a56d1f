/**
 * Spanish stemmer: the Snowball Spanish algorithm, applied to accent-folded
 * words (customers rarely type accents, so the index and the query are folded
 * before stemming and the suffix lists below are folded too).
 *
 * Written here rather than imported: the only npm port (snowball-stemmers)
 * ships every language in one 60 KB gzip file.
 */

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** Start of the region after the first non-vowel following a vowel, from `from`. */
function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) {
    if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  }
  return w.length;
}

function rvStart(w: string): number {
  if (w.length < 2) return w.length;
  if (!isVowel(w[1])) {
    for (let i = 2; i < w.length; i++) if (isVowel(w[i])) return i + 1;
    return w.length;
  }
  if (isVowel(w[0]) && isVowel(w[1])) {
    for (let i = 2; i < w.length; i++) if (!isVowel(w[i])) return i + 1;
    return w.length;
  }
  return 3;
}

type Suffixes = Map<string, string[]>;

/**
 * The longest suffix of `w` in `list` (grouped by last letter, longest first)
 * that starts at or after `from` (Snowball's verb steps search only inside RV:
 * "enviamos" ends in "iamos", but only "amos" lies in RV).
 */
function longest(w: string, list: Suffixes, from = 0): string | undefined {
  for (const s of list.get(w[w.length - 1] ?? '') ?? []) if (w.endsWith(s) && w.length - s.length >= from) return s;
  return undefined;
}

const byLength = (s: string): Suffixes => {
  const map: Suffixes = new Map();
  for (const x of s.split(' ').sort((a, b) => b.length - a.length)) {
    const last = x[x.length - 1]!;
    map.set(last, [...(map.get(last) ?? []), x]);
  }
  return map;
};
const has = (list: Suffixes, s: string): boolean => list.get(s[s.length - 1]!)?.includes(s) ?? false;

const PRONOUNS = byLength('selas selos sela selo las les los nos me se la le lo');
const PRONOUN_BASES = byLength('iendo ando ar er ir yendo');
const S1_DELETE = byLength('anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos');
const S1_ADOR = byLength('adora ador acion adoras adores aciones ante antes ancia ancias');
const S1_ALL = byLength(
  'anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos ' +
    'adora ador acion adoras adores aciones ante antes ancia ancias logia logias ucion uciones encia encias amente mente idad idades iva ivo ivas ivos',
);
const S2A = byLength('ya ye yan yen yeron yendo yo yas yes yais yamos');
const S2B_GU = byLength('en es eis emos');
const S2B = byLength(
  'arian arias aran aras ariais aria areis ariamos aremos ara are erian erias eran eras eriais eria ereis eriamos eremos era ere ' +
    'irian irias iran iras iriais iria ireis iriamos iremos ira ire aba ada ida ia ara iera ad ed id ase iese aste iste an aban ian ' +
    'aran ieran asen iesen aron ieron ado ido ando iendo io ar er ir as abas adas idas ias aras ieras ases ieses is ais abais iais ' +
    'arais ierais aseis ieseis asteis isteis ados idos amos abamos iamos imos aramos ieramos iesemos asemos',
);
const S3 = byLength('os a o i');

/**
 * Words Snowball over-stems into an unrelated word's stem, each given its
 * own. Only pairs that customers' questions confuse, checked on the
 * development FAQs: "casa" (home) / "caso" (case) / "casi" (almost) all
 * became "cas"; "recibos" (bills) became "recib", the stem of "recibir" (to
 * receive, which the lexicon joins to "llegar": "me llegó un SMS" found the
 * bill entries); "importe" (amount) became "import", the stem of "importar"
 * and "importación" (customs). The singular "recibo" is also "I receive"
 * ("¿cuándo recibo el reembolso?"): it is the bill only after a determiner
 * (`stemAfterEs`). Kept small on purpose.
 */
const OWN_STEM: Record<string, string> = {
  casa: 'casa', casas: 'casa', caso: 'caso', casos: 'caso', casi: 'casi',
  recibos: 'recibo',
  importe: 'importe', importes: 'importe',
};

/** Nouns that are also a verb form, read as the noun after a masculine singular determiner. */
const NOUN_AFTER_DETERMINER: Record<string, string> = { recibo: 'recibo' };
const DETERMINERS = new Set('el un mi tu su del al este ese aquel cada otro nuestro vuestro ningun algun ultimo primer nuevo'.split(' '));

/** The stem of folded `word` after folded `previous` when the context decides it; else undefined. */
export function stemAfterEs(previous: string | undefined, word: string): string | undefined {
  return previous !== undefined && DETERMINERS.has(previous) && Object.hasOwn(NOUN_AFTER_DETERMINER, word) ? NOUN_AFTER_DETERMINER[word] : undefined;
}

export function stemEs(word: string): string {
  const own = OWN_STEM[word];
  if (own !== undefined && Object.hasOwn(OWN_STEM, word)) return own;
  let w = word;
  if (w.length < 3) return w;
  const r1 = regionAfter(w, 0);
  const r2 = regionAfter(w, r1);
  const rv = rvStart(w);
  const inR = (suffix: string, start: number): boolean => w.length - suffix.length >= start;

  // Step 0: attached pronouns (dándoselo, comprarlo).
  const pro = longest(w, PRONOUNS);
  if (pro && inR(pro, rv)) {
    const base = w.slice(0, -pro.length);
    const b = longest(base, PRONOUN_BASES);
    if (b && (b !== 'yendo' || base.endsWith('uyendo'))) w = base;
  }

  // Step 1: standard suffixes.
  let removed = false;
  const s1 = longest(w, S1_ALL);
  if (s1) {
    const stem = w.slice(0, -s1.length);
    if (has(S1_DELETE, s1)) {
      if (inR(s1, r2)) { w = stem; removed = true; }
    } else if (has(S1_ADOR, s1)) {
      if (inR(s1, r2)) {
        w = stem.endsWith('ic') && stem.length - 2 >= r2 ? stem.slice(0, -2) : stem;
        removed = true;
      }
    } else if (s1 === 'logia' || s1 === 'logias') {
      if (inR(s1, r2)) { w = stem + 'log'; removed = true; }
    } else if (s1 === 'ucion' || s1 === 'uciones') {
      if (inR(s1, r2)) { w = stem + 'u'; removed = true; }
    } else if (s1 === 'encia' || s1 === 'encias') {
      if (inR(s1, r2)) { w = stem + 'ente'; removed = true; }
    } else if (s1 === 'amente') {
      if (inR(s1, r1)) {
        w = stem; removed = true;
        if (w.endsWith('iv') && w.length - 2 >= r2) {
          w = w.slice(0, -2);
          if (w.endsWith('at') && w.length - 2 >= r2) w = w.slice(0, -2);
        } else {
          for (const p of ['os', 'ic', 'ad']) if (w.endsWith(p) && w.length - 2 >= r2) { w = w.slice(0, -2); break; }
        }
      }
    } else if (s1 === 'mente') {
      if (inR(s1, r2)) {
        w = stem; removed = true;
        for (const p of ['ante', 'able', 'ible']) if (w.endsWith(p) && w.length - p.length >= r2) { w = w.slice(0, -p.length); break; }
      }
    } else if (s1 === 'idad' || s1 === 'idades') {
      if (inR(s1, r2)) {
        w = stem; removed = true;
        for (const p of ['abil', 'ic', 'iv']) if (w.endsWith(p) && w.length - p.length >= r2) { w = w.slice(0, -p.length); break; }
      }
    } else if (inR(s1, r2)) {
      // iva ivo ivas ivos
      w = stem; removed = true;
      if (w.endsWith('at') && w.length - 2 >= r2) w = w.slice(0, -2);
    }
  }

  // Step 2: verb suffixes.
  if (!removed) {
    const y = longest(w, S2A, rv);
    if (y && w.slice(0, -y.length).endsWith('u')) {
      w = w.slice(0, -y.length);
    } else {
      const b = longest(w, S2B, rv);
      const gu = longest(w, S2B_GU, rv);
      // Prefer the longest of both lists.
      const pick = [b, gu].filter((s): s is string => !!s).sort((p, q) => q.length - p.length)[0];
      if (pick) {
        w = w.slice(0, -pick.length);
        if (has(S2B_GU, pick) && !has(S2B, pick) && w.endsWith('gu')) w = w.slice(0, -1);
      }
    }
  }

  // Step 3: residual suffix.
  const r = longest(w, S3);
  if (r && inR(r, rv)) {
    w = w.slice(0, -r.length);
  } else if (w.endsWith('e') && inR('e', rv)) {
    w = w.slice(0, -1);
    if (w.endsWith('gu') && w.length - 1 >= rv) w = w.slice(0, -1);
  }
  return w;
}
