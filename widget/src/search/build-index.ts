/**
 * Build time: a compiled FAQ → the serialisable search index. Runs in Node
 * during `ayuda build`; the browser only loads the result.
 */
import type { CompiledFaq, FaqEntry, SynonymGroup } from '../faq/types.ts';
import { createAnalyzer, type Analyzer, type SynonymTable } from './analyzer.ts';
import { encodeIds, packWords } from './packed.ts';
import { fold, tokenize } from './normalize.ts';
import { builtInLexicon, type Lexicon } from './lexicon.ts';
import { entryBody } from './entry-body.ts';
import { buildLanguageProfile } from './language-profile.ts';
import { stopwords } from './stopwords.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { INDEX_FORMAT, INDEX_VERSION, synonymTable, type FaqIndex, type IndexedEntry, type LanguageInfo, type LocaleIndex } from './index-format.ts';

export { INDEX_VERSION };
export type { FaqIndex };

export interface BuildOptions {
  /** Replace the built-in lexicon (tests, or a site that wants none). */
  lexicon?: (locale: string) => Lexicon;
}

export function buildSearchIndex(faq: CompiledFaq, options: BuildOptions = {}): FaqIndex {
  const lexicon = options.lexicon ?? builtInLexicon;
  const entries: IndexedEntry[] = faq.entries.map(({ answerText: _text, alternates: _alternates, ...shown }) => shown);
  const locales = [...new Set(faq.entries.map((e) => e.locale))].sort();
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    entries,
    locales: locales.map((locale) => buildLocale(faq, locale, lexicon(locale))),
    ui: LANGUAGES,
    languages: locales.map((locale) => {
      const info: LanguageInfo = { locale, stopwords: [...stopwords(locale)].sort().join(' ') };
      if (locales.length < 2) return info;
      const texts = faq.entries.filter((e) => e.locale === locale).flatMap((e) => [...entryTexts(e).phrasings, e.answerText]);
      return { ...info, profile: buildLanguageProfile(texts) };
    }),
  };
}

function entryTexts(e: FaqEntry): { phrasings: string[]; body: string } {
  return { phrasings: [e.question, ...e.alternates], body: entryBody(e) };
}

function buildLocale(faq: CompiledFaq, locale: string, lexicon: Lexicon): LocaleIndex {
  const positions: number[] = [];
  faq.entries.forEach((e, i) => { if (e.locale === locale) positions.push(i); });
  const mine = positions.map((i) => faq.entries[i]!);

  // 1. The FAQ's own vocabulary, before synonyms: single stems and stem pairs,
  // and the words it hyphenates ("non-payment", "pre-order", "W-2").
  const stop = stopwords(locale);
  const raw = createAnalyzer(locale, {}, {}, stop);
  const present = new Set<string>();
  const hyphenated = new Set<string>();
  for (const e of mine) {
    const { phrasings, body } = entryTexts(e);
    for (const text of [...phrasings, body]) {
      const { terms, bigrams } = raw.analyze(text);
      for (const t of terms) present.add(t);
      for (const b of bigrams) present.add(b);
      for (const [w] of fold(text).matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) if (/\p{L}/u.test(w)) hyphenated.add(w);
    }
  }

  // 2. Synonyms: the site's own groups always; built-in groups only when they touch this FAQ.
  const siteGroups: SynonymGroup[] = [...(faq.synonyms[locale] ?? []), ...(faq.synonyms['*'] ?? [])];
  const builtIn = lexicon.variants.map((g) => g.split('|'));
  const synonyms: SynonymTable = Object.create(null);
  const addGroup = (group: SynonymGroup, always: boolean): void => {
    const keys = [...new Set(group.map((m) => raw.analyze(m).terms.join(' ')).filter(Boolean))];
    if (keys.length < 2 || !(always || keys.some((k) => present.has(k)))) return;
    // Join an existing group when the first word already belongs to one.
    const canonical = synonyms[keys[0]!] ?? keys[0]!;
    for (const k of keys) if (k !== canonical && !(k in synonyms)) synonyms[k] = canonical;
  };
  for (const g of siteGroups) addGroup(g, true);
  for (const g of builtIn) addGroup(g, false);

  // 3. Rewrites whose result is a word of this FAQ, and whose misspelling is not.
  const rewrites: Record<string, string> = Object.create(null);
  /** A query word a rewrite may take: one the FAQ does not use, and no earlier rewrite has taken. */
  const free = (word: string): boolean => !present.has(raw.term(word)) && !(word in rewrites);
  for (const [from, to] of Object.entries(lexicon.rewrites).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const terms = raw.analyze(to).terms;
    if (free(from) && terms.some((t) => present.has(t) || present.has(synonyms[t] ?? ''))) rewrites[from] = to;
  }
  // A thing of a kind the FAQ does not name says the words the FAQ uses for its kind ("enviais a portugal": "pais").
  for (const { names, means } of lexicon.kinds ?? []) {
    const said = means.split(' ').filter((w) => present.has(raw.term(w))).join(' ');
    if (said) for (const c of names.split(' ')) if (free(c)) rewrites[c] = said;
  }
  // A hyphenated word typed whole ("nonpayment", "preorder", "w2") reads as its parts, unless the FAQ also writes it whole.
  for (const w of hyphenated) {
    const whole = w.replaceAll('-', '');
    if (free(whole)) rewrites[whole] = w.replaceAll('-', ' ');
  }

  // 4. Index every entry's question and alternates with the final analyzer.
  const analyzer = createAnalyzer(locale, synonyms, rewrites, stop, true);
  const analysed = mine.map((e) => entryTexts(e).phrasings.map((p) => analyzer.analyze(p).tokens));
  const content = new Set<string>();
  const stops = new Set<string>();
  for (const a of analysed) for (const seq of a) for (const t of seq) (t.stop ? stops : content).add(t.term);
  // Stop words first (small ids: they are the most repeated), then content terms.
  const terms = [...new Set([...[...stops].sort(), ...[...content].sort()])];
  const ids = new Map(terms.map((t, i) => [t, i]));
  const idOf = (t: string): number => ids.get(t)!;
  const phrasings = analysed.map((a) => a.map((seq) => seq.map((t) => (t.stop ? -idOf(t.term) - 1 : idOf(t.term)))));
  const groups = groupsOf(synonyms);
  return { locale, entries: positions, stopwords: [...stop].sort().join(' '), terms, phrasings, synonyms: groups, rewrites, ...answerData(mine, terms, createAnalyzer(locale, synonymTable(groups), rewrites, stop)) };
}

/**
 * 5. What ranking needs of the answers, so that the answers themselves can
 * ship apart: each entry's answer and tag terms (read with the analyzer the
 * engine builds from the index) and the answers' words for typo correction.
 */
function answerData(mine: FaqEntry[], terms: string[], analyzer: Analyzer): Pick<LocaleIndex, 'answerTerms' | 'body' | 'words'> {
  const known = new Set(terms);
  const bodies = mine.map((e) => analyzer.analyze(entryBody(e)).terms);
  const answerTerms = [...new Set(bodies.flat().filter((t) => !known.has(t)))].sort();
  const ids = new Map([...terms, ...answerTerms].map((t, i) => [t, i]));
  const body = bodies.map((b) => encodeIds(b.map((t) => ids.get(t)!)));
  const inQuestions = new Set(mine.flatMap((e) => tokenize(e.question)));
  const words = new Set<string>();
  for (const e of mine) {
    for (const w of tokenize(entryBody(e))) {
      const t = analyzer.term(w);
      if (w.length >= 3 && !inQuestions.has(w) && t !== w && ids.has(t)) words.add(w);
    }
  }
  return { answerTerms: packWords(answerTerms), body, words: packWords([...words].sort()) };
}

/** The lookup table as sorted groups, canonical term first (smaller than the table). */
function groupsOf(table: SynonymTable): string[][] {
  const groups = new Map<string, string[]>();
  for (const [member, canonical] of Object.entries(table)) groups.set(canonical, [...(groups.get(canonical) ?? []), member]);
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups].map(([c, members]) => [c, ...members.sort(byText)]).sort((a, b) => byText(a[0]!, b[0]!));
}
