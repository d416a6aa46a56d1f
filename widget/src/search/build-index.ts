/**
 * Build time: a compiled FAQ → the serialisable search index. Runs in Node
 * during `ayuda build`; the browser only loads the result.
 */
import type { CompiledFaq, FaqEntry, SynonymGroup } from '../faq/types.ts';
import { createAnalyzer, type SynonymTable } from './analyzer.ts';
import { builtInLexicon, type Lexicon } from './lexicon.ts';
import { INDEX_FORMAT, INDEX_VERSION, type FaqIndex, type IndexedEntry, type LocaleIndex } from './index-format.ts';

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
  };
}

function entryTexts(e: FaqEntry): { phrasings: string[]; body: string } {
  return { phrasings: [e.question, ...e.alternates], body: `${e.answerText} ${e.tags.join(' ')}` };
}

function buildLocale(faq: CompiledFaq, locale: string, lexicon: Lexicon): LocaleIndex {
  const positions: number[] = [];
  faq.entries.forEach((e, i) => { if (e.locale === locale) positions.push(i); });
  const mine = positions.map((i) => faq.entries[i]!);

  // 1. The FAQ's own vocabulary, before synonyms: single stems and stem pairs.
  const raw = createAnalyzer(locale);
  const present = new Set<string>();
  for (const e of mine) {
    const { phrasings, body } = entryTexts(e);
    for (const text of [...phrasings, body]) {
      const { terms, bigrams } = raw.analyze(text);
      for (const t of terms) present.add(t);
      for (const b of bigrams) present.add(b);
    }
  }

  // 2. Synonyms: the site's own groups always; built-in groups only when they touch this FAQ.
  const siteGroups: SynonymGroup[] = [...(faq.synonyms[locale] ?? []), ...(faq.synonyms['*'] ?? [])];
  const builtIn = lexicon.variants.map((g) => g.split('|'));
  const synonyms: SynonymTable = {};
  const addGroup = (group: SynonymGroup, always: boolean): void => {
    const keys = [...new Set(group.map((m) => raw.analyze(m).terms.join(' ')).filter(Boolean))];
    if (keys.length < 2 || !(always || keys.some((k) => present.has(k)))) return;
    // Join an existing group when the first word already belongs to one.
    const canonical = synonyms[keys[0]!] ?? keys[0]!;
    for (const k of keys) if (k !== canonical && !(k in synonyms)) synonyms[k] = canonical;
  };
  for (const g of siteGroups) addGroup(g, true);
  for (const g of builtIn) addGroup(g, false);

  // 3. Rewrites whose result means something to this FAQ.
  const rewrites: Record<string, string> = {};
  for (const [from, to] of Object.entries(lexicon.rewrites).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const terms = raw.analyze(to).terms;
    if (terms.some((t) => present.has(t) || t in synonyms)) rewrites[from] = to;
  }

  // 4. Index every entry with the final analyzer. The vocabulary is sorted so
  // that it and the id lists below compress well.
  const analyzer = createAnalyzer(locale, synonyms, rewrites);
  const analysed = mine.map((e) => {
    const texts = entryTexts(e);
    return { phrasings: texts.phrasings.map((p) => analyzer.analyze(p).tokens), body: analyzer.analyze(texts.body).terms };
  });
  const vocabulary = new Set<string>();
  for (const a of analysed) {
    for (const seq of a.phrasings) for (const t of seq) vocabulary.add(t.term);
    for (const t of a.body) vocabulary.add(t);
  }
  const terms = [...vocabulary].sort();
  const ids = new Map(terms.map((t, i) => [t, i]));
  const idOf = (t: string): number => ids.get(t)!;
  const phrasings = analysed.map((a) => a.phrasings.map((seq) => seq.map((t) => (t.stop ? -idOf(t.term) - 1 : idOf(t.term)))));
  const body = analysed.map((a) => deltas(a.body.map(idOf).sort((x, y) => x - y)));
  return { locale, entries: positions, terms, phrasings, body, synonyms: sortKeys(synonyms), rewrites };
}

/** Sorted ids as differences from the previous one (a repeated id gives 0). */
function deltas(sorted: number[]): number[] {
  return sorted.map((id, i) => id - (i ? sorted[i - 1]! : 0));
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
