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
const PRONOUNS = byLength('selas selos sela selo las les los nos me se la le lo');
const PRONOUN_BASES = byLength('iendo ando ar er ir yendo');
/** Step 1: suffixes, what replaces them, and the endings then removed too (the first found in R2). */
const STEP1: Map<string, [string, string[]]> = new Map();
for (const [suffixes, replacement, then] of [
  ['anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos', '', ''],
  ['adora ador acion adoras adores aciones ante antes ancia ancias', '', 'ic'],
  ['logia logias', 'log', ''],
  ['ucion uciones', 'u', ''],
  ['encia encias', 'ente', ''],
  ['amente', '', 'ativ iv os ic ad'],
  ['mente', '', 'ante able ible'],
  ['idad idades', '', 'abil ic iv'],
  ['iva ivo ivas ivos', '', 'at'],
]) for (const s of suffixes!.split(' ')) STEP1.set(s, [replacement!, then ? then.split(' ') : []]);
const S1_ALL = byLength([...STEP1.keys()].join(' '));
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
 * Words Snowball over-stems into an unrelated word's stem keep their own
 * (singular) form. Only pairs that customers' questions confuse, checked on
 * the development FAQs: "casa" (home) / "caso" (case) / "casi" (almost) all
 * became "cas"; "recibos" (bills) became "recib", the stem of "recibir" (to
 * receive, which the lexicon joins to "llegar": "me llegó un SMS" found the
 * bill entries; the singular "recibo" is also "I receive" and stays a verb);
 * "importe" (amount) became "import", the stem of "importar" and
 * "importación" (customs).
 */
const OWN_STEM = /^(cas[aoi]|recibo(?=s)|importe)s?$/;

/**
 * Two enclitic pronouns as customers type them, accents or not: "me"/"nos"
 * + "lo"/"la"/"los"/"las" after an infinitive, a gerund or an imperative
 * ("regresármelo", "enviándomelo", "mándamelo", "devuélvemelo", "mándenmelo").
 * No noun of hunspell-es ends so but "caramelo". One pronoun after an
 * imperative ("mándalo", "llámanos") is left alone: without the written
 * accent customers rarely type, it cannot be told from "modelo" or "escuela".
 */
const TWO_PRONOUNS = /^(.{4,}?(?:[ae]n?|[aei]r|[ai]e?ndo))(?:me|nos)l[ao]s?$/;

export function stemEs(word: string): string {
  const own = OWN_STEM.exec(word);
  if (own) return own[1]!;
  let w = word.startsWith('caramel') ? word : word.replace(TWO_PRONOUNS, '$1');
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

  // Step 1: standard suffixes (in R2; "amente" in R1).
  let removed = false;
  const s1 = longest(w, S1_ALL);
  if (s1 && inR(s1, s1 === 'amente' ? r1 : r2)) {
    const [replacement, then] = STEP1.get(s1)!;
    w = w.slice(0, -s1.length) + replacement;
    removed = true;
    const p = then.find((x) => w.endsWith(x) && w.length - x.length >= r2);
    if (p) w = w.slice(0, -p.length);
  }

  // Step 2: verb suffixes.
  if (!removed) {
    const y = longest(w, S2A, rv);
    if (y && w.slice(0, -y.length).endsWith('u')) {
      w = w.slice(0, -y.length);
    } else {
      const b = longest(w, S2B, rv);
      const gu = longest(w, S2B_GU, rv);
      // The longer of both lists; after "en es eis emos" (never in S2B), "gu" loses its "u".
      const pick = gu && (!b || gu.length > b.length) ? gu : b;
      if (pick) {
        w = w.slice(0, -pick.length);
        if (pick === gu && w.endsWith('gu')) w = w.slice(0, -1);
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
  // "restablezco", "traduzca": the first person of verbs in -cer and -cir keeps the infinitive's stem.
  return w.replace(/zc$/, 'c');
}
